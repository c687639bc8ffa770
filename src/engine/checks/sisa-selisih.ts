import type { CheckRule } from './context';
import { inputCells, statedMismatches } from './stated-vs-computed';

/** sisa_selisih: a stated sisa/selisih (or its percentage) differs from pagu − realisasi. */
export const sisaSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'sisa_selisih', ['sisa', 'persen_sisa'], (c, shown) => {
    if (c.role === 'lebih') {
      const [real, pagu] = inputCells(ctx, c);
      const calc = real && pagu ? `realisasi ${real.display} − pagu ${pagu.display} = ${shown}` : `${c.formula} memberi ${shown}`;
      return `Lebih/(kurang) tertulis ${c.stated!.display} tidak sesuai: ${calc}.`;
    }
    const selisih = c.role.includes('selisih');
    const what = c.role.startsWith('persen') ? `Persentase ${selisih ? 'selisih' : 'sisa anggaran'}` : selisih ? 'Selisih' : 'Sisa anggaran';
    const [base, real] = inputCells(ctx, c);
    const baseName = selisih && /target/.test(c.formula) ? 'target keuangan' : 'pagu';
    const calc = base && real
      ? c.metric === 'persen_sisa'
        ? `(${baseName} ${base.display} − realisasi ${real.display}) / ${baseName} × 100 = ${shown}%`
        : `${baseName} ${base.display} − realisasi ${real.display} = ${shown}`
      : `${c.formula} memberi ${shown}`;
    return `${what} tertulis ${c.stated!.display} tidak sesuai: ${calc}.`;
  });
