/**
 * Reading prose the way narasi_selisih needs it: sentences, the numbers in them with their positions,
 * and the content words of a label. Pure text work; no workbook, no tables.
 */
import { Dec } from '../decimal';
import { parseNumberText } from '../number';

export interface NumberInText {
  /** The number as written ("99,74", "87.71", "4.319.696.654"). */
  raw: string;
  value: Dec;
  /** Decimals as written. */
  decimals: number;
  start: number;
  end: number;
  /** Followed by % or "persen". */
  percent: boolean;
  /** Preceded by "Rp" (rupiah). */
  rupiah: boolean;
  /** A four-digit integer 1900–2099 without separators, not a percentage or rupiah. */
  year: boolean;
}

// id-ID grouped, en-US grouped, plain with one separator, and "89, 41" before a % sign.
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\s\d{2}(?=\s*%)|\d+(?:[.,]\d+)?)/gu;

/** Every number in a text, read as an Indonesian reader would ("1.240" is one thousand two hundred forty). */
export function numbersInText(text: string): NumberInText[] {
  const out: NumberInText[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1];
    const start = m.index ?? 0;
    const end = start + raw.length;
    // "m2", "TW4": a digit glued to a letter is part of a word.
    if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) continue;
    const p = parseNumberText(raw.replace(/,\s/, ','), 'id-ID');
    if (!p.ok) continue;
    const after = text.slice(end, end + 8);
    const percent = /^\s*(%|persen\b|prosen\b)/i.test(after);
    const rupiah = /rp\.?\s*$/i.test(text.slice(Math.max(0, start - 5), start));
    const year = !percent && !rupiah && /^(19|20)\d\d$/.test(raw);
    out.push({ raw, value: p.value, decimals: p.decimals, start, end, percent, rupiah, year });
  }
  return out;
}

/**
 * Sentences of a cell: split at line breaks and at '.', '!', '?' followed by a space and a capital or an
 * opening quote (so "Rp. 16.973.700" and "87.71" stay whole). Each keeps its offset in the cell text.
 */
export function sentencesInText(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /(?<=[.!?])\s+(?=[\p{Lu}“"])|\s*\n+\s*/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const idx = m.index ?? 0;
    const piece = text.slice(last, idx);
    if (piece.trim()) out.push({ text: piece, start: last });
    last = idx + m[0].length;
  }
  const tail = text.slice(last);
  if (tail.trim()) out.push({ text: tail, start: last });
  return out;
}

const STOP = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'pada', 'untuk', 'dengan', 'atau', 'serta', 'dalam', 'oleh', 'bagi', 'kepada',
  'terhadap', 'sebagai', 'adalah', 'ini', 'itu', 'tersebut', 'se', 'the', 'of', 'and', 'dll', 'dsb',
]);

/** Content words of a text: lower case, letters and digits, no stop words, no bare numbers. */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(w => w.length >= 2 && !STOP.has(w) && !/^\d+$/.test(w));
}

/** A row label's words for matching: without a trailing unit in brackets ("… dipelihara (unit)"). */
export function labelWords(label: string): string[] {
  const core = label.replace(/(\s*\([^()]{1,25}\))+\s*$/u, '');
  return [...new Set(contentWords(core))];
}

/** Lower-case words joined by single spaces, for "does the label appear verbatim". */
export function squeezeWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
