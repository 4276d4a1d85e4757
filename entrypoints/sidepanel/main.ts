import { startAfterFirstFrame } from '../../lib/ui/first-paint/after-first-frame';
import { startChecklistPage } from '../../lib/ui/checklist/start-page';
// The page's styles are written into the HTML at build (wxt.config.ts), so the copy the first frame shows is styled
// as the page will be.
// oxlint-disable-next-line import/no-unassigned-import -- bundled for its side effect
import '../../lib/ui/checklist/checklist.css';
// oxlint-disable-next-line import/no-unassigned-import -- bundled for its side effect
import '../../lib/ui/reliability/reliability.css';

// Only this much runs before the first frame; the page itself loads after it (lib/ui/first-paint).
startAfterFirstFrame(() => startChecklistPage('sidepanel'));
