import type { IndicatorInput } from '../../model/indicator/schema';
import { inputLabel, unitText } from './display-text';
import { ConflictChoice } from '../reliability/ConflictChoice';

interface Props {
  input: IndicatorInput;
  value: string;
  error?: string;
  disabled?: boolean;
  onInput: (value: string) => void;
  /** Another page saved a different value of this figure meanwhile: both are shown to choose from. */
  conflict?: Parameters<typeof ConflictChoice>[0];
}

/** One figure: label, the text as typed, its unit, and a Chinese message right beside it when it cannot be used. */
export function FigureField({ input, value, error, disabled, onInput, conflict }: Props) {
  const id = `ind-field-${input.key}`;
  return (
    <div class="ind-field" data-key={input.key}>
      <label for={id}>{inputLabel(input)}</label>
      <span class="ind-field-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <span class="ind-unit">{unitText(input.unit)}</span>
      </span>
      {error && (
        <span class="ui-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {conflict && <ConflictChoice {...conflict} />}
    </div>
  );
}
