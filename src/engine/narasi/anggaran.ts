/**
 * Narasi of a realisasi anggaran table: pagu, realisasi, serapan and sisa (or the amount over pagu) for each
 * row at the summary level, a repeated total said once.
 */
import { atRow, type ComputedValue } from '../compute';
import { serapan as computeSerapan } from '../anggaran';
import { plain } from '../decimal';
import { formatPercentId, formatRupiah } from '../number';
import { roundHalfUp } from '../rounding';
import { summaryLevel, type TableValues } from '../../layout/table-values';
import { at, FigureLog } from './figures';
import { labelOf, type NarasiParagraph } from './paragraph-parts';
import { isNumber as isNum } from '../../layout/table-values';
import { fillSlots, JENIS_ANGGARAN, KALIMAT, PERIODE } from './templates';
import { reportYear } from './report-year';

export function anggaranParagraphs(tv: TableValues, values: ComputedValue[], out: NarasiParagraph[]): void {
  const t = tv.table;
  const year = reportYear(t, tv);
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
    const n = new FigureLog();
    const periode = year ? fillSlots(PERIODE.tahunAnggaran, { tahun: n.year(year) }) : '';
    const jenisWord = JENIS_ANGGARAN[rv.row.level] ?? '';
    const jenis = jenisWord && uraian.toLowerCase().startsWith(jenisWord.trim()) ? '' : jenisWord;
    const paguOperand = { source: 'sel' as const, cell: at(pagu.sheet, pagu.addr) };
    const realOperand = { source: 'sel' as const, cell: at(real.sheet, real.addr) };
    if (!pagu.value.isPositive() || pagu.value.isZero()) {
      out.push({ sheet: t.sheet, row: rv.row.row, subject: uraian, text: fillSlots(KALIMAT.anggaranTanpaPagu, { jenis, uraian, periode }), numbers: n.list, kind: 'anggaran', cell: pagu.addr, tableId: t.id });
      continue;
    }
    const paguText = n.rupiahCell(pagu, 'pagu');
    // The engine's percentage when it was taken against this pagu, else realisasi/pagu here.
    const stated = atRow(values, t.id, rv.index).find(v => v.metric === 'persen_anggaran' && v.inputs[0] === real.addr && v.inputs[1] === pagu.addr);
    let serapanText: string;
    if (stated) serapanText = n.percent(stated, 'persen_anggaran');
    else {
      const s = computeSerapan(real.value, pagu.value);
      if (!s.ok) continue;
      serapanText = n.derived(roundHalfUp(s.value, 2), 'persen_anggaran', { op: 'serapan', of: [realOperand, paguOperand] }, formatPercentId(s.value, 2));
    }
    const diff = pagu.value.minus(real.value);
    let text: string;
    if (diff.isZero()) {
      text = fillSlots(KALIMAT.anggaranHabis, { jenis, uraian, periode, pagu: paguText, serapan: serapanText });
    } else if (diff.isNegative()) {
      const lebih = n.derived(diff.abs(), 'lebih_pagu', { op: 'kurang', of: [realOperand, paguOperand] }, formatRupiah(diff.abs()));
      text = fillSlots(KALIMAT.anggaranLebih, { jenis, uraian, periode, pagu: paguText, realisasi: n.rupiahCell(real, 'realisasi_anggaran'), serapan: serapanText, lebih });
    } else {
      const realText = n.rupiahCell(real, 'realisasi_anggaran');
      const sisaValue = atRow(values, t.id, rv.index).find(v => v.role === 'sisa' && v.inputs[0] === pagu.addr && v.inputs[1] === real.addr);
      const sisa = sisaValue ? n.computedRupiah(sisaValue, 'sisa') : n.derived(diff, 'sisa', { op: 'kurang', of: [paguOperand, realOperand] }, formatRupiah(diff));
      const slots = { jenis, uraian, periode, pagu: paguText, realisasi: realText, serapan: serapanText, sisa };
      text = kind === 'total' ? fillSlots(KALIMAT.anggaranTotal, slots) : fillSlots(KALIMAT.anggaran, slots);
    }
    out.push({ sheet: t.sheet, row: rv.row.row, subject: uraian || 'Total', text, numbers: n.list, kind: 'anggaran', cell: pagu.addr, tableId: t.id });
  }
}
