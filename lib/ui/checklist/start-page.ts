import { checklistData } from './actions';
import { takeEarlyRows } from './early-rows';

/**
 * Loads the popup's or side panel's page (after its first frame, see lib/ui/first-paint). The database module (and
 * Dexie with it) is asked for together with the page module, not once that has run (the extension's files arrive
 * one after another), and the page mounts once both have loaded, so its first render can show the rows the classic
 * script has read (./early-rows.ts) while Dexie opens IndexedDB for the live query.
 */
export function startChecklistPage(variant: 'popup' | 'sidepanel'): void {
  const early = takeEarlyRows();
  const data = checklistData();
  data.then((d) => d.openDatabase()).catch((e: unknown) => console.warn('open database', e));
  // A database module that cannot load leaves the page to say so (its queries fail), not blank.
  Promise.all([import('./mount-page'), data.catch(() => undefined)])
    .then(([page]) => page.mountChecklistPage(variant, early))
    .catch((e: unknown) => console.error(variant, e));
}
