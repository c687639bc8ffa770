import { Dec } from './decimal';

/**
 * Rounding the way the reports do it. Half-up away from zero on ties, like Excel's ROUND
 * (decimal.js ROUND_HALF_UP), and truncation toward zero, like TRUNC (106,666 → 106).
 */
export function roundHalfUp(x: Dec, places = 2): Dec {
  return x.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

export function truncate(x: Dec, places = 0): Dec {
  return x.toDecimalPlaces(places, Dec.ROUND_DOWN);
}

/**
 * A stated figure is not an error when it equals the exact value rounded half-up or truncated to the
 * decimals it was written with (domain: "106,66 → 106"). `tolerance` widens both comparisons.
 */
export function matchesStated(stated: Dec, statedDecimals: number, exact: Dec, opts?: { tolerance?: Dec }): boolean {
  const places = Math.max(0, Math.floor(statedDecimals));
  const tolerance = opts?.tolerance;
  // Without a tolerance "near" is equality: one comparison instead of three new Decimals per candidate.
  // Equal is near under any tolerance: tried first, it spares the difference's two new Decimals in the usual case.
  const near = (candidate: Dec): boolean =>
    (stated.isFinite() && stated.eq(candidate)) || (!!tolerance && !tolerance.isZero() && stated.minus(candidate).abs().lte(tolerance));
  // An exact value with no more decimals than the stated one is its own rounding and truncation (every sisa in rupiah).
  if (exact.isFinite() && exact.decimalPlaces() <= places) return near(exact);
  return near(roundHalfUp(exact, places)) || near(truncate(exact, places));
}

/** Decimals of a numeric cell's value as Excel shows it (15 significant digits), at most 10. */
export function statedDecimals(x: Dec): number {
  return Math.min(10, x.toSignificantDigits(15).decimalPlaces());
}

/**
 * Decimals an Excel number format displays: '0.00' → 2, '#,##0' → 0, '0.00%' → 2,
 * '#,##0.00;(#,##0.00)' → 2 (first section). 'General', text and date/time formats → undefined,
 * because then the shown decimals depend on the value, not the format.
 */
export function decimalsFromFormat(numFmt: string): number | undefined {
  const section = firstSection(numFmt)
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped character
    .replace(/[_*]./g, '') // padding and fill characters
    .replace(/\[[^\]]*\]/g, ''); // [Red], [$Rp-421], conditions
  if (section.trim() === '' || /general|@/i.test(section)) return undefined;
  if (/[yhsdm]/i.test(section)) return undefined; // dates and times
  if (!/[0#?]/.test(section)) return undefined;
  const point = section.indexOf('.');
  if (point < 0) return 0;
  const after = /^[0#?]*/.exec(section.slice(point + 1));
  return after ? after[0].length : 0;
}

/**
 * True when an Excel number format scales the value by 100 ('0%', '0.00%'). A percent sign that is
 * literal text — quoted ('0"%"') or escaped ('0\%', as LibreOffice writes it) — shows 80 as "80%"
 * without scaling, so the value is read as it is.
 */
export function isPercentFormat(numFmt: string): boolean {
  return /%/.test(numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** The part before the first ';' outside quotes (the format for positive numbers). */
function firstSection(numFmt: string): string {
  let quoted = false;
  for (let i = 0; i < numFmt.length; i++) {
    const c = numFmt[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\') i++;
    else if (c === ';' && !quoted) return numFmt.slice(0, i);
  }
  return numFmt;
}
