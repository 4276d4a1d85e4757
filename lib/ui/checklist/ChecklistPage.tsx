import { browser } from 'wxt/browser';
import { t } from '../../i18n/t';
import { Checklist } from './Checklist';
import type { EarlyRows } from './early-rows';
import { PinButton } from './PinButton';
import { ExportLink } from '../export/ExportLink';

function openSettings() {
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#checklist') });
}

/** The popup and the side panel page: the same checklist, the popup adds the pin button. */
export function ChecklistPage({ variant, early }: { variant: 'popup' | 'sidepanel'; early?: EarlyRows }) {
  return (
    <main class={`${variant} cl-page`}>
      <header class="cl-header">
        <h1>{t('extName')}</h1>
        <div class="cl-header-actions">
          {variant === 'popup' && <PinButton />}
          {variant === 'popup' && <ExportLink />}
          <button type="button" class="cl-link" onClick={openSettings}>
            {t('clOpenSettings')}
          </button>
        </div>
      </header>
      <Checklist early={early} />
    </main>
  );
}
