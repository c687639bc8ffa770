/**
 * Numbers as the pane shows them, in id-ID (1.234.567,89) through Intl.NumberFormat('id-ID').
 * Canonical decimal strings from the report ("94.71", "11862514803") are formatted exactly: the integer part
 * goes through Intl as a BigInt and the fraction keeps its own digits, so no rupiah is lost to floating point.
 */

const grouping = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const DECIMAL_SEPARATOR = new Intl.NumberFormat('id-ID').formatToParts(1.5).find(p => p.type === 'decimal')?.value ?? ',';

/** "1234567.5" → "1.234.567,5"; text that is not a plain decimal is returned as it is. */
export function formatDecimalText(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return text;
  const [, sign, int, frac] = m;
  const negative = sign === '-' && /[1-9]/.test(int + (frac ?? ''));
  const body = grouping.format(BigInt(int)) + (frac ? DECIMAL_SEPARATOR + frac : '');
  return (negative ? '-' : '') + body;
}

export function formatCount(n: number): string {
  return grouping.format(n);
}

/** 0.934 → "93%". */
export function formatConfidence(x: number): string {
  return percent.format(Math.max(0, Math.min(1, x)));
}

/** 1234 ms → "1,2 detik"; under a second in milliseconds. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${grouping.format(Math.round(ms))} milidetik`;
  return `${oneDecimal.format(ms / 1000)} detik`;
}

const dateTime = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}
