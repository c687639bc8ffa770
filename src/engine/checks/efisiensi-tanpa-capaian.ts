import { efisiensiDapatDiklaim } from '../efisiensi';
import { finding, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';
import type { Finding } from '../../model/report';

/** efisiensi_tanpa_capaian: efficiency claimed while capaian kinerja is below 100% (SAKIP LKE rule). */
export const efisiensiTanpaCapaian: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    if (tv.table.kind !== 'efisiensi' || !tv.table.columns.capaian) continue;
    for (const rv of tv.rows) {
      const { capaian, efisiensi } = rv.cells;
      if (rv.row.kind !== 'data' || !isNumber(capaian) || !isNumber(efisiensi)) continue;
      if (!efisiensi.value.isPositive() || efisiensi.value.isZero()) continue;
      const ok = efisiensiDapatDiklaim(capaian.value);
      if (ok.ok) continue;
      out.push(finding('efisiensi_tanpa_capaian', 'warning', { sheet: efisiensi.sheet, addr: efisiensi.addr }, efisiensi.display, '', `Efisiensi ${efisiensi.display} diklaim padahal capaian kinerja ${capaian.display} di bawah 100%. ${ok.reason}`, [capaian.addr]));
    }
  }
  return out;
};
