import type { Cell } from '../model/grid';

/** Lower-case, single-spaced text of a cell for matching header words; '' for non-text. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[“”"']/g, '')
    .trim();
}

/** Text of any cell as a reader sees it (numbers as written in JS, enough for header matching). */
export function cellText(cell: Cell | null): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'string') return cell.value.trim();
  // NaN / Infinity from a damaged file (see readNumber in values.ts) must not become the label "NaN".
  return typeof cell.value === 'number' && !Number.isFinite(cell.value) ? '#NUM!' : String(cell.value);
}

/** Words only: punctuation to spaces, for synonym matching ("Realisasi (Rp)." → "realisasi rp"). */
export function words(s: string): string {
  // norm() then punctuation to spaces, in two passes instead of five: the quotes norm() deletes go
  // first, then every run of anything else (its spaces included) becomes one space. Called per body row.
  return s
    .toLowerCase()
    .replace(/[“”"']/g, '')
    .replace(/[^a-z0-9%/]+/g, ' ')
    .trim()
    .replace(LETTER_SPACED, m => m.replace(/ /g, ''));
}

/** A word typed with a space after every letter for emphasis ("J u m l a h", "T O T A L"); five letters or more, so "c b a x 100" stays. */
const LETTER_SPACED = /(?<![a-z0-9])(?:[a-z] ){4,}[a-z](?![a-z0-9])/g;

/** A four-digit year 2000–2099 written in a header ("Target 2023", "Tahun 2021"). */
export function yearIn(s: string): number | undefined {
  const m = /\b(20\d\d)\b/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** True when a text looks like a number someone typed ("1.234", "91,09%", "Rp 5.000,-", "2 Lembar"). */
export function looksNumeric(s: string): boolean {
  const t = s.trim();
  if (!t) return false;
  // Written so no two unbounded quantifiers compete for the same spaces (the earlier
  // /^(rp\.?\s*)?[-(]?\s*\d[\d.,\s]*\)?\s*(%+|,-|-)?\s*[a-z/ ]{0,20}$/i took 14 s on "1", 1000 spaces, "!"
  // and hung on longer cells; found by test/fuzz). Same language, linear time.
  return /^(?:rp\.?\s*)?(?:[-(]\s*)?\d[\d.,\s]*(?:\)\s*)?(?:(?:%+|,-|-)\s*)?[a-z/ ]{0,20}$/i.test(t) && /\d/.test(t);
}
