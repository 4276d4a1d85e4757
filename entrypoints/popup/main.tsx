import { render } from 'preact';
import { t } from '../../lib/i18n/t';
import { ChecklistPage } from '../../lib/ui/checklist/ChecklistPage';
import { BackupReminder } from '../../lib/ui/reliability/BackupReminder';

// The page's language follows the UI strings (screen readers, CJK line breaking).
document.documentElement.lang = t('uiLanguage');

render(
  <>
    <BackupReminder variant="popup" />
    <ChecklistPage variant="popup" />
  </>,
  document.getElementById('app')!,
);
