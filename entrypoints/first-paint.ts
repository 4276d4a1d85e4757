import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { localDay } from '../lib/model/calendar';
import { copyKey, markWhenShown, paintCopy, unpackCopy } from '../lib/ui/first-paint/page-copy';
import { startEarlyRows } from '../lib/ui/checklist/start-early-rows';

// A classic script the popup and side panel run before any module (their HTML lists it right after #app): it paints
// the copy of the page as it last looked today, so the first frame already shows the rows. Before that it starts
// reading the live first rows, which IndexedDB answers while the frame is painted and the modules load.
export default defineUnlistedScript(() => {
  const root = document.getElementById('app');
  const page = document.documentElement.dataset.page;
  if (!root || !page) return;
  const today = localDay();
  startEarlyRows(today);
  try {
    const copy = unpackCopy(localStorage.getItem(copyKey(page)), today, browser.i18n.getUILanguage());
    if (copy) {
      paintCopy(root, copy);
      markWhenShown(root);
    }
  } catch {
    // No storage, or a copy that cannot be built: the page paints when its modules run, as without a copy.
  }
});
