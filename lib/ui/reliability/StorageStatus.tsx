import { useEffect, useState } from 'preact/hooks';
import { requestPersistence, type PersistenceState } from '../../reliability/storage-persistence';
import { t } from '../../i18n/t';

const MESSAGE: Record<PersistenceState, string> = {
  persisted: 'relStoragePersisted',
  refused: 'relStorageRefused',
  unsupported: 'relStorageUnsupported',
};

/** Asks for persistent storage when the options page opens and shows the browser's answer; a refusal can be retried. */
export function StorageStatus() {
  const [state, setState] = useState<PersistenceState | null>(null);
  const ask = () => void requestPersistence(navigator.storage).then(setState);
  useEffect(ask, []);
  if (!state) return null;
  return (
    <span class={`rel-storage rel-storage-${state}`} data-persistence={state}>
      {t(MESSAGE[state])}
      {state === 'refused' && (
        <button type="button" class="rel-link" onClick={ask}>
          {t('relStorageRetry')}
        </button>
      )}
    </span>
  );
}
