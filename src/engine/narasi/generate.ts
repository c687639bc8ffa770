/**
 * Narasi: draft Bab III sentences from the engine's numbers, one paragraph per table row.
 *
 * Every figure placed in a sentence goes through `Angka`, which formats it in id-ID and records where it
 * came from: a cell read in the recognised tables ('sel'), a value the engine recomputed ('hitung'), a
 * difference, mean, percentage or count taken here from those ('turunan', with its operands), or a year
 * recognition read from a title or header ('tahun'). A sentence never states a number the workbook's
 * stated capaian/serapan/kategori columns hold: those may be wrong, the recomputed values are not.
 * The wording lives in templates.ts.
 */
import { atRow, type ComputedValue, type ComputeOutput } from '../compute';
import { parseRangeTarget, rataRataCapaian } from '../capaian';
import { serapan as hitungSerapan } from '../anggaran';
import { Dec, fixed, HUNDRED, plain } from '../decimal';
import { EFISIENSI_DEFINITIONS, type EfisiensiDefinition } from '../efisiensi';
import { classify, type KategoriScale } from '../kategori';
import { formatId, formatPercentId, formatRupiah } from '../number';
import { roundHalfUp } from '../rounding';
import type { Recognition } from '../../model/recognition';
import { rowAt, summaryLevel, type RowValues, type TableValues, type ValueCell } from '../../layout/table-values';
import {
  ALASAN,
  ARAH,
  isi,
  JENIS_ANGGARAN,
  KALIMAT,
  KETERANGAN_CELAH,
  MAKNA_EFISIENSI,
  NAMA_CAPAIAN,
  PERIODE,
  RUMUS_EFISIENSI,
  STATUS,
} from './templates';
import { tahunLaporan } from './tahun';

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

const isNum = (c: ValueCell | undefined): c is ValueCell & { value: Dec } => !!c && c.status === 'number' && !!c.value;
const at = (sheet: string, addr: string) => `${sheet}!${addr}`;

/** Formats a figure for a sentence and records it. */
class Angka {
  readonly list: NarasiNumber[] = [];

  /** A percentage the engine recomputed, "94,71%". */
  persen(c: ComputedValue, metric: NarasiMetric): string {
    this.list.push({ value: fixed(c.value, 2), metric, source: 'hitung', cell: at(c.sheet, c.cell) });
    return formatPercentId(c.value, 2);
  }

  /** A computed value without the % sign (selisih in points, rasio). */
  angkaHitung(c: ComputedValue, metric: NarasiMetric): string {
    this.list.push({ value: fixed(c.value, 2), metric, source: 'hitung', cell: at(c.sheet, c.cell) });
    return formatId(c.value, 2);
  }

  /** A rupiah amount the engine recomputed (sisa). */
  rupiahHitung(c: ComputedValue, metric: NarasiMetric): string {
    this.list.push({ value: plain(roundHalfUp(c.value, 2)), metric, source: 'hitung', cell: at(c.sheet, c.cell) });
    return formatRupiah(c.value);
  }

  /** A cell as the workbook shows it (its own decimals), with its unit: "80,50%", "5.562 Orang". */
  sel(vc: ValueCell & { value: Dec }, metric: NarasiMetric, unit: string): string {
    this.list.push({ value: plain(vc.value), metric, source: 'sel', cell: at(vc.sheet, vc.addr) });
    return withUnit(formatId(roundHalfUp(vc.value, vc.decimals), vc.decimals), unit);
  }

  /** A rupiah cell: "Rp 4.319.696.654". */
  rupiahSel(vc: ValueCell & { value: Dec }, metric: NarasiMetric): string {
    this.list.push({ value: plain(vc.value), metric, source: 'sel', cell: at(vc.sheet, vc.addr) });
    return formatRupiah(vc.value);
  }

  /** A number taken here from engine values, formatted by the caller's `show`. */
  turunan(value: Dec, metric: NarasiMetric, from: NonNullable<NarasiNumber['from']>, shown: string): string {
    this.list.push({ value: plain(value), metric, source: 'turunan', from });
    return shown;
  }

