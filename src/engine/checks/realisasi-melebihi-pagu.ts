import { lexicon } from '../../lexicon';
import { plain } from '../decimal';
import { finding, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';
import type { Finding } from '../../model/report';

const REVENUE = lexicon.words.revenue;
const SPENDING = lexicon.words.spending;

/** realisasi_melebihi_pagu: budget realisation above its pagu (an overspend the report must explain). */
export const realisasiMelebihiPagu: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    // Budget tables, and monev tables that carry the budget beside the indicators (realisasi anggaran).
    const money = tv.table.kind === 'realisasi_anggaran' ? 'realisasi' : tv.table.kind === 'realisasi_kinerja' && tv.table.columns.realisasi_anggaran ? 'realisasi_anggaran' : undefined;
    if (!money) continue;
    // Revenue above its target is good news, not an overspend: a table whose title or sheet names revenue
    // (and not spending too: an LRA of pendapatan and belanja keeps its belanja rows checked, by their codes).
    const named = `${tv.table.title ?? ''} ${tv.table.sheet}`;
    if (REVENUE.test(named) && !SPENDING.test(named)) continue;
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data' || (rv.row.code && /^4\./.test(rv.row.code))) continue;
      const pagu = rv.cells.pagu;
      const realisasi = rv.cells[money];
      if (!isNumber(pagu) || !isNumber(realisasi) || pagu.percent || realisasi.percent) continue;
      if (!realisasi.value.gt(pagu.value)) continue;
      out.push(
        finding(
          'realisasi_melebihi_pagu',
          'warning',
          { sheet: realisasi.sheet, addr: realisasi.addr },
          realisasi.display,
          plain(pagu.value),
          `Realisasi ${realisasi.display} melebihi pagu ${pagu.display}${rv.row.label ? ` pada "${rv.row.label.slice(0, 60)}"` : ''}; pastikan ada pergeseran anggaran atau perbaiki angkanya.`,
          [pagu.addr],
        ),
      );
    }
  }
  return out;
};
