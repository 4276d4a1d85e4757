import { render } from 'preact';
import { NearestTasks } from '../../lib/ui/NearestTasks';
import { t } from '../../lib/ui/i18n';

render(
  <main class="sidepanel">
    <h1>{t('extName')}</h1>
    <NearestTasks limit={50} />
  </main>,
  document.getElementById('app')!,
);
