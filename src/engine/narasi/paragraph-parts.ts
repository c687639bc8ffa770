/**
 * What every kind of narasi paragraph shares: the paragraph and its input, and the sentence parts built the
 * same way for indikator, anggaran and efisiensi rows (label, unit, status, kategori).
 */
import { lexicon } from '../../lexicon';
import type { ComputeOutput } from '../compute';
import { HUNDRED, type Dec } from '../decimal';
import { classify, type KategoriScale } from '../kategori';
import { roundHalfUp } from '../rounding';
import type { Recognition } from '../../model/recognition';
import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import type { NarasiNumber } from './figures';
import { fillSlots, KALIMAT, KETERANGAN_CELAH, STATUS } from './templates';

export interface NarasiParagraph {
  sheet: string;
  /** 1-based sheet row of the table row the paragraph is about. */
  row: number;
  /** The indikator, sasaran or uraian it is about. */
  subject: string;
  text: string;
  numbers: NarasiNumber[];
  /** What kind of paragraph (for the sheet and tests). */
  kind: 'indikator' | 'sasaran' | 'rata_rata' | 'anggaran' | 'efisiensi';
  /** The cell the paragraph's main figure belongs to (capaian, pagu or efisiensi), A1 without sheet. */
  cell: string;
  /** Id of the recognised table. */
  tableId: string;
}

/** The parts of an Evaluation (usecase/check.ts) narasi reads; an Evaluation is one. */
export interface NarasiInput {
  recognition: Recognition;
  tables: TableValues[];
  computed: ComputeOutput;
  scale: KategoriScale;
  scaleSource: string;
}

export interface NarasiOptions {
  /** Cap each capaian at this percentage before averaging a sasaran (the run's setting); null = none. */
  capSebelumRataRata?: number | null;
}


/** Cleans a label for use inside “…”: single spaces, no surrounding quotes. */
export function cleanLabel(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[“”"'\s]+|[“”"'\s]+$/g, '').replace(/[“”]/g, '"').trim();
}

/** The unit to print after a target/realisasi: the Satuan column, the unit typed with the number, or % from the cell or header. */
export function unitOf(tv: TableValues, rv: RowValues, vc: ValueCell, role: string): string {
  const satuan = cleanLabel(rv.cells.satuan?.text ?? '');
  if (satuan && !/\d/.test(satuan) && satuan.length <= 30) {
    if (lexicon.words.percentSatuan.test(satuan)) return '%';
    // "Nilai", "Indeks", "Skor" name the kind of figure, not a unit: "sebesar 80,5", not "80,5 Nilai".
    if (lexicon.words.figureKind.test(satuan)) return '';
    return satuan;
  }
  if (vc.unit && !/\d/.test(vc.unit)) return vc.unit;
  if (vc.percent || tv.table.columns[role]?.percentHeader) return '%';
  return '';
}

export function labelOf(rv: RowValues): string {
  return cleanLabel(rv.row.label || rv.cells.indikator?.text || rv.cells.uraian?.text || rv.cells.sasaran?.text || '');
}

/** Status against target from the exact capaian; "100,00%" that is really below 100 is said as such. */
export function statusOf(c: Dec): string {
  if (c.gt(HUNDRED)) return STATUS.melampaui;
  if (c.eq(HUNDRED)) return STATUS.mencapai;
  return roundHalfUp(c, 2).eq(HUNDRED) ? STATUS.hampir : STATUS.belum;
}

/** The kategori sentence for a capaian, judged at two decimals as the report shows it. */
export function kategoriSentence(scale: KategoriScale, c: Dec): string {
  const k = classify(scale, roundHalfUp(c, 2));
  if (k.label === undefined) return '';
  if (!k.gap) return fillSlots(KALIMAT.kategori, { kategori: k.label });
  const note = k.note ?? '';
  const keterangan = /di atas semua/.test(note) ? KETERANGAN_CELAH.atas : /di bawah semua/.test(note) ? KETERANGAN_CELAH.bawah : KETERANGAN_CELAH.celah;
  return fillSlots(KALIMAT.kategoriCelah, { kategori: k.label, keterangan });
}

export const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

