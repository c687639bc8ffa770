import type { CheckRule } from './context';
import { statedMismatches } from './stated-vs-computed';

/**
 * realisasi_triwulan_selisih (added by this tool): the annual realisasi differs from its quarters
 * aggregated by indicator type — most often a percentage or index whose quarters were summed.
 */
export const realisasiTriwulan: CheckRule = ctx =>
  statedMismatches(ctx, 'realisasi_triwulan_selisih', ['realisasi_tahunan'], (c, shown) =>
    `Realisasi tahunan tertulis ${c.stated!.display} tidak sesuai dengan realisasi per triwulan: ${c.formula} memberi ${shown}.`,
  );
