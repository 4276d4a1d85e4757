import { render } from 'preact';
import { t } from '../../i18n/t';
import { BackupReminder } from '../reliability/BackupReminder';
import { mountOverCopy } from '../first-paint/take-over';
import { ChecklistPage } from './ChecklistPage';
import { LazyCaptureGate } from '../capture/LazyCaptureGate';
import type { EarlyRows } from './early-rows';

/**
 * The popup or the side panel, rendered into #app or over the copy of its last look (lib/ui/first-paint), from the
 * rows and settings the classic script read when they are in (./early-rows.ts).
 */
export function mountChecklistPage(variant: 'popup' | 'sidepanel', early?: EarlyRows): void {
  // The page's language follows the UI strings (screen readers, CJK line breaking).
  document.documentElement.lang = t('uiLanguage');
  document.title = t('extName');
  mountOverCopy((root) =>
    render(
      <>
        {variant === 'popup' && <BackupReminder variant="popup" stored={early?.settled?.settings} />}
        {/* sidepanel.html#capture: the capture form in a window of its own, when the side panel could not be opened. */}
        {variant === 'sidepanel' && <LazyCaptureGate inWindow={location.hash === '#capture'} />}
        <ChecklistPage variant={variant} early={early} />
      </>,
      root,
    ),
  );
}
