import { useId, useState } from 'preact/hooks';
import { t } from '../../../i18n/t';
import { readTableFile } from './read-file';
import { storageErrorText } from '../../../db/storage-error';

export interface FileSource {
  name: string;
  rows: string[][];
}

interface Props {
  text: string;
  onText: (text: string) => void;
  file: FileSource | null;
  onFile: (file: FileSource | null) => void;
  disabled: boolean;
}

/** The paste box, or a picked .xlsx/.csv file in its place. */
export function SourceInput({ text, onText, file, onFile, disabled }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const pick = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    setError(null);
    setReading(true);
    try {
      onFile({ name: picked.name, rows: await readTableFile(picked) });
    } catch (e) {
      setError(storageErrorText(e));
    } finally {
      setReading(false);
    }
  };
  return (
    <div class="lg-source">
      {file ? (
        <p class="lg-file">
          {t('lgFileInUse', [file.name, String(file.rows.length)])}{' '}
          <button type="button" class="lg-link" onClick={() => onFile(null)}>{t('lgFileClear')}</button>
        </p>
      ) : (
        <div class="lg-field lg-full">
          <label for={`${id}-paste`}>{t('lgPasteLabel')}</label>
          <textarea
            id={`${id}-paste`}
            class="lg-paste"
            rows={8}
            value={text}
            disabled={disabled}
            placeholder={t('lgPastePlaceholder')}
            aria-describedby={`${id}-paste-hint`}
            spellcheck={false}
            onInput={(e) => onText(e.currentTarget.value)}
          />
          <span class="lg-hint" id={`${id}-paste-hint`}>{t('lgPasteHint')}</span>
        </div>
      )}
      <div class="lg-field">
        <label for={`${id}-file`}>{t('lgFileLabel')}</label>
        <input id={`${id}-file`} type="file" accept=".xlsx,.csv" disabled={reading} onChange={(e) => void pick(e.currentTarget)} />
        {reading && <span class="lg-hint">{t('lgFileReading')}</span>}
        {error && <span class="lg-error" role="alert">{error}</span>}
      </div>
    </div>
  );
}
