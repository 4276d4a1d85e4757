import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { t, type MessageKey } from '../../i18n/t';
import { ReliabilityHeader } from '../reliability/ReliabilityHeader';
import { OnboardingGate } from '../onboarding/OnboardingGate';
import { lazyComponent } from '../lazy-component';

const loading = () => <p>{t('loading')}</p>;
// Each tab's code loads when the tab is first shown: the page carried all six tabs' code (and their libraries)
// before it could show the one asked for.
const LedgersTab = lazyComponent(() => import('../ledgers/LedgersTab').then((m) => m.LedgersTab), loading);
const ChecklistSettings = lazyComponent(() => import('./ChecklistSettings').then((m) => m.ChecklistSettings), loading);
const IndicatorsTab = lazyComponent(() => import('../indicators/IndicatorsTab').then((m) => m.IndicatorsTab), loading);
const ReportTab = lazyComponent(() => import('../report/ReportTab').then((m) => m.ReportTab), loading);
const ExportTab = lazyComponent(() => import('../export/ExportTab').then((m) => m.ExportTab), loading);
const BackupTab = lazyComponent(() => import('../backup/BackupTab').then((m) => m.BackupTab), loading);

/** Each tab is one feature's own component; the hash keeps the tab across reloads and links (options.html#indicators). */
export const OPTION_TABS: Array<{ id: string; label: MessageKey; view: ComponentType<object> }> = [
  { id: 'ledgers', label: 'tabLedgers', view: LedgersTab },
  { id: 'checklist', label: 'tabChecklist', view: ChecklistSettings },
  { id: 'indicators', label: 'tabIndicators', view: IndicatorsTab },
  { id: 'report', label: 'tabReport', view: ReportTab },
  { id: 'export', label: 'tabExport', view: ExportTab },
  { id: 'backup', label: 'tabBackup', view: BackupTab },
];

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
