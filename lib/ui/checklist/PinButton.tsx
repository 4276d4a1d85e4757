import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../i18n/t';
import { errorText } from '../error-text';

/**
 * "固定到侧边栏": sidePanel.open needs the user's gesture, so the window id is fetched ahead and the call is
 * made synchronously in the click handler.
 */
export function PinButton() {
  const [windowId, setWindowId] = useState<number | undefined>();
  const [inTab, setInTab] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
    void browser.tabs.getCurrent().then((tab) => setInTab(tab !== undefined));
  }, []);
  const pin = () => {
    if (windowId === undefined) return;
    browser.sidePanel.open({ windowId }).then(
      // The popup would cover the panel; the checklist page opened in a tab stays.
      () => !inTab && close(),
      (e: unknown) => setError(t('clPinFailed', errorText(e))),
    );
  };
  return (
    <>
      <button type="button" class="cl-pin" disabled={windowId === undefined} onClick={pin}>
        {t('clPinToSidePanel')}
      </button>
      {error && (
        <p role="alert" class="cl-error">
          {error}
        </p>
      )}
    </>
  );
}
