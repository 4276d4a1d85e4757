import { render } from 'preact';
import { t } from '../../lib/i18n/t';
import { ChecklistPage } from '../../lib/ui/checklist/ChecklistPage';

// The page's language follows the UI strings (screen readers, CJK line breaking).
document.documentElement.lang = t('uiLanguage');

render(<ChecklistPage variant="sidepanel" />, document.getElementById('app')!);
