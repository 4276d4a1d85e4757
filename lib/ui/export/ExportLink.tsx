import { browser } from 'wxt/browser';
import { t } from '../../i18n/t';

function openExportTab() {
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#export') });
}

/** Popup link to the 导出 tab; the export code itself loads only in the options page. */
export function ExportLink() {
  return (
    <button type="button" class="cl-link" onClick={openExportTab}>
      {t('exPopupLink')}
    </button>
  );
}
