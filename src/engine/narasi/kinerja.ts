/**
 * Narasi of a realisasi kinerja table: one paragraph per indikator (realisasi against target, kategori, polarity
 * and the comparison with an earlier year), walking the rows into sasaran groups for sasaran.ts.
 */
import { lexicon } from '../../lexicon';
import { atRow, type ComputedValue } from '../compute';
import { parseRangeTarget } from '../capaian';
import { plain } from '../decimal';
import { formatId } from '../number';
import { roundHalfUp } from '../rounding';
import type { RowValues, TableValues } from '../../layout/table-values';
import { at, FigureLog, withUnit } from './figures';
import { cleanLabel, join, kategoriSentence, labelOf, statusOf, unitOf, type NarasiInput, type NarasiOptions, type NarasiParagraph } from './paragraph-parts';
import { isNumber as isNum } from '../../layout/table-values';
import { rataRataParagraph, sasaranParagraph, type IndikatorGroup } from './sasaran';
import { ALASAN, ARAH, fillSlots, KALIMAT, PERIODE } from './templates';
import { reportYear } from './report-year';

export function kinerjaParagraphs(ev: NarasiInput, tv: TableValues, opts: NarasiOptions, out: NarasiParagraph[]): void {
  const t = tv.table;
  const values = ev.computed.values.filter(v => v.tableId === t.id);
  const year = reportYear(t, tv);
  let group: IndikatorGroup | undefined;
  const closeGroup = () => {
    if (group) sasaranParagraph(ev, tv, group, year, opts, out);
    group = undefined;
  };
  for (const rv of tv.rows) {
    if (rv.row.kind === 'group') {
      closeGroup();
      const prefix = lexicon.words.sasaranPrefix;
      const label = cleanLabel(rv.row.label.replace(prefix, ''));
      // "Sasaran …" rows, and sasaran worded as a result ("Meningkatnya …"); other headings (seksi, pejabat) are groups.
      const sasaran = prefix.test(rv.row.label) || lexicon.words.sasaranResult.test(label);
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
    const sasaran = cleanLabel(rv.cells.sasaran?.text ?? '');
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
  const n = new FigureLog();
  const target = rv.cells.target;
  const real = rv.cells.realisasi;
  // Rows are years (a Tahun column): the year is the row's own cell.
  const tahunSel = t.columns.tahun && isNum(rv.cells.tahun) && /^(19|20)\d\d$/.test(plain(rv.cells.tahun.value)) ? rv.cells.tahun : undefined;
  const label = labelOf(rv);
  if (!label && !tahunSel) return undefined;
  const periode = () => (year ? fillSlots(PERIODE.tahun, { tahun: n.year(year) }) : '');

  if (tahunSel) {
    // A yearly series of one indicator: the table is the subject, the row's year the period.
    if (!c || !isNum(target) || !isNum(real)) return undefined;
    const tabel = cleanLabel(rv.cells.indikator?.text || t.title || t.sheet);
    const text = join(
      fillSlots(KALIMAT.indikatorTahunan, {
        tabel,
        tahun: n.yearCell(tahunSel),
        realisasi: n.cell(real, 'realisasi', unitOf(tv, rv, real, 'realisasi')),
        target: n.cell(target, 'target', unitOf(tv, rv, target, 'target')),
        capaian: n.percent(c, 'capaian_kinerja'),
        status: statusOf(c.value),
      }),
      kategoriSentence(ev.scale, c.value),
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
    const text = fillSlots(KALIMAT.belumDapatDihitung, { indikator: label, periode: periode(), alasan });
    return { sheet: t.sheet, row: rv.row.row, subject: label, text, numbers: n.list, kind: 'indikator', cell: rv.cells.capaian.addr, tableId: t.id };
  }

  const realisasiText = isNum(real) ? n.cell(real, 'realisasi', unitOf(tv, rv, real, 'realisasi')) : '';
  let first: string;
  const per = periode();
  if (isNum(target)) {
    const targetText = n.cell(target, 'target', unitOf(tv, rv, target, 'target'));
    first = fillSlots(KALIMAT.indikator, { indikator: label, periode: per, realisasi: realisasiText, target: targetText, capaian: n.percent(c, 'capaian_kinerja'), status: statusOf(c.value) });
  } else {
    // A range target ("80–90"): its bounds as the engine's parser reads them from the cell text.
    const range = target && target.status === 'text' ? parseRangeTarget(target.text) : undefined;
    if (!range || !target) return undefined;
    const unit = unitOf(tv, rv, target, 'target');
    const from = { op: 'rentang' as const, of: [{ source: 'sel' as const, cell: at(t.sheet, target.addr) }] };
    first = fillSlots(KALIMAT.indikatorRentang, {
      indikator: label,
      periode: per,
      realisasi: realisasiText,
      targetBawah: n.derived(range.low, 'target', from, withUnit(formatId(range.low), unit)),
      targetAtas: n.derived(range.high, 'target', from, withUnit(formatId(range.high), unit)),
      capaian: n.percent(c, 'capaian_kinerja'),
      status: statusOf(c.value),
    });
  }
  const parts = [first, kategoriSentence(ev.scale, c.value)];
  if (c.polarity === 'negatif') parts.push(KALIMAT.polaritasNegatif);
  parts.push(comparison(tv, rv, c, values, year, n));
  return { sheet: t.sheet, row: rv.row.row, subject: label, text: join(...parts), numbers: n.list, kind: 'indikator', cell: c.cell, tableId: t.id };
}

/** The comparison with the latest earlier year the row has: capaian in points, else realisasi. */
function comparison(tv: TableValues, rv: RowValues, c: ComputedValue, values: ComputedValue[], year: number | undefined, n: FigureLog): string {
  const earlier = atRow(values, tv.table.id, rv.index)
    .filter(v => v.metric === 'capaian_kinerja' && /^capaian_\d{4}$/.test(v.role))
    .map(v => ({ v, y: Number(v.role.slice(-4)) }))
    .filter(x => year === undefined || x.y < year)
    .sort((a, b) => b.y - a.y)[0];
  if (earlier) {
    const kini = roundHalfUp(c.value, 2);
    const lalu = roundHalfUp(earlier.v.value, 2);
    const diff = kini.minus(lalu);
    const tahunLalu = n.year(earlier.y);
    if (diff.isZero()) return fillSlots(KALIMAT.capaianSama, { tahunLalu, capaianKini: n.percent(c, 'capaian_kinerja') });
    const capaianLalu = n.percent(earlier.v, 'capaian_kinerja');
    const capaianKini = n.percent(c, 'capaian_kinerja');
    const selisih = n.derived(diff.abs(), 'selisih_capaian', { op: 'selisih', of: [{ source: 'hitung', cell: at(c.sheet, c.cell) }, { source: 'hitung', cell: at(earlier.v.sheet, earlier.v.cell) }] }, formatId(diff.abs(), 2));
    return fillSlots(KALIMAT.capaianBerubah, { tahunLalu, arah: diff.isPositive() ? ARAH.naik : ARAH.turun, selisih, capaianLalu, capaianKini });
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
  const tahunLalu = n.year(Number(prev.m![1]));
  const periodeKini = year ? fillSlots(PERIODE.tahunKini, { tahun: n.year(year) }) : PERIODE.tahunIni;
  const diff = real.value.minus(prev.vc.value);
  if (diff.isZero()) {
    return fillSlots(KALIMAT.realisasiSama, { periodeKini, tahunLalu, realisasiKini: n.cell(real, 'realisasi', unit) });
  }
  const realisasiLalu = n.cell(prev.vc, 'realisasi', prevUnit);
  const places = Math.max(real.decimals, prev.vc.decimals);
  const shown = formatId(roundHalfUp(diff.abs(), places), places);
  const selisih = n.derived(diff.abs(), 'selisih_realisasi', { op: 'selisih', of: [{ source: 'sel', cell: at(real.sheet, real.addr) }, { source: 'sel', cell: at(prev.vc.sheet, prev.vc.addr) }] }, shown);
  const satuanSelisih = unit === '%' ? ' poin persentase' : unit ? ` ${unit}` : '';
  return fillSlots(KALIMAT.realisasiBerubah, { tahunLalu, realisasiLalu, periodeKini, arah: diff.isPositive() ? ARAH.naik : ARAH.turun, selisih, satuanSelisih });
}

