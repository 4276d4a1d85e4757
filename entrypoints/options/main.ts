// The page is one on-demand import, and no page module renders when imported. Rolldown (Vite 8) moves modules shared
// with the popup's on-demand chunks into an entry chunk that also imports them; had this entry rendered the options
// page itself, the popup would have run it.
import('../../lib/ui/options/mount')
  .then((page) => page.mountOptions())
  .catch((e: unknown) => console.error('options', e));
