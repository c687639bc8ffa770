import { HUNDRED, type Dec } from '../engine/decimal';
import { decFromCellNumber, formatId, type Convention } from '../engine/number';
import { decimalsFromFormat, isPercentFormat, roundHalfUp, statedDecimals } from '../engine/rounding';
import { a1 } from '../model/address';
import type { Cell } from '../model/grid';
import { readNumber, type CellNumber } from './values';

/**
 * A table cell read on demand. Big tables hold hundreds of thousands of mapped cells and most are only
 * tested for status and value; the Decimal, the display string and the address are made the first time
 * a rule asks for them, and a numeric cell never goes through the general reader. Every field gives
 * exactly what readNumber gives for the same cell (test/layout/lazy-value-cell.test.ts holds them equal).
 */

/** What a number format says, worked out once per distinct format code. */
interface FormatFacts {
  percent: boolean;
  decimals: number | undefined;
}
const NO_FORMAT: FormatFacts = { percent: false, decimals: undefined };
const formatFacts = new Map<string, FormatFacts>();
function factsOf(numFmt: string | undefined): FormatFacts {
  if (!numFmt) return NO_FORMAT;
  let f = formatFacts.get(numFmt);
  if (!f) formatFacts.set(numFmt, (f = { percent: isPercentFormat(numFmt), decimals: decimalsFromFormat(numFmt) }));
  return f;
}

export class LazyValueCell {
  /**
   * What is kept once made, in one field: the general reading of a cell that is not a finite number, or the
   * Decimal of a numeric cell that keeps it (see value). Fields are set in the constructor so they sit inside
   * the object: added later, they took a separate property array (40 bytes) on most of 500,000 cells.
   */
  private memo: CellNumber | Dec | undefined = undefined;
  /** Kept once made: rules compare addresses (inputCells) and findings repeat them. */
  private address: string | undefined = undefined;

  constructor(
    private readonly cell: Cell | null,
    private readonly hint: Convention | undefined,
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
  ) {}

  /** A finite number in the cell (the fast path); everything else goes through readNumber. */
  private get numeric(): boolean {
    const v = this.cell?.value;
    return typeof v === 'number' && Number.isFinite(v) && !this.cell!.error;
  }

  private get read(): CellNumber {
    return (this.memo ??= readNumber(this.cell, this.hint)) as CellNumber;
  }

  get addr(): string {
    return (this.address ??= a1(this.row, this.col));
  }

  get text(): string {
    const v = this.cell?.value;
    return typeof v === 'string' ? v.trim() : '';
  }

  get status(): CellNumber['status'] {
    return this.numeric ? 'number' : this.read.status;
  }

  /** status 'number' with a value, without making the Decimal: rules ask it of every cell before reading one. */
  get hasNumber(): boolean {
    if (this.numeric) return true;
    const r = this.read;
    return r.status === 'number' && !!r.value;
  }

  /**
   * A whole number below 10^15 without a percent format is made anew at each read and not kept: new Dec(n)
   * is cheap for it, and keeping one Decimal per rupiah cell held about 55 MB on a 100,000-row table.
   * Other numbers (fractions, percent formats) are made once and kept.
   */
  get value(): Dec | undefined {
    if (!this.numeric) return this.read.value;
    if (this.memo) return this.memo as Dec;
    const n = this.cell!.value as number;
    const percent = factsOf(this.cell!.numFmt).percent;
    if (!percent && Number.isInteger(n) && Math.abs(n) < 1e15) return decFromCellNumber(n);
    const d = decFromCellNumber(n);
    return (this.memo = percent ? d.times(HUNDRED) : d);
  }

  get percent(): boolean {
    return this.numeric ? factsOf(this.cell!.numFmt).percent : this.read.percent;
  }

  get fromText(): boolean {
    return this.numeric ? false : this.read.fromText;
  }

  get decimals(): number {
    if (!this.numeric) return this.read.decimals;
    const f = factsOf(this.cell!.numFmt);
    if (f.decimals !== undefined) return f.decimals;
    // A whole number as Excel shows it (15 significant digits) has no decimals: no Decimal needed to say so.
    const n = this.cell!.value as number;
    if (!f.percent && Number.isInteger(n) && Math.abs(n) < 1e15) return 0;
    return statedDecimals(this.value!);
  }

  get unit(): string | undefined {
    return this.numeric ? undefined : this.read.unit;
  }

  get display(): string {
    if (!this.numeric) return this.read.display;
    const f = factsOf(this.cell!.numFmt);
    const value = this.value!;
    const shown = f.decimals === undefined ? value : roundHalfUp(value, f.decimals);
    return formatId(shown, f.decimals ?? statedDecimals(value)) + (f.percent ? '%' : '');
  }

  get formula(): string | undefined {
    return this.numeric ? this.cell!.formula : this.read.formula;
  }

  get reason(): string | undefined {
    return this.numeric ? undefined : this.read.reason;
  }
}
