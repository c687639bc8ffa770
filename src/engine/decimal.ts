import DecimalBase from 'decimal.js';

/**
 * The one Decimal the whole project uses: 28 significant digits (rupiah up to 10^15 with their cents
 * need 17, a percentage of them two more; 28 leaves ten spare, and division at 40 cost a third of the
 * engine's throughput) and half-up rounding, which is how the reports round.
 * Never use Number()/parseFloat on money or percentages.
 */
export const Dec = DecimalBase.clone({ precision: 28, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

/**
 * The same Decimal with its digit array cut to its length. decimal.js grows that array by push, so a
 * value of two or three digit groups holds room for seventeen (about 150 bytes); values kept for the
 * whole run (cell values, computed results: hundreds of thousands on a large table) are compacted.
 */
export function compactDigits(x: Dec): Dec {
  const digits = (x as unknown as { d: number[] | null }).d;
  if (digits && digits.length > 1) (x as unknown as { d: number[] }).d = digits.slice();
  return x;
}

export const ZERO = new Dec(0);
export const HUNDRED = new Dec(100);

/** Half-up to `places` decimals, as a plain string with '.' ("94.71", "100.00"). */
export function fixed(x: Dec, places = 2): string {
  return x.toFixed(places, Dec.ROUND_HALF_UP);
}

/** Exact plain string without exponent ("1234567.5", "11862514803"). */
export function plain(x: Dec): string {
  return x.toFixed();
}
