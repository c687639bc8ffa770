/**
 * Number bookkeeping for narasi: every figure placed in a sentence goes through FigureLog, which formats it in
 * id-ID and records where it came from, so a test can re-read every sentence against the workbook.
 */
import type { ComputedValue } from '../compute';
import { fixed, plain, type Dec } from '../decimal';
import { formatId, formatPercentId, formatRupiah } from '../number';
import { roundHalfUp } from '../rounding';
import type { ValueCell } from '../../layout/table-values';

/** What a recorded number is, for readers and for the test that re-reads every sentence. */
export type NarasiMetric =
  | 'target'
  | 'realisasi'
  | 'capaian_kinerja'
  | 'rata_rata_capaian'
  | 'selisih_capaian'
  | 'selisih_realisasi'
  | 'jumlah_indikator'
  | 'pagu'
  | 'realisasi_anggaran'
  | 'persen_anggaran'
  | 'sisa'
  | 'lebih_pagu'
  | 'efisiensi'
  | 'tahun';

/** An operand of a derived number: a cell read in ev.tables or a computed value, "Sheet!A1". */
export interface NarasiOperand {
  source: 'sel' | 'hitung';
  cell: string;
}

export interface NarasiNumber {
  /** Canonical decimal string with '.' ("94.71", "4319696654"); percentages at two decimals. */
  value: string;
  metric: NarasiMetric;
  /** 'sel': ValueCell.value; 'hitung': ComputedValue.value; 'turunan': computed here from `from`; 'tahun': a year of the table's title or headers. */
  source: 'sel' | 'hitung' | 'turunan' | 'tahun';
  /** "Sheet!A1" for 'sel' and 'hitung'. */
  cell?: string;
  /**
   * For 'turunan': |a − b| of the two-decimal values ('selisih'), a − b exact ('kurang'), the mean of the
   * operands ('rata_rata'), a/b×100 ('serapan'), the number of operands ('jumlah'), or a bound of the range
   * target typed in the operand cell ('rentang').
   */
  from?: { op: 'selisih' | 'kurang' | 'rata_rata' | 'serapan' | 'jumlah' | 'rentang'; of: NarasiOperand[] };
}

/** "Sheet!A1": how a recorded number names its cell. */
export const at = (sheet: string, addr: string) => `${sheet}!${addr}`;

/** A formatted number with its unit: "80,5%", "5.562 Orang". */
export function withUnit(num: string, unit: string): string {
  if (!unit) return num;
  return unit === '%' ? `${num}%` : `${num} ${unit}`;
}

/** Formats a figure for a sentence and records it. */
export class FigureLog {
  readonly list: NarasiNumber[] = [];

  /** A percentage the engine recomputed, "94,71%". */
  percent(c: ComputedValue, metric: NarasiMetric): string {
    this.list.push({ value: fixed(c.value, 2), metric, source: 'hitung', cell: at(c.sheet, c.cell) });
    return formatPercentId(c.value, 2);
  }

  /** A computed value without the % sign (selisih in points, rasio). */
  computedNumber(c: ComputedValue, metric: NarasiMetric): string {
    this.list.push({ value: fixed(c.value, 2), metric, source: 'hitung', cell: at(c.sheet, c.cell) });
    return formatId(c.value, 2);
  }

  /** A rupiah amount the engine recomputed (sisa). */
  computedRupiah(c: ComputedValue, metric: NarasiMetric): string {
    this.list.push({ value: plain(roundHalfUp(c.value, 2)), metric, source: 'hitung', cell: at(c.sheet, c.cell) });
    return formatRupiah(c.value);
  }

  /** A cell as the workbook shows it (its own decimals), with its unit: "80,50%", "5.562 Orang". */
  cell(vc: ValueCell & { value: Dec }, metric: NarasiMetric, unit: string): string {
    this.list.push({ value: plain(vc.value), metric, source: 'sel', cell: at(vc.sheet, vc.addr) });
    return withUnit(formatId(roundHalfUp(vc.value, vc.decimals), vc.decimals), unit);
  }

  /** A rupiah cell: "Rp 4.319.696.654". */
  rupiahCell(vc: ValueCell & { value: Dec }, metric: NarasiMetric): string {
    this.list.push({ value: plain(vc.value), metric, source: 'sel', cell: at(vc.sheet, vc.addr) });
    return formatRupiah(vc.value);
  }

  /** A number taken here from engine values, formatted by the caller's `show`. */
  derived(value: Dec, metric: NarasiMetric, from: NonNullable<NarasiNumber['from']>, shown: string): string {
    this.list.push({ value: plain(value), metric, source: 'turunan', from });
    return shown;
  }

  /** A year read from a cell (a Tahun column), printed without grouping. */
  yearCell(vc: ValueCell & { value: Dec }): string {
    this.list.push({ value: plain(vc.value), metric: 'tahun', source: 'sel', cell: at(vc.sheet, vc.addr) });
    return plain(vc.value);
  }

  year(y: number): string {
    this.list.push({ value: String(y), metric: 'tahun', source: 'tahun' });
    return String(y);
  }
}

