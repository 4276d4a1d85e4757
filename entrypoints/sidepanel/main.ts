import { startAfterFirstFrame } from '../../lib/ui/first-paint/after-first-frame';
// The page's styles are linked from the HTML, so the copy the first frame shows is styled as the page will be.
// oxlint-disable-next-line import/no-unassigned-import -- bundled for its side effect
import '../../lib/ui/checklist/checklist.css';
// oxlint-disable-next-line import/no-unassigned-import -- bundled for its side effect
import '../../lib/ui/reliability/reliability.css';

// Only this much runs before the first frame; the page itself loads after it (lib/ui/first-paint).
startAfterFirstFrame(() => {
  import('../../lib/ui/checklist/mount-page')
    .then((page) => page.mountChecklistPage('sidepanel'))
    .catch((e: unknown) => console.error('sidepanel', e));
});
