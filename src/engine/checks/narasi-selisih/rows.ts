/** The table rows a text may speak about: their recomputed figures and the numbers they may quote. */
import { atRow, type ComputedValue } from '../../compute';
import { serapan as computeSerapan } from '../../anggaran';
import type { Dec } from '../../decimal';
import { isNumber as isNum, type RowValues, type TableValues } from '../../../layout/table-values';
import { labelWords } from '../../narasi/prose';
import { reportYear } from '../../narasi/report-year';
import type { CheckContext } from '../context';

/** A table row a text may speak about: its recomputed figures and the numbers it may legitimately quote. */
export interface TextRow {
  tv: TableValues;
  rv: RowValues;
  label: string;
  words: string[];
  capaian?: ComputedValue;
  serapan?: { value: Dec; cells: string[] };
  /** Input cells and recomputed values of the row: a text quoting any of them is not contradicting it. */
  allowed: Dec[];
  /** Pagu and realisasi of budget rows, for recognising a sentence by its amounts. */
  rupiah: Dec[];
  /** This year's figures (capaian, serapan, pagu, realisasi). */
  current: Dec[];
  /** Figures of earlier-year columns, by year. */
  earlier: Map<number, Dec[]>;
  tahun?: number;
}


function labelOf(rv: RowValues): string {
  return (rv.row.label || rv.cells.indikator?.text || rv.cells.uraian?.text || '').replace(/\s+/g, ' ').trim();
}

export function rowsSpokenOf(ctx: CheckContext): TextRow[] {
  const out: TextRow[] = [];
  for (const tv of ctx.tables) {
    const kind = tv.table.kind;
    if (kind !== 'realisasi_kinerja' && kind !== 'realisasi_anggaran' && kind !== 'efisiensi') continue;
    const tahun = reportYear(tv.table, tv);
    const values = ctx.computed.filter(c => c.tableId === tv.table.id);
    const statedCells = new Set(values.map(c => c.cell));
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data' && rv.row.kind !== 'total' && rv.row.kind !== 'group') continue;
      const mine = atRow(values, tv.table.id, rv.index);
      const capaian = mine.find(c => c.metric === 'capaian_kinerja' && c.role === 'capaian');
      let serapan: TextRow['serapan'];
      const persen = mine.find(c => c.metric === 'persen_anggaran' && c.role === 'persen');
      const { pagu, realisasi } = rv.cells;
      if (persen) serapan = { value: persen.value, cells: [persen.cell] };
      else if (kind === 'realisasi_anggaran' && isNum(pagu) && isNum(realisasi)) {
        const s = computeSerapan(realisasi.value, pagu.value);
        if (s.ok) serapan = { value: s.value, cells: [realisasi.addr, pagu.addr] };
      }
      if (!capaian && !serapan) continue;
      const allowed: Dec[] = mine.map(c => c.value);
      const earlier = new Map<number, Dec[]>();
      for (const [role, vc] of Object.entries(rv.cells)) {
        if (!isNum(vc) || statedCells.has(vc.addr) || role === 'kategori') continue;
        allowed.push(vc.value);
        const y = /_(\d{4})$/.exec(role);
        if (y) earlier.set(Number(y[1]), [...(earlier.get(Number(y[1])) ?? []), vc.value]);
      }
      for (const c of mine) {
        const y = /_(\d{4})$/.exec(c.role);
        if (y) earlier.set(Number(y[1]), [...(earlier.get(Number(y[1])) ?? []), c.value]);
      }
      const rupiah = kind === 'realisasi_anggaran' ? [pagu, realisasi].filter(isNum).map(c => c.value).filter(v => v.gte(1000)) : [];
      const current = [capaian?.value, serapan?.value, ...rupiah].filter((x): x is Dec => !!x);
      const label = labelOf(rv);
      out.push({ tv, rv, label, words: labelWords(label), capaian, serapan, allowed, rupiah, current, earlier, tahun });
    }
  }
  return out;
}
