/**
 * Narasi of efisiensi: the definition in use, its formula and what the figure means, and why efisiensi cannot
 * be claimed while capaian is under 100%.
 */
import type { ComputedValue } from '../compute';
import { serapan as computeSerapan } from '../anggaran';
import { HUNDRED } from '../decimal';
import { EFISIENSI_DEFINITIONS, type EfisiensiDefinition } from '../efisiensi';
import { formatPercentId } from '../number';
import { roundHalfUp } from '../rounding';
import { rowAt, type TableValues } from '../../layout/table-values';
import { at, FigureLog } from './figures';
import { cleanLabel, join, labelOf, type NarasiParagraph } from './paragraph-parts';
import { isNumber as isNum } from '../../layout/table-values';
import { fillSlots, KALIMAT, MAKNA_EFISIENSI, NAMA_CAPAIAN, RUMUS_EFISIENSI } from './templates';

function definitionOf(c: ComputedValue): EfisiensiDefinition {
  const m = /^(sisa|selisih|rasio|pmk):/.exec(c.formula);
  return (m ? m[1] : 'selisih') as EfisiensiDefinition;
}

export function efisiensiParagraphs(tv: TableValues, values: ComputedValue[], out: NarasiParagraph[]): void {
  const t = tv.table;
  for (const c of values.filter(v => v.tableId === t.id && v.metric === 'efisiensi')) {
    const rv = rowAt(tv, c.rowIndex);
    if (!rv) continue;
    const subjek = labelOf(rv) || cleanLabel(t.title || t.sheet);
    const def = definitionOf(c);
    const definisi = EFISIENSI_DEFINITIONS[def].name;
    const rumus = RUMUS_EFISIENSI[def];
    const n = new FigureLog();
    const capCell = isNum(rv.cells.capaian) ? rv.cells.capaian : isNum(rv.cells.fisik) ? rv.cells.fisik : undefined;
    const namaCapaian = capCell && capCell === rv.cells.fisik ? NAMA_CAPAIAN.fisik : NAMA_CAPAIAN.capaian;
    const push = (text: string) => out.push({ sheet: t.sheet, row: rv.row.row, subject: subjek, text, numbers: n.list, kind: 'efisiensi', cell: c.cell, tableId: t.id });
    const capaianText = () => n.cell(capCell!, 'capaian_kinerja', '%');
    if (capCell && capCell.value.lt(HUNDRED)) {
      push(fillSlots(KALIMAT.efisiensiTidakDapatDiklaim, { subjek, namaCapaian, capaian: capaianText() }));
      continue;
    }
    if (def === 'sisa') {
      const first = fillSlots(KALIMAT.efisiensiSisa, { subjek, definisi, rumus, efisiensi: n.percent(c, 'efisiensi') });
      push(capCell ? first : join(first, fillSlots(KALIMAT.efisiensiTanpaCapaian, { subjek })));
      continue;
    }
    if (!capCell) continue;
    const ser = isNum(rv.cells.serapan) ? rv.cells.serapan : isNum(rv.cells.persen) ? rv.cells.persen : undefined;
    let serapanText: string;
    if (ser) serapanText = n.cell(ser, 'persen_anggaran', '%');
    else if (isNum(rv.cells.pagu) && isNum(rv.cells.realisasi)) {
      const s = computeSerapan(rv.cells.realisasi.value, rv.cells.pagu.value);
      if (!s.ok) continue;
      serapanText = n.derived(roundHalfUp(s.value, 2), 'persen_anggaran', { op: 'serapan', of: [{ source: 'sel', cell: at(t.sheet, rv.cells.realisasi.addr) }, { source: 'sel', cell: at(t.sheet, rv.cells.pagu.addr) }] }, formatPercentId(s.value, 2));
    } else continue;
    const capaian = capaianText();
    if (def === 'rasio') {
      const makna = roundHalfUp(c.value, 2).gt(1) ? MAKNA_EFISIENSI.rasioDiAtas : MAKNA_EFISIENSI.rasioTidakDiAtas;
      push(fillSlots(KALIMAT.efisiensiRasio, { subjek, namaCapaian, capaian, serapan: serapanText, definisi, rumus, efisiensi: n.computedNumber(c, 'efisiensi'), makna }));
      continue;
    }
    const shown = roundHalfUp(c.value, 2);
    const makna = shown.isZero() ? MAKNA_EFISIENSI.selisihNol : shown.isPositive() ? MAKNA_EFISIENSI.selisihPositif : MAKNA_EFISIENSI.selisihNegatif;
    push(fillSlots(KALIMAT.efisiensiSelisih, { subjek, namaCapaian, capaian, serapan: serapanText, definisi, rumus, efisiensi: n.computedNumber(c, 'efisiensi'), makna }));
  }
}
