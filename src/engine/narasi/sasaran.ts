/**
 * Narasi of averages in a realisasi kinerja table: a sasaran's (or another group's) mean capaian, and the
 * table's own Rata-rata row.
 */
import type { ComputedValue } from '../compute';
import { rataRataCapaian } from '../capaian';
import { Dec } from '../decimal';
import { formatPercentId } from '../number';
import { roundHalfUp } from '../rounding';
import type { RowValues, TableValues } from '../../layout/table-values';
import { at, FigureLog } from './figures';
import { cleanLabel, join, kategoriSentence, labelOf, statusOf, type NarasiInput, type NarasiOptions, type NarasiParagraph } from './paragraph-parts';
import { fillSlots, KALIMAT, PERIODE } from './templates';

export interface IndikatorGroup {
  label: string;
  /** A sasaran (Sasaran column or "Sasaran …" row), or another heading row (seksi, pejabat). */
  sasaran: boolean;
  row: number;
  capaian: ComputedValue[];
}

export function sasaranParagraph(ev: NarasiInput, tv: TableValues, g: IndikatorGroup, year: number | undefined, opts: NarasiOptions, out: NarasiParagraph[]): void {
  if (g.capaian.length < 2 || !g.label) return;
  const cap = opts.capSebelumRataRata === undefined || opts.capSebelumRataRata === null ? null : new Dec(opts.capSebelumRataRata);
  const r = rataRataCapaian(g.capaian.map(c => c.value), cap);
  if (!r.ok) return;
  const n = new FigureLog();
  const of = g.capaian.map(c => ({ source: 'hitung' as const, cell: at(c.sheet, c.cell) }));
  const periode = year ? fillSlots(PERIODE.tahun, { tahun: n.year(year) }) : '';
  const jumlah = n.derived(new Dec(g.capaian.length), 'jumlah_indikator', { op: 'jumlah', of }, String(g.capaian.length));
  const rata = n.derived(roundHalfUp(r.value, 2), 'rata_rata_capaian', { op: 'rata_rata', of }, formatPercentId(r.value, 2));
  const first = fillSlots(g.sasaran ? KALIMAT.sasaran : KALIMAT.kelompok, { sasaran: g.label, periode, jumlah, rata, status: statusOf(r.value) });
  const cara = cap ? KALIMAT.caraRataRataDibatasi : KALIMAT.caraRataRata;
  out.push({
    sheet: tv.table.sheet,
    row: g.row,
    subject: g.label,
    text: join(first, kategoriSentence(ev.scale, r.value), cara),
    numbers: n.list,
    kind: 'sasaran',
    cell: g.capaian[0].cell,
    tableId: tv.table.id,
  });
}

export function rataRataParagraph(ev: NarasiInput, tv: TableValues, rv: RowValues, avg: ComputedValue, out: NarasiParagraph[]): void {
  const n = new FigureLog();
  const of = avg.inputs.map(cell => ({ source: 'hitung' as const, cell: at(avg.sheet, cell) }));
  const tabel = cleanLabel(tv.table.title || tv.table.sheet);
  const text = join(
    fillSlots(KALIMAT.rataRataTabel, { jumlah: n.derived(new Dec(avg.inputs.length), 'jumlah_indikator', { op: 'jumlah', of }, String(avg.inputs.length)), tabel, rata: n.percent(avg, 'rata_rata_capaian') }),
    kategoriSentence(ev.scale, avg.value),
  );
  out.push({ sheet: tv.table.sheet, row: rv.row.row, subject: labelOf(rv) || 'Rata-rata capaian', text, numbers: n.list, kind: 'rata_rata', cell: avg.cell, tableId: tv.table.id });
}

