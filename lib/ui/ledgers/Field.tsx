import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { MAX_YEAR, MIN_YEAR } from '../../model/calendar';
import { ConflictChoice } from '../reliability/ConflictChoice';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'date';
  multiline?: boolean;
  required?: boolean;
  /** Extra content after the input (a live parse result, a clear button). */
  after?: JSX.Element | null;
  class?: string;
  placeholder?: string;
  /** Another page saved a different value of this field meanwhile: both are shown to choose from. */
  conflict?: Parameters<typeof ConflictChoice>[0];
}

/** A labelled input with its hint and its error right beside it, tied together for screen readers. */
export function Field({
  label,
  value,
  onInput,
  error,
  hint,
  type = 'text',
  multiline,
  required,
  after,
  placeholder,
  conflict,
  ...rest
}: Props) {
  const id = useId();
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    required,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  };
  return (
    <div class={`ui-field ${rest.class ?? ''}`}>
      <label for={id}>
        {label}
        {required && (
          <span class="lg-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : type === 'date' ? (
        <input
          {...common}
          type="date"
          min={`${MIN_YEAR}-01-01`}
          max={`${MAX_YEAR}-12-31`}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : (
        <input {...common} type="text" onInput={(e) => onInput(e.currentTarget.value)} />
      )}
      {after}
      {hint && (
        <span class="ui-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="ui-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {conflict && <ConflictChoice {...conflict} />}
    </div>
  );
}