  /** A year read from a cell (a Tahun column), printed without grouping. */
  tahunSel(vc: ValueCell & { value: Dec }): string {
    this.list.push({ value: plain(vc.value), metric: 'tahun', source: 'sel', cell: at(vc.sheet, vc.addr) });
    return plain(vc.value);
  }

  tahun(y: number): string {
    this.list.push({ value: String(y), metric: 'tahun', source: 'tahun' });
    return String(y);
  }
}

function withUnit(num: string, unit: string): string {
  if (!unit) return num;
  return unit === '%' ? `${num}%` : `${num} ${unit}`;
}

/** Cleans a label for use inside “…”: single spaces, no surrounding quotes. */
export function bersihkanLabel(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[“”"'\s]+|[“”"'\s]+$/g, '').replace(/[“”]/g, '"').trim();
}

/** The unit to print after a target/realisasi: the Satuan column, the unit typed with the number, or % from the cell or header. */
function unitOf(tv: TableValues, rv: RowValues, vc: ValueCell, role: string): string {
  const satuan = bersihkanLabel(rv.cells.satuan?.text ?? '');
  if (satuan && !/\d/.test(satuan) && satuan.length <= 30) {
    if (/^(%|persen|prosen|persentase)$/i.test(satuan)) return '%';
    // "Nilai", "Indeks", "Skor" name the kind of figure, not a unit: "sebesar 80,5", not "80,5 Nilai".
    if (/^(nilai|indeks|index|skor|angka|poin|point)$/i.test(satuan)) return '';
    return satuan;
  }
  if (vc.unit && !/\d/.test(vc.unit)) return vc.unit;
  if (vc.percent || tv.table.columns[role]?.percentHeader) return '%';
  return '';
}

function labelOf(rv: RowValues): string {
  return bersihkanLabel(rv.row.label || rv.cells.indikator?.text || rv.cells.uraian?.text || rv.cells.sasaran?.text || '');
}

/** Status against target from the exact capaian; "100,00%" that is really below 100 is said as such. */
function statusOf(c: Dec): string {
  if (c.gt(HUNDRED)) return STATUS.melampaui;
  if (c.eq(HUNDRED)) return STATUS.mencapai;
  return roundHalfUp(c, 2).eq(HUNDRED) ? STATUS.hampir : STATUS.belum;
}

/** The kategori sentence for a capaian, judged at two decimals as the report shows it. */
function kategoriKalimat(scale: KategoriScale, c: Dec): string {
  const k = classify(scale, roundHalfUp(c, 2));
  if (k.label === undefined) return '';
  if (!k.gap) return isi(KALIMAT.kategori, { kategori: k.label });
  const note = k.note ?? '';
  const keterangan = /di atas semua/.test(note) ? KETERANGAN_CELAH.atas : /di bawah semua/.test(note) ? KETERANGAN_CELAH.bawah : KETERANGAN_CELAH.celah;
  return isi(KALIMAT.kategoriCelah, { kategori: k.label, keterangan });
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** Draft paragraphs for every recognised realisasi kinerja, realisasi anggaran and efisiensi table. */
export function generateNarasi(ev: NarasiInput, opts: NarasiOptions = {}): NarasiParagraph[] {
  const out: NarasiParagraph[] = [];
  for (const tv of ev.tables) {
    const kind = tv.table.kind;
    if (kind === 'realisasi_kinerja') kinerja(ev, tv, opts, out);
    if (kind === 'realisasi_anggaran') anggaran(tv, ev.computed.values, out);
    if (kind === 'efisiensi' || (kind === 'realisasi_anggaran' && tv.table.columns.efisiensi)) efisiensi(tv, ev.computed.values, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Realisasi kinerja

interface Kelompok {
  label: string;
  /** A sasaran (Sasaran column or "Sasaran …" row), or another heading row (seksi, pejabat). */
  sasaran: boolean;
  row: number;
  capaian: ComputedValue[];
}

function kinerja(ev: NarasiInput, tv: TableValues, opts: NarasiOptions, out: NarasiParagraph[]): void {
  const t = tv.table;
  const values = ev.computed.values.filter(v => v.tableId === t.id);
  const year = tahunLaporan(t, tv);
  let group: Kelompok | undefined;
  const closeGroup = () => {
    if (group) sasaranParagraph(ev, tv, group, year, opts, out);
    group = undefined;
  };
  for (const rv of tv.rows) {
    if (rv.row.kind === 'group') {
      closeGroup();
      const prefix = /^sasaran(?:\s+(?:strategis|program|kegiatan))?\s*[\dIVX.]*\s*[:.\-–]\s*/i;
      const label = bersihkanLabel(rv.row.label.replace(prefix, ''));
      // "Sasaran …" rows, and sasaran worded as a result ("Meningkatnya …"); other headings (seksi, pejabat) are groups.
      const sasaran = prefix.test(rv.row.label) || /^(meningkat|terwujud|tercapai|terlaksana|tersedia|terpenuhi|menurun|berkurang)/i.test(label);
      group = { label, sasaran, row: rv.row.row, capaian: [] };
      continue;
    }
    if (rv.row.kind === 'average') {
      closeGroup();
      const avg = atRow(values, t.id, rv.index).find(v => v.metric === 'rata_rata_capaian');
      if (avg) rataRataParagraph(ev, tv, rv, avg, out);
      continue;
    }
    if (rv.row.kind !== 'data') continue;
    const sasaran = bersihkanLabel(rv.cells.sasaran?.text ?? '');
    if (sasaran && (!group || group.label !== sasaran)) {
      closeGroup();
      group = { label: sasaran, sasaran: true, row: rv.row.row, capaian: [] };
    }
    const c = atRow(values, t.id, rv.index).find(v => v.role === 'capaian' && v.metric === 'capaian_kinerja');
    if (c && group) group.capaian.push(c);
    const p = indikatorParagraph(ev, tv, rv, c, values, year);
    if (p) out.push(p);
  }
  closeGroup();
}

function indikatorParagraph(ev: NarasiInput, tv: TableValues, rv: RowValues, c: ComputedValue | undefined, values: ComputedValue[], year: number | undefined): NarasiParagraph | undefined {
  const t = tv.table;
  const n = new Angka();
  const target = rv.cells.target;
  const real = rv.cells.realisasi;
  // Rows are years (a Tahun column): the year is the row's own cell.
  const tahunSel = t.columns.tahun && isNum(rv.cells.tahun) && /^(19|20)\d\d$/.test(plain(rv.cells.tahun.value)) ? rv.cells.tahun : undefined;
  const label = labelOf(rv);
  if (!label && !tahunSel) return undefined;
  const periode = () => (year ? isi(PERIODE.tahun, { tahun: n.tahun(year) }) : '');

  if (tahunSel) {
    // A yearly series of one indicator: the table is the subject, the row's year the period.
    if (!c || !isNum(target) || !isNum(real)) return undefined;
    const tabel = bersihkanLabel(rv.cells.indikator?.text || t.title || t.sheet);
    const text = join(
      isi(KALIMAT.indikatorTahunan, {
        tabel,
        tahun: n.tahunSel(tahunSel),
        realisasi: n.sel(real, 'realisasi', unitOf(tv, rv, real, 'realisasi')),
        target: n.sel(target, 'target', unitOf(tv, rv, target, 'target')),
        capaian: n.persen(c, 'capaian_kinerja'),
        status: statusOf(c.value),
      }),
      kategoriKalimat(ev.scale, c.value),
    );
    return { sheet: t.sheet, row: rv.row.row, subject: tabel, text, numbers: n.list, kind: 'indikator', cell: c.cell, tableId: t.id };
  }

  if (!c) {
    // Only rows that should have a capaian: a capaian column and some target or realisasi.
    if (!rv.cells.capaian || (!target && !real)) return undefined;
    if ((target?.status ?? 'empty') === 'empty' && (real?.status ?? 'empty') === 'empty') return undefined;
    const nc = ev.computed.notComputed.find(x => x.sheet === t.sheet && x.cell === rv.cells.capaian.addr);
    const alasan = !isNum(real) && real?.status !== 'text' ? ALASAN.realisasiKosong
      : !isNum(target) && target?.status !== 'text' ? ALASAN.targetKosong
      : nc && /target bernilai 0/i.test(nc.reason) ? ALASAN.targetNol
      : nc ? ALASAN.bukanAngka : ALASAN.lainnya;
    const text = isi(KALIMAT.belumDapatDihitung, { indikator: label, periode: periode(), alasan });
    return { sheet: t.sheet, row: rv.row.row, subject: label, text, numbers: n.list, kind: 'indikator', cell: rv.cells.capaian.addr, tableId: t.id };
  }

  const realisasiText = isNum(real) ? n.sel(real, 'realisasi', unitOf(tv, rv, real, 'realisasi')) : '';
  let first: string;
  const per = periode();
  if (isNum(target)) {
    const targetText = n.sel(target, 'target', unitOf(tv, rv, target, 'target'));
    first = isi(KALIMAT.indikator, { indikator: label, periode: per, realisasi: realisasiText, target: targetText, capaian: n.persen(c, 'capaian_kinerja'), status: statusOf(c.value) });
  } else {
    // A range target ("80–90"): its bounds as the engine's parser reads them from the cell text.
    const range = target && target.status === 'text' ? parseRangeTarget(target.text) : undefined;
    if (!range || !target) return undefined;
    const unit = unitOf(tv, rv, target, 'target');
    const from = { op: 'rentang' as const, of: [{ source: 'sel' as const, cell: at(t.sheet, target.addr) }] };
    first = isi(KALIMAT.indikatorRentang, {
      indikator: label,
      periode: per,
      realisasi: realisasiText,
      targetBawah: n.turunan(range.low, 'target', from, withUnit(formatId(range.low), unit)),
      targetAtas: n.turunan(range.high, 'target', from, withUnit(formatId(range.high), unit)),
      capaian: n.persen(c, 'capaian_kinerja'),
      status: statusOf(c.value),
    });
  }
  const parts = [first, kategoriKalimat(ev.scale, c.value)];
  if (c.polarity === 'negatif') parts.push(KALIMAT.polaritasNegatif);
  parts.push(perbandingan(tv, rv, c, values, year, n));
  return { sheet: t.sheet, row: rv.row.row, subject: label, text: join(...parts), numbers: n.list, kind: 'indikator', cell: c.cell, tableId: t.id };
}

/** The comparison with the latest earlier year the row has: capaian in points, else realisasi. */
function perbandingan(tv: TableValues, rv: RowValues, c: ComputedValue, values: ComputedValue[], year: number | undefined, n: Angka): string {
  const earlier = atRow(values, tv.table.id, rv.index)
    .filter(v => v.metric === 'capaian_kinerja' && /^capaian_\d{4}$/.test(v.role))
    .map(v => ({ v, y: Number(v.role.slice(-4)) }))
    .filter(x => year === undefined || x.y < year)
    .sort((a, b) => b.y - a.y)[0];
  if (earlier) {
    const kini = roundHalfUp(c.value, 2);
    const lalu = roundHalfUp(earlier.v.value, 2);
    const diff = kini.minus(lalu);
    const tahunLalu = n.tahun(earlier.y);
    if (diff.isZero()) return isi(KALIMAT.capaianSama, { tahunLalu, capaianKini: n.persen(c, 'capaian_kinerja') });
    const capaianLalu = n.persen(earlier.v, 'capaian_kinerja');
    const capaianKini = n.persen(c, 'capaian_kinerja');
    const selisih = n.turunan(diff.abs(), 'selisih_capaian', { op: 'selisih', of: [{ source: 'hitung', cell: at(c.sheet, c.cell) }, { source: 'hitung', cell: at(earlier.v.sheet, earlier.v.cell) }] }, formatId(diff.abs(), 2));
    return isi(KALIMAT.capaianBerubah, { tahunLalu, arah: diff.isPositive() ? ARAH.naik : ARAH.turun, selisih, capaianLalu, capaianKini });
  }
  // Only an earlier realisasi column (e.g. "Realisasi 2022"): compare realisasi in its own unit.
  const real = rv.cells.realisasi;
  const prev = Object.entries(rv.cells)
    .map(([role, vc]) => ({ m: /^realisasi_(\d{4})$/.exec(role), role, vc }))
    .filter(x => x.m && isNum(x.vc) && (year === undefined || Number(x.m[1]) < year))
    .sort((a, b) => Number(b.m![1]) - Number(a.m![1]))[0];
  if (!prev || !isNum(real) || !isNum(prev.vc)) return '';
  const unit = unitOf(tv, rv, real, 'realisasi');
  const prevUnit = unitOf(tv, rv, prev.vc, prev.role) || unit;
  const tahunLalu = n.tahun(Number(prev.m![1]));
  const periodeKini = year ? isi(PERIODE.tahunKini, { tahun: n.tahun(year) }) : PERIODE.tahunIni;
  const diff = real.value.minus(prev.vc.value);
  if (diff.isZero()) {
    return isi(KALIMAT.realisasiSama, { periodeKini, tahunLalu, realisasiKini: n.sel(real, 'realisasi', unit) });
  }
  const realisasiLalu = n.sel(prev.vc, 'realisasi', prevUnit);
  const places = Math.max(real.decimals, prev.vc.decimals);
  const shown = formatId(roundHalfUp(diff.abs(), places), places);
  const selisih = n.turunan(diff.abs(), 'selisih_realisasi', { op: 'selisih', of: [{ source: 'sel', cell: at(real.sheet, real.addr) }, { source: 'sel', cell: at(prev.vc.sheet, prev.vc.addr) }] }, shown);
  const satuanSelisih = unit === '%' ? ' poin persentase' : unit ? ` ${unit}` : '';
  return isi(KALIMAT.realisasiBerubah, { tahunLalu, realisasiLalu, periodeKini, arah: diff.isPositive() ? ARAH.naik : ARAH.turun, selisih, satuanSelisih });
}

function sasaranParagraph(ev: NarasiInput, tv: TableValues, g: Kelompok, year: number | undefined, opts: NarasiOptions, out: NarasiParagraph[]): void {
  if (g.capaian.length < 2 || !g.label) return;
  const cap = opts.capSebelumRataRata === undefined || opts.capSebelumRataRata === null ? null : new Dec(opts.capSebelumRataRata);
  const r = rataRataCapaian(g.capaian.map(c => c.value), cap);
  if (!r.ok) return;
  const n = new Angka();
  const of = g.capaian.map(c => ({ source: 'hitung' as const, cell: at(c.sheet, c.cell) }));
  const periode = year ? isi(PERIODE.tahun, { tahun: n.tahun(year) }) : '';
  const jumlah = n.turunan(new Dec(g.capaian.length), 'jumlah_indikator', { op: 'jumlah', of }, String(g.capaian.length));
  const rata = n.turunan(roundHalfUp(r.value, 2), 'rata_rata_capaian', { op: 'rata_rata', of }, formatPercentId(r.value, 2));
  const first = isi(g.sasaran ? KALIMAT.sasaran : KALIMAT.kelompok, { sasaran: g.label, periode, jumlah, rata, status: statusOf(r.value) });
  const cara = cap ? KALIMAT.caraRataRataDibatasi : KALIMAT.caraRataRata;
  out.push({
    sheet: tv.table.sheet,
    row: g.row,
    subject: g.label,
    text: join(first, kategoriKalimat(ev.scale, r.value), cara),
    numbers: n.list,
    kind: 'sasaran',
    cell: g.capaian[0].cell,
    tableId: tv.table.id,
  });
}

function rataRataParagraph(ev: NarasiInput, tv: TableValues, rv: RowValues, avg: ComputedValue, out: NarasiParagraph[]): void {
  const n = new Angka();
  const of = avg.inputs.map(cell => ({ source: 'hitung' as const, cell: at(avg.sheet, cell) }));
  const tabel = bersihkanLabel(tv.table.title || tv.table.sheet);
  const text = join(
    isi(KALIMAT.rataRataTabel, { jumlah: n.turunan(new Dec(avg.inputs.length), 'jumlah_indikator', { op: 'jumlah', of }, String(avg.inputs.length)), tabel, rata: n.persen(avg, 'rata_rata_capaian') }),
    kategoriKalimat(ev.scale, avg.value),
  );
  out.push({ sheet: tv.table.sheet, row: rv.row.row, subject: labelOf(rv) || 'Rata-rata capaian', text, numbers: n.list, kind: 'rata_rata', cell: avg.cell, tableId: tv.table.id });
}

// ---------------------------------------------------------------------------------------------
// Realisasi anggaran

function anggaran(tv: TableValues, values: ComputedValue[], out: NarasiParagraph[]): void {
  const t = tv.table;
  const year = tahunLaporan(t, tv);
  const totals = new Set<string>();
  const inSummary = summaryLevel(tv);
  for (const rv of tv.rows) {
    const kind = rv.row.kind;
    if (kind !== 'data' && kind !== 'total' && kind !== 'group') continue;
    if (!inSummary(rv)) continue;
    const pagu = rv.cells.pagu;
    const real = rv.cells.realisasi;
    if (!isNum(pagu) || !isNum(real)) continue;
    const uraian = labelOf(rv);
    if (!uraian && kind !== 'total') continue;
    if (kind === 'total') {
      // "BELANJA DAERAH" on top and "TOTAL" below with the same figures: say it once.
      const key = `${plain(pagu.value)}|${plain(real.value)}`;
      if (totals.has(key)) continue;
      totals.add(key);
    }
    const n = new Angka();
    const periode = year ? isi(PERIODE.tahunAnggaran, { tahun: n.tahun(year) }) : '';
    const jenisWord = JENIS_ANGGARAN[rv.row.level] ?? '';
    const jenis = jenisWord && uraian.toLowerCase().startsWith(jenisWord.trim()) ? '' : jenisWord;
    const paguOperand = { source: 'sel' as const, cell: at(pagu.sheet, pagu.addr) };
    const realOperand = { source: 'sel' as const, cell: at(real.sheet, real.addr) };
    if (!pagu.value.isPositive() || pagu.value.isZero()) {
      out.push({ sheet: t.sheet, row: rv.row.row, subject: uraian, text: isi(KALIMAT.anggaranTanpaPagu, { jenis, uraian, periode }), numbers: n.list, kind: 'anggaran', cell: pagu.addr, tableId: t.id });
      continue;
    }
    const paguText = n.rupiahSel(pagu, 'pagu');
    // The engine's percentage when it was taken against this pagu, else realisasi/pagu here.
    const stated = atRow(values, t.id, rv.index).find(v => v.metric === 'persen_anggaran' && v.inputs[0] === real.addr && v.inputs[1] === pagu.addr);
    let serapanText: string;
    if (stated) serapanText = n.persen(stated, 'persen_anggaran');
    else {
      const s = hitungSerapan(real.value, pagu.value);
      if (!s.ok) continue;
      serapanText = n.turunan(roundHalfUp(s.value, 2), 'persen_anggaran', { op: 'serapan', of: [realOperand, paguOperand] }, formatPercentId(s.value, 2));
    }
    const diff = pagu.value.minus(real.value);
    let text: string;
    if (diff.isZero()) {
      text = isi(KALIMAT.anggaranHabis, { jenis, uraian, periode, pagu: paguText, serapan: serapanText });
    } else if (diff.isNegative()) {
      const lebih = n.turunan(diff.abs(), 'lebih_pagu', { op: 'kurang', of: [realOperand, paguOperand] }, formatRupiah(diff.abs()));
      text = isi(KALIMAT.anggaranLebih, { jenis, uraian, periode, pagu: paguText, realisasi: n.rupiahSel(real, 'realisasi_anggaran'), serapan: serapanText, lebih });
    } else {
      const realText = n.rupiahSel(real, 'realisasi_anggaran');
      const sisaValue = atRow(values, t.id, rv.index).find(v => v.role === 'sisa' && v.inputs[0] === pagu.addr && v.inputs[1] === real.addr);
      const sisa = sisaValue ? n.rupiahHitung(sisaValue, 'sisa') : n.turunan(diff, 'sisa', { op: 'kurang', of: [paguOperand, realOperand] }, formatRupiah(diff));
      const slots = { jenis, uraian, periode, pagu: paguText, realisasi: realText, serapan: serapanText, sisa };
      text = kind === 'total' ? isi(KALIMAT.anggaranTotal, slots) : isi(KALIMAT.anggaran, slots);
    }
    out.push({ sheet: t.sheet, row: rv.row.row, subject: uraian || 'Total', text, numbers: n.list, kind: 'anggaran', cell: pagu.addr, tableId: t.id });
  }
}

// ---------------------------------------------------------------------------------------------
// Efisiensi

function definitionOf(c: ComputedValue): EfisiensiDefinition {
  const m = /^(sisa|selisih|rasio|pmk):/.exec(c.formula);
  return (m ? m[1] : 'selisih') as EfisiensiDefinition;
}

function efisiensi(tv: TableValues, values: ComputedValue[], out: NarasiParagraph[]): void {
  const t = tv.table;
  for (const c of values.filter(v => v.tableId === t.id && v.metric === 'efisiensi')) {
    const rv = rowAt(tv, c.rowIndex);
    if (!rv) continue;
    const subjek = labelOf(rv) || bersihkanLabel(t.title || t.sheet);
    const def = definitionOf(c);
    const definisi = EFISIENSI_DEFINITIONS[def].name;
    const rumus = RUMUS_EFISIENSI[def];
    const n = new Angka();
    const capCell = isNum(rv.cells.capaian) ? rv.cells.capaian : isNum(rv.cells.fisik) ? rv.cells.fisik : undefined;
    const namaCapaian = capCell && capCell === rv.cells.fisik ? NAMA_CAPAIAN.fisik : NAMA_CAPAIAN.capaian;
    const push = (text: string) => out.push({ sheet: t.sheet, row: rv.row.row, subject: subjek, text, numbers: n.list, kind: 'efisiensi', cell: c.cell, tableId: t.id });
    const capaianText = () => n.sel(capCell!, 'capaian_kinerja', '%');
    if (capCell && capCell.value.lt(HUNDRED)) {
      push(isi(KALIMAT.efisiensiTidakDapatDiklaim, { subjek, namaCapaian, capaian: capaianText() }));
      continue;
    }
    if (def === 'sisa') {
      const first = isi(KALIMAT.efisiensiSisa, { subjek, definisi, rumus, efisiensi: n.persen(c, 'efisiensi') });
      push(capCell ? first : join(first, isi(KALIMAT.efisiensiTanpaCapaian, { subjek })));
      continue;
    }
    if (!capCell) continue;
    const ser = isNum(rv.cells.serapan) ? rv.cells.serapan : isNum(rv.cells.persen) ? rv.cells.persen : undefined;
    let serapanText: string;
    if (ser) serapanText = n.sel(ser, 'persen_anggaran', '%');
    else if (isNum(rv.cells.pagu) && isNum(rv.cells.realisasi)) {
      const s = hitungSerapan(rv.cells.realisasi.value, rv.cells.pagu.value);
      if (!s.ok) continue;
      serapanText = n.turunan(roundHalfUp(s.value, 2), 'persen_anggaran', { op: 'serapan', of: [{ source: 'sel', cell: at(t.sheet, rv.cells.realisasi.addr) }, { source: 'sel', cell: at(t.sheet, rv.cells.pagu.addr) }] }, formatPercentId(s.value, 2));
    } else continue;
    const capaian = capaianText();
    if (def === 'rasio') {
      const makna = roundHalfUp(c.value, 2).gt(1) ? MAKNA_EFISIENSI.rasioDiAtas : MAKNA_EFISIENSI.rasioTidakDiAtas;
      push(isi(KALIMAT.efisiensiRasio, { subjek, namaCapaian, capaian, serapan: serapanText, definisi, rumus, efisiensi: n.angkaHitung(c, 'efisiensi'), makna }));
      continue;
    }
    const shown = roundHalfUp(c.value, 2);
    const makna = shown.isZero() ? MAKNA_EFISIENSI.selisihNol : shown.isPositive() ? MAKNA_EFISIENSI.selisihPositif : MAKNA_EFISIENSI.selisihNegatif;
    push(isi(KALIMAT.efisiensiSelisih, { subjek, namaCapaian, capaian, serapan: serapanText, definisi, rumus, efisiensi: n.angkaHitung(c, 'efisiensi'), makna }));
  }
}
