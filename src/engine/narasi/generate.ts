/**
 * Narasi: draft Bab III sentences from the engine's numbers, one paragraph per table row.
 *
 * Every figure placed in a sentence goes through FigureLog (figures.ts), which formats it in id-ID and records
 * where it came from: a cell read in the recognised tables ('sel'), a value the engine recomputed ('hitung'), a
 * difference, mean, percentage or count taken here from those ('turunan', with its operands), or a year
 * recognition read from a title or header ('tahun'). A sentence never states a number the workbook's
 * stated capaian/serapan/kategori columns hold: those may be wrong, the recomputed values are not.
 * Each kind of paragraph has its module (kinerja, sasaran, anggaran, efisiensi); the wording lives in templates.ts.
 */
import { anggaranParagraphs } from './anggaran';
import { efisiensiParagraphs } from './efisiensi';
import { kinerjaParagraphs } from './kinerja';
import type { NarasiInput, NarasiOptions, NarasiParagraph } from './paragraph-parts';

export type { NarasiMetric, NarasiNumber, NarasiOperand } from './figures';
export { type NarasiInput, type NarasiOptions, type NarasiParagraph } from './paragraph-parts';

/** Draft paragraphs for every recognised realisasi kinerja, realisasi anggaran and efisiensi table. */
export function generateNarasi(ev: NarasiInput, opts: NarasiOptions = {}): NarasiParagraph[] {
  const out: NarasiParagraph[] = [];
  for (const tv of ev.tables) {
    const kind = tv.table.kind;
    if (kind === 'realisasi_kinerja') kinerjaParagraphs(ev, tv, opts, out);
    if (kind === 'realisasi_anggaran') anggaranParagraphs(tv, ev.computed.values, out);
    if (kind === 'efisiensi' || (kind === 'realisasi_anggaran' && tv.table.columns.efisiensi)) efisiensiParagraphs(tv, ev.computed.values, out);
  }
  return out;
}
