import { lexicon } from '../lexicon';
import { parseRangeText, splitLabelRange } from '../engine/kategori';
import type { Cell } from '../model/grid';
import type { FoundScaleTable } from '../model/recognition';
import type { SheetView } from './sheet-view';
import { cellText, words } from './text';
import { readNumber } from './values';

/**
 * A workbook's own kategori scale: a header row of scale words ("Rentang Capaian | Kategori", "Interval Nilai |
 * Predikat", "No | Kategori | Range", "Kriteria | Interpretasi" …), then lines of range text and label until a
 * blank row. Which column holds the ranges and which the labels is decided from the values under the header, so
 * the range column may stand left or right of the labels, and "Sangat Tinggi (≥ 91%)" (range inside the label)
 * needs no range column at all.
 */

/** Header words of a range column, as printed in LKjIP/LAKIP/Renja scale tables (Permendagri 86/2017 table, SAKIP, IKM). */
const RANGE_WORDS = lexicon.words.scaleRangeHeader;
/** Range words that say "scale" on their own; a column of lone numbers needs one (a "Capaian" column of values does not). */
const STRONG_RANGE_WORDS = lexicon.words.scaleStrongRangeHeader;
/** Header words of a label column; the first group names the kategori itself and wins a tie. */
const LABEL_WORDS = lexicon.words.scaleLabelHeader;
const MAIN_LABEL_WORDS = lexicon.words.scaleMainLabelHeader;
const MAX_LINES = 12;

/** Range text of a cell: a number cell as the reader sees it (0,91 formatted 0% is 91), text as written. */
function rangeText(cell: Cell | null): string {
  if (cell && typeof cell.value === 'number') {
    const n = readNumber(cell);
    return n.status === 'number' && n.value ? n.value.toFixed() : '';
  }
  return cellText(cell);
}

const hasLetter = (s: string) => /\p{L}/u.test(s);
/** A range cell: it reads as a range and is not a label holding one ("Sangat Tinggi (≥ 91%)"). */
const readable = (s: string) => /\d/.test(s) && !splitLabelRange(s) && !('problem' in parseRangeText(s));
const isLabel = (s: string) => hasLetter(s) && (!/\d/.test(s) || !!splitLabelRange(s));
/** "(1) (2) (3)" or "1 2 3" under a header: column numbering, not a scale line. */
const isNumbering = (texts: string[]) => texts.filter(t => t).length >= 2 && texts.every(t => !t || /^\(?\d{1,2}\)?\.?$/.test(t));

export function findScaleTable(view: SheetView, r: number): { table: FoundScaleTable; end: number } | undefined {
  const cols = view.nonBlankCols(r);
  if (cols.length < 2 || cols.length > 5) return undefined;
  // A header row holds only text; this cheap test skips data rows.
  if (cols.some(c => typeof view.cell(r, c)!.value !== 'string')) return undefined;
  const heads = cols.map(c => ({ c, w: words(cellText(view.cell(r, c))) }));
  // Scale columns carry range or label words; one other column ("No", "Urutan", a description) may stand beside them.
  const cand = heads.filter(h => RANGE_WORDS.test(h.w) || LABEL_WORDS.test(h.w));
  const others = heads.filter(h => !cand.includes(h));
  if (others.length > 1 || cand.length === 0 || cand.length > 3) return undefined;
  if (cand.length === 1 && !LABEL_WORDS.test(cand[0].w)) return undefined;

  // The lines: every row with a number in it, up to a blank or number-free row (the next title or header).
  let x = r + 1;
  if (x <= view.bottom && isNumbering(cols.map(c => cellText(view.cell(x, c))))) x++;
  const rows: number[] = [];
  for (; x <= view.bottom && rows.length < MAX_LINES; x++) {
    const texts = cols.map(c => rangeText(view.cell(x, c)));
    if (!texts.some(t => /\d/.test(t))) break;
    rows.push(x);
  }
  if (rows.length < 2) return undefined;
  const most = (n: number) => n >= 2 && n * 2 >= rows.length;
  const count = (c: number, test: (s: string) => boolean, read = rangeText) => rows.filter(y => test(read(view.cell(y, c)))).length;

  // Range column: the one whose cells read as ranges, a numbering column (1, 2, 3 …) excepted.
  let rangeCol: number | undefined;
  let best = 0;
  for (const h of cand) {
    if (rows.every((y, i) => rangeText(view.cell(y, h.c)) === String(i + 1))) continue;
    const n = count(h.c, readable);
    // A range word in the header wins a tie.
    const score = n + (RANGE_WORDS.test(h.w) ? 0.5 : 0);
    if (most(n) && score > best) {
      rangeCol = h.c;
      best = score;
    }
  }
  // Label column: text; the kategori's own word wins a tie ("Kategori" over "Keterangan").
  let labelCol: number | undefined;
  best = 0;
  for (const h of cand) {
    if (h.c === rangeCol) continue;
    const n = count(h.c, isLabel, cellText) + (MAIN_LABEL_WORDS.test(h.w) ? 0.5 : 0);
    if (most(Math.floor(n)) && n > best) {
      labelCol = h.c;
      best = n;
    }
  }
  if (labelCol === undefined) return undefined;
  const inLabel = count(labelCol, s => !!splitLabelRange(s), cellText);
  if (rangeCol === undefined && !most(inLabel)) return undefined;
  // Numbers in any other column (a year, a value) make this a data table, not a scale; numbering (1, 2., (3)) does not.
  for (const h of [...cand, ...others]) {
    if (h.c === rangeCol || h.c === labelCol) continue;
    const numbers = count(h.c, s => /\d/.test(s) && !hasLetter(s) && !/^\(?\d{1,2}[.)]?$/.test(s));
    if (numbers * 2 >= rows.length) return undefined;
  }
  // A column of lone numbers is a scale only under a scale word ("Rentang", "Skala"), never under "Capaian" alone.
  if (rangeCol !== undefined) {
    const head = heads.find(k => k.c === rangeCol)!.w;
    const lone = count(rangeCol, s => { const p = parseRangeText(s); return 'bounds' in p && !!p.single; });
    if (lone === rows.length && !STRONG_RANGE_WORDS.test(head)) return undefined;
  }

  const lines: FoundScaleTable['lines'] = [];
  let end = r;
  for (const y of rows) {
    const range = rangeCol === undefined ? '' : rangeText(view.cell(y, rangeCol));
    const label = cellText(view.cell(y, labelCol));
    // A line has a label and a range (in its cell or inside the label); the block ends at the first that has not.
    if (!hasLetter(label) || !(/\d/.test(range) || splitLabelRange(label))) break;
    lines.push({ row: y, range, label });
    end = y;
  }
  if (lines.length < 2) return undefined;
  let title: string | undefined;
  for (let t = r - 1; t >= Math.max(view.top, r - 2); t--) {
    const c = view.nonBlankCols(t);
    if (c.length === 1) { title = cellText(view.cell(t, c[0])); break; }
  }
  return { table: { sheet: view.sheet.name, ...(title ? { title } : {}), lines }, end };
}
