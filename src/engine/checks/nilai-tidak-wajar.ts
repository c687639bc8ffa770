import { lexicon } from '../../lexicon';
import { Dec } from '../decimal';
import { formatId } from '../number';
import { finding, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';
import type { Finding } from '../../model/report';

const HUNDRED = new Dec(100);
const SUSPICIOUS_CAPAIAN = new Dec(300);
const INDEX = lexicon.words.indexName;

/**
 * nilai_tidak_wajar: values that cannot be right — an index above 100, a negative realisasi or pagu,
 * and capaian far above target, the usual sign of quarterly values summed into an annual one.
 */
export const nilaiTidakWajar: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data') continue;
      for (const role of ['realisasi', 'pagu', 'target']) {
        const c = rv.cells[role];
        if (isNumber(c) && c.value.isNegative()) {
          out.push(finding('nilai_tidak_wajar', 'error', { sheet: c.sheet, addr: c.addr }, c.display, '', `Nilai ${role} negatif (${c.display}) tidak mungkin; periksa tanda minus atau tanda kurung.`));
        }
      }
      // An index (0–100) above its maximum: the realisasi of a realisation table, and the year's target
      // of a realisation table or a PK. The indicator's own name says it is an index.
      const indikator = rv.cells.indikator?.text || '';
      const label = INDEX.test(rv.row.label || '') ? rv.row.label : INDEX.test(indikator) ? indikator : '';
      if (!label) continue;
      const roles = tv.table.kind === 'realisasi_kinerja' ? ['realisasi', 'target'] : tv.table.kind === 'perjanjian_kinerja' ? ['target'] : [];
      for (const role of roles) {
        const c = rv.cells[role];
        if (!isNumber(c) || c.percent || !c.value.gt(HUNDRED)) continue;
        const what = role === 'target' ? 'Target indeks' : 'Nilai indeks';
        out.push(finding('nilai_tidak_wajar', 'error', { sheet: c.sheet, addr: c.addr }, c.display, '100', `${what} "${label.slice(0, 50)}" ${c.display} melebihi nilai maksimum 100.`));
      }
    }
  }
  for (const c of ctx.computed) {
    if (c.metric !== 'capaian_kinerja' || !c.value.gt(SUSPICIOUS_CAPAIAN)) continue;
    const realAddr = c.inputs[1];
    out.push(
      finding(
        'nilai_tidak_wajar',
        'info',
        { sheet: c.sheet, addr: realAddr },
        '',
        '',
        `Capaian ${formatId(c.value.toDecimalPlaces(2), 2)}% jauh di atas target; periksa apakah realisasi triwulan dijumlahkan padahal seharusnya nilai triwulan terakhir.`,
        c.inputs,
      ),
    );
  }
  return out;
};
