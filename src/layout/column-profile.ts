import type { Convention } from '../engine/number';
import { inferConvention } from '../engine/number';
import { isBlank } from '../model/grid';
import { isCode } from './codes';
import type { SheetView } from './sheet-view';
import { cellText, looksNumeric } from './text';
import { readNumber } from './values';

/**
 * What a column's values are, read from the values themselves: the evidence recognition weighs
 * beside the header words. Money, percentages, small counts, years and codes look different, and the
 * arithmetic between columns (relations.ts) only makes sense between columns of fitting types.
 *
 * Values here are JavaScript numbers on purpose: they are evidence for deciding what a column is,
 * never a figure that is reported; every reported figure is recomputed with decimal.js by the engine.
 */
export type ValueType = 'rupiah' | 'percent' | 'count' | 'decimal' | 'year' | 'sequence' | 'code' | 'text' | 'empty';

export interface ColumnProfile {
  col: number;
  type: ValueType;
  /** Cells that read as numbers / as other text, over the sampled rows. */
  numeric: number;
  text: number;
  /** The column says it is in percent: a % number format or "%" typed in the cells. */
  percent: boolean;
  /** Numbers typed as text. */
  fromText: number;
  median: number;
  max: number;
}

/** Rows of the sample, column by column: value (or undefined) and the decimals shown. */
export interface SampleMatrix {
  rows: number[];
  cols: number[];
  /** values[i][j]: row rows[i], column cols[j]. */
  values: (number | undefined)[][];
  decimals: number[][];
  profiles: ColumnProfile[];
}

/** More rows than this are sampled evenly: relations that hold on most rows show on a sample. */
export const SAMPLE_ROWS = 400;

/** Picks up to SAMPLE_ROWS non-blank rows spread evenly over the body. */
export function sampleRows(view: SheetView, top: number, bottom: number): number[] {
  const rows: number[] = [];
  const span = bottom - top + 1;
  const step = span > SAMPLE_ROWS * 2 ? span / (SAMPLE_ROWS * 2) : 1;
  for (let x = top; x <= bottom && rows.length < SAMPLE_ROWS; x += step) {
    const r = Math.floor(x);
    if (!view.isBlankRow(r)) rows.push(r);
  }
  return rows;
}

/** Reads the sampled rows of the given columns as numbers, with a profile of each column. */
export function sampleMatrix(view: SheetView, rows: number[], cols: number[]): SampleMatrix {
  const conventions = new Map<number, Convention | undefined>();
  for (const c of cols) {
    const texts: string[] = [];
    for (const r of rows) {
      const v = view.cell(r, c)?.value;
      if (typeof v === 'string' && looksNumeric(v)) texts.push(v);
    }
    conventions.set(c, texts.length ? inferConvention(texts).convention : undefined);
  }
  const values: (number | undefined)[][] = [];
  const decimals: number[][] = [];
  for (const r of rows) {
    const line: (number | undefined)[] = [];
    const dec: number[] = [];
    for (const c of cols) {
      const cell = view.cell(r, c);
      // "7.01.01" would read as a number; in a table it is a code.
      const code = typeof cell?.value === 'string' && isCode(cell.value);
      const n = readNumber(code ? null : cell, conventions.get(c));
      line.push(n.status === 'number' && n.value ? n.value.toNumber() : undefined);
      dec.push(n.decimals);
    }
    values.push(line);
    decimals.push(dec);
  }
  const profiles = cols.map((c, j) => profileColumn(view, rows, c, values.map(v => v[j])));
  return { rows, cols, values, decimals, profiles };
}

function profileColumn(view: SheetView, rows: number[], col: number, nums: (number | undefined)[]): ColumnProfile {
  let text = 0;
  let percent = 0;
  let fromText = 0;
  let codes = 0;
  const found: number[] = [];
  rows.forEach((r, i) => {
    const cell = view.cell(r, col);
    if (isBlank(cell)) return;
    const n = nums[i];
    if (n === undefined) {
      const t = cellText(cell);
      if (isCode(t)) codes++;
      else if (t !== '-') text++;
      return;
    }
    found.push(n);
    if (typeof cell!.value === 'string') {
      fromText++;
      if (/%/.test(cell!.value)) percent++;
    } else if (cell!.numFmt && /%/.test(cell!.numFmt.replace(/"[^"]*"|\\./g, ''))) percent++;
  });
  const sorted = [...found].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  const max = sorted.length ? sorted[sorted.length - 1] : 0;
  const profile: ColumnProfile = { col, type: 'empty', numeric: found.length, text, percent: percent * 2 >= found.length && percent > 0, fromText, median, max };
  profile.type = typeOf(profile, found, codes);
  return profile;
}

function typeOf(p: ColumnProfile, nums: number[], codes: number): ValueType {
  if (codes > p.numeric && codes >= p.text) return 'code';
  if (p.text > p.numeric) return 'text';
  if (!nums.length) return 'empty';
  if (p.percent) return 'percent';
  const integers = nums.filter(n => Number.isInteger(n));
  if (integers.length === nums.length && nums.every(n => n >= 1990 && n <= 2099) && nums.length >= 2) return 'year';
  if (integers.length === nums.length && nums.length >= 3 && isSequence(nums)) return 'sequence';
  // Budget lines of an OPD run from a few hundred thousand rupiah to billions; a lebih/(kurang) of them is
  // as large, below zero on most rows when less was spent than budgeted.
  const sizes = nums.map(Math.abs).sort((a, b) => a - b);
  if (sizes[Math.floor(sizes.length / 2)] >= 100_000 && integers.length * 10 >= nums.length * 9) return 'rupiah';
  if (integers.length === nums.length) return 'count';
  return 'decimal';
}

/** 1, 2, 3, … (the No column typed as numbers). */
function isSequence(nums: number[]): boolean {
  let up = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i] === nums[i - 1] + 1) up++;
  return nums[0] <= 2 && up >= (nums.length - 1) * 0.8;
}

/** Types that can take part in arithmetic between columns. */
export function isQuantity(t: ValueType): boolean {
  return t === 'rupiah' || t === 'percent' || t === 'count' || t === 'decimal';
}
