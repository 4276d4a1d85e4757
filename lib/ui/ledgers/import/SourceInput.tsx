import { useId, useState } from 'preact/hooks';
import { t, tn } from '../../../i18n/t';
import { readImportFile } from './read-file';
import { htmlSource, type ImportSource } from './source';
import { errorText } from '../../error-text';

interface Props {
  text: string;
  onText: (text: string) => void;
  source: ImportSource | null;
  onSource: (source: ImportSource | null) => void;
  disabled: boolean;
}

// Word/WPS/Excel and web pages put a real <table> on the clipboard; beyond this size a paste is read as text only.
const MAX_HTML_PASTE = 20 * 1024 * 1024;

/** Reads clipboard HTML into tables (merged cells filled); null when it holds no table, so the text is pasted. */
export async function readPastedHtml(html: string, name: string): Promise<ImportSource | null> {
  if (html.length > MAX_HTML_PASTE || !/<table[\s>]/i.test(html)) return null;
  const { parseHtmlDocument } = await import('../../../ledger/html-grid');
  const doc = parseHtmlDocument(html);
  if (!doc) return null;
  const source = htmlSource(name, doc);
  return source.tables.length > 0 ? source : null;
}

/** The paste box (HTML read first, plain text otherwise), or a picked/dropped .docx/.xlsx/.csv/.txt in its place. */
export function SourceInput({ text, onText, source, onSource, disabled }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const read = async (picked: File | undefined) => {
    if (!picked) return;
    setError(null);
    setReading(true);
    try {
      onSource(await readImportFile(picked));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setReading(false);
    }
  };
  const paste = (e: ClipboardEvent) => {
    const html = e.clipboardData?.getData('text/html') ?? '';
    if (!/<table[\s>]/i.test(html)) return;
    e.preventDefault();
    const plain = e.clipboardData?.getData('text/plain') ?? '';
    setError(null);
    void readPastedHtml(html, t('liPastedTable')).then(
      (s) => (s ? onSource(s) : onText(plain)),
      () => onText(plain),
    );
  };
  return (
    <div
      class={dragging ? 'lg-source lg-dropping' : 'lg-source'}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        setDragging(false);
        const dropped = e.dataTransfer?.files?.[0];
        if (!dropped) return;
        e.preventDefault();
        void read(dropped);
      }}
    >
      {source ? (
        <p class="lg-file">
          {tn('liSourceInUse', source.tables.length, [source.name, String(source.tables.length)])}{' '}
          <button type="button" class="ui-link" onClick={() => onSource(null)}>
            {t('lgFileClear')}
          </button>
        </p>
      ) : (
        <div class="ui-field lg-full">
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
            onPaste={paste}
            onInput={(e) => onText(e.currentTarget.value)}
          />
          <span class="ui-hint" id={`${id}-paste-hint`}>
            {t('liPasteHint')}
          </span>
        </div>
      )}
      <div class="ui-field">
        <label for={`${id}-file`}>{t('liFileLabel')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".docx,.xlsx,.csv,.txt,.doc,.wps,.xls,.et,.pdf"
          disabled={reading}
          onChange={(e) => {
            const input = e.currentTarget;
            const picked = input.files?.[0];
            input.value = '';
            void read(picked);
          }}
        />
        {reading && <span class="ui-hint">{t('lgFileReading')}</span>}
        {error && (
          <span class="ui-error" role="alert">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
