/**
 * Rounds half away from zero on the decimal digits (1.005 → 1.01), which Math.round(x * 100) / 100 and
 * toFixed get wrong because 1.005 is stored as 1.00499999…; the exponent shift keeps it decimal.
 */
export function roundForDisplay(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const abs = String(Math.abs(value));
  // Below 1e-6 or from 1e21 up, String() already uses an exponent; such values need no decimal care.
  if (abs.includes('e')) return Math.round(value * 10 ** digits) / 10 ** digits;
  const magnitude = Math.round(Number(`${abs}e${digits}`));
  const rounded = Number(`${magnitude}e-${digits}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** "35.00%", "12.30 元/人/年", "—" when there is no value. */
export function formatIndicatorValue(value: number | null, unit: string, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = roundForDisplay(value, digits).toFixed(digits);
  return unit === '%' || unit === '‰' ? `${text}${unit}` : `${text} ${unit}`;
}
