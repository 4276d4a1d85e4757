import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n/t';
import { ReliabilityHeader } from '../reliability/ReliabilityHeader';
import { OnboardingGate } from '../onboarding/OnboardingGate';
import { lazyComponent, type LazyComponent } from '../lazy-component';

/**
 * Each tab is one feature's own component, loaded when first shown: the page no longer parses every tab's code
 * to show one. The hash keeps the tab across reloads and links (options.html#indicators).
 */
export const OPTION_TABS: Array<{ id: string; label: MessageKey; view: LazyComponent<object> }> = [
  {
    id: 'ledgers',
    label: 'tabLedgers',
    view: lazyComponent(() => import('../ledgers/LedgersTab').then((m) => m.LedgersTab)),
  },
  {
    id: 'library',
    label: 'tabLibrary',
    view: lazyComponent(() => import('../documents/DocumentsTab').then((m) => m.DocumentsTab)),
  },
  {
    id: 'checklist',
    label: 'tabChecklist',
    view: lazyComponent(() => import('./ChecklistSettings').then((m) => m.ChecklistSettings)),
  },
  {
    id: 'indicators',
    label: 'tabIndicators',
    view: lazyComponent(() => import('../indicators/IndicatorsTab').then((m) => m.IndicatorsTab)),
  },
  {
    id: 'report',
    label: 'tabReport',
    view: lazyComponent(() => import('../report/ReportTab').then((m) => m.ReportTab)),
  },
  {
    id: 'export',
    label: 'tabExport',
    view: lazyComponent(() => import('../export/ExportTab').then((m) => m.ExportTab)),
  },
  {
    id: 'backup',
    label: 'tabBackup',
    view: lazyComponent(() => import('../backup/BackupTab').then((m) => m.BackupTab)),
  },
];

/** The tab the page opens on starts loading with the page's own code, not after its first render. */
export function preloadCurrentTab(): void {
  void OPTION_TABS.find((x) => x.id === currentTab())!
    .view.preload()
    .catch(() => {});
}

function currentTab() {
  const id = location.hash.slice(1);
  return OPTION_TABS.some((tab) => tab.id === id) ? id : OPTION_TABS[0].id;
}

export function OptionsApp() {
  const [tab, setTab] = useState(currentTab);
  useEffect(() => {
    const onHash = () => setTab(currentTab());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const View = OPTION_TABS.find((x) => x.id === tab)!.view;
  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('extName')}</h1>
        <nav class="tabs" role="tablist" aria-label={t('optionsSections')}>
          {OPTION_TABS.map((x) => (
            <a key={x.id} role="tab" href={`#${x.id}`} aria-selected={x.id === tab} class="tab">
              {t(x.label)}
            </a>
          ))}
        </nav>
        <ReliabilityHeader />
      </header>
      <OnboardingGate />
      <View />
    </main>
  );
}
