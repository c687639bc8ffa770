import type { CheckRule } from './context';
import { inputsText, statedMismatches } from './stated-vs-computed';

/** sisa_selisih: a stated sisa/selisih (or its percentage) differs from pagu − realisasi. */
export const sisaSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'sisa_selisih', ['sisa', 'persen_sisa'], (c, shown) => {
    const what = c.role.startsWith('persen') ? 'Persentase ' + (c.role.includes('selisih') ? 'selisih' : 'sisa anggaran') : c.role === 'selisih' ? 'Selisih' : 'Sisa anggaran';
    const unit = c.metric === 'persen_sisa' ? '%' : '';
    return `${what} tertulis ${c.stated!.display} tidak sesuai: ${c.formula} dengan ${inputsText(ctx, c, [c.role.includes('selisih') ? 'dasar' : 'pagu', 'realisasi'])} memberi ${shown}${unit}.`;
  });
