import { Dec, fixed, plain } from '../decimal';
import { roundHalfUp } from '../rounding';

/**
 * id-ID display strings for messages and written cells: `1.234.567,89`, `94,71%`, `Rp 1.234.567`.
 * Built by hand rather than with Intl so output never depends on the host's ICU data.
 */

/** `1.234.567,89`; exact when `decimals` is omitted, otherwise rounded half-up. Never `-0`. */
export function formatId(x: Dec, decimals?: number): string {
  const text = decimals === undefined ? plain(x) : fixed(x, decimals);
  const negative = text.startsWith('-') && /[1-9]/.test(text);
  const [int, frac] = text.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, '.');
  return (negative ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** `94,71%`: the stated form of a capaian or serapan. */
export function formatPercentId(x: Dec, decimals = 2): string {
  return formatId(x, decimals) + '%';
}

/** `Rp 1.234.567`, or with 2 decimals (`Rp 1.234,50`) when the amount has sen after rounding. */
export function formatRupiah(x: Dec): string {
  const r = roundHalfUp(x, 2);
  const body = formatId(r.abs(), r.isInteger() ? 0 : 2);
  return (r.isNegative() && !r.isZero() ? '-' : '') + 'Rp ' + body;
}
