import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { t, type MessageKey } from '../../i18n/t';
import { LedgersTab } from '../ledgers/LedgersTab';
import { BackupTab } from '../backup/BackupTab';
import { ChecklistSettings } from './ChecklistSettings';
import { ReliabilityHeader } from '../reliability/ReliabilityHeader';
import { IndicatorsTab } from '../indicators/IndicatorsTab';
import { OnboardingGate } from '../onboarding/OnboardingGate';
import { ExportTab } from '../export/ExportTab';
import { ReportTab } from '../report/ReportTab';
import { DocumentsTab } from '../documents/DocumentsTab';

/** Each tab is one feature's own component; the hash keeps the tab across reloads and links (options.html#indicators). */
export const OPTION_TABS: Array<{ id: string; label: MessageKey; view: ComponentType }> = [
  { id: 'ledgers', label: 'tabLedgers', view: LedgersTab },
  { id: 'library', label: 'tabLibrary', view: DocumentsTab },
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
