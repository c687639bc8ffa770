import { Dec, HUNDRED } from '../engine/decimal';
import { decFromCellNumber, formatId, parseNumberText, type Convention } from '../engine/number';
import { decimalsFromFormat, isPercentFormat, roundHalfUp, statedDecimals } from '../engine/rounding';
import type { Cell } from '../model/grid';

/**
 * A cell read as a number the way its reader sees it: a cell formatted as percent shows 0,9205 as
 * 92,05%, so its value here is 92.05; "91,09%" typed as text is 91.09 too.
 */
export interface CellNumber {
  status: 'number' | 'empty' | 'dash' | 'text' | 'ambiguous' | 'error';
  value?: Dec;
  percent: boolean;
  /** The number was typed as text ("1.234.567,00"). */
  fromText: boolean;
  /** Decimals the reader sees. */
  decimals: number;
  unit?: string;
  /** As the workbook shows it, for messages ("91,09", "100%", "Rp. 1.000,-"). */
  display: string;
  formula?: string;
  reason?: string;
}

const EMPTY: CellNumber = { status: 'empty', percent: false, fromText: false, decimals: 0, display: '' };

export function readNumber(cell: Cell | null, hint?: Convention): CellNumber {
  if (!cell || cell.value === null) return EMPTY;
  const v = cell.value;
  if (cell.error) return { ...EMPTY, status: 'error', display: String(v), formula: cell.formula, reason: `sel berisi galat ${String(v)}` };
  // A damaged file can hold <v>NaN</v> or <v>1e999</v>, which exceljs reads as NaN / Infinity;
  // decFromCellNumber throws on them, so treat them as an error cell (found by test/fuzz).
  if (typeof v === 'number' && !Number.isFinite(v)) {
    return { ...EMPTY, status: 'error', display: '#NUM!', formula: cell.formula, reason: 'sel berisi nilai yang bukan bilangan hingga (#NUM!)' };
  }
  if (typeof v === 'number') {
    const pct = !!cell.numFmt && isPercentFormat(cell.numFmt);
    let value = decFromCellNumber(v);
    if (pct) value = value.times(HUNDRED);
    const fmtDecimals = cell.numFmt ? decimalsFromFormat(cell.numFmt) : undefined;
    const own = statedDecimals(value);
    // An explicit format is what the report shows: 109,2 formatted 0.00 is stated as 109,20.
    const decimals = fmtDecimals === undefined ? own : fmtDecimals;
    const shown = fmtDecimals === undefined ? value : roundHalfUp(value, decimals);
    return {
      status: 'number',
      value,
      percent: pct,
      fromText: false,
      decimals,
      display: formatId(shown, fmtDecimals ?? own) + (pct ? '%' : ''),
      formula: cell.formula,
    };
  }
  if (typeof v === 'boolean') return { ...EMPTY, status: 'text', display: String(v) };
  const text = v;
  const p = parseNumberText(text, hint);
  if (!p.ok) {
    return { ...EMPTY, status: p.kind === 'empty' ? 'empty' : p.kind, display: text, reason: p.reason, formula: cell.formula };
  }
  return {
    status: 'number',
    value: p.value,
    percent: p.percent,
    fromText: true,
    decimals: p.decimals,
    unit: p.unit,
    display: text.trim(),
    formula: cell.formula,
    reason: p.reason,
  };
}

/** Text of a cell for labels; numbers are shown in id-ID. */
export function labelOf(cell: Cell | null): string {
  if (!cell || cell.value === null) return '';
  // Non-finite numbers (damaged files, see readNumber) would print as "NaN".
  if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? formatId(new Dec(cell.value)) : '#NUM!';
  return String(cell.value).replace(/\s+/g, ' ').trim();
}
