/**
 * Exact decimal arithmetic on the numbers people typed. A double's shortest round-trip string is the
 * decimal the user entered (0.1 stays 0.1), so sums and the "还需" count are computed on those decimals
 * with BigInt instead of on binary floats, where 0.1 + 0.2 ≠ 0.3 and ceil(69.99999999999999) is off by one.
 */
interface Decimal {
  /** value = units / 10^scale */
  units: bigint;
  scale: number;
}

export function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`不是有限数：${x}`);
  const [mantissa, exponent = '0'] = String(x).toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  let units = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: negative ? -units : units, scale };
}

function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

function toNumber(d: Decimal): number {
  return Number(`${d.units}e-${d.scale}`);
}

/** Σ of whole numbers while every partial sum stays a safe integer (then a double adds them exactly), else null. */
function wholeTotal(plus: readonly number[], minus: readonly number[]): number | null {
  let total = 0;
  for (const x of plus) {
    total += x;
    if (!Number.isSafeInteger(x) || !Number.isSafeInteger(total)) return null;
  }
  for (const x of minus) {
    total -= x;
    if (!Number.isSafeInteger(x) || !Number.isSafeInteger(total)) return null;
  }
  return total;
}

/** Σplus − Σminus, exact on the typed decimals, rounded once to the nearest double. */
export function exactTotal(plus: readonly number[], minus: readonly number[] = []): number {
  // Most figures are counts (people signed, visits): summing them as BigInt decimals was most of a parent unit's
  // rollup over 30 units × 120 months.
  const whole = wholeTotal(plus, minus);
  if (whole !== null) return whole;
  let total: Decimal = { units: 0n, scale: 0 };
  for (const x of plus) total = add(total, toDecimal(x));
  for (const x of minus) total = add(total, toDecimal(-x));
  return toNumber(total);
}

/** ceil(a / b) for b > 0 (BigInt division truncates toward zero). */
function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/**
 * The smallest whole x with (numerator + x) · factor / denominator ≥ target, i.e.
 * x = ⌈(target · denominator − numerator · factor) / factor⌉, computed exactly.
 */
export function wholeShortfall(numerator: number, denominator: number, factor: number, target: number): number {
  const [n, d, f, t] = [numerator, denominator, factor, target].map(toDecimal);
  const required = multiply(t, d);
  const have = multiply(n, f);
  const scale = Math.max(required.scale, have.scale);
  const diff = rescale(required, scale) - rescale(have, scale);
  // diff / 10^scale / (f.units / 10^f.scale) = diff · 10^f.scale / (10^scale · f.units)
  return Number(ceilDiv(diff * 10n ** BigInt(f.scale), 10n ** BigInt(scale) * f.units));
}
