import { t } from '../../i18n/t';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../shared.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './backup.css';

/** 备份 tab of the options page. */
export function BackupTab() {
  return (
    <section class="ui-page bk" aria-labelledby="bk-heading">
      <h2 id="bk-heading">{t('bkHeading')}</h2>
      <p class="ui-muted">{t('bkIntro')}</p>
      <BackupSection />
      <RestoreSection />
    </section>
  );
}
