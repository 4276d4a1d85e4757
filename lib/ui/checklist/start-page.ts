import { checklistData } from './actions';

/**
 * Loads the popup's or side panel's page (after its first frame, see lib/ui/first-paint). The database module (and
 * Dexie with it) is asked for together with the page module, not once that has run, and IndexedDB opens while the
 * page renders: one round of file loads fewer before the live rows (the extension's files arrive one after another).
 */
export function startChecklistPage(variant: 'popup' | 'sidepanel'): void {
  checklistData()
    .then((data) => data.openDatabase())
    .catch((e: unknown) => console.warn('open database', e));
  import('./mount-page')
    .then((page) => page.mountChecklistPage(variant))
    .catch((e: unknown) => console.error(variant, e));
}
