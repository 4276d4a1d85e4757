import { render } from 'preact';
import { t } from '../../lib/i18n/t';
import { ChecklistPage } from '../../lib/ui/checklist/ChecklistPage';
import { LazyCaptureGate } from '../../lib/ui/capture/LazyCaptureGate';

// The page's language follows the UI strings (screen readers, CJK line breaking).
document.documentElement.lang = t('uiLanguage');

// sidepanel.html#capture: the capture form in a window of its own, when the side panel could not be opened.
const inWindow = location.hash === '#capture';

render(
  <>
    <LazyCaptureGate inWindow={inWindow} />
    <ChecklistPage variant="sidepanel" />
  </>,
  document.getElementById('app')!,
);
