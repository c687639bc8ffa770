import { lexicon } from '../../lexicon';
import { classify, normalizeLabel, sameKategori, type KategoriScale } from '../kategori';
import { atRow } from '../compute';
import { fixed } from '../decimal';
import { formatId } from '../number';
import { finding, type CheckRule } from './context';
import type { Finding } from '../../model/report';

/**
 * Rank of a label written in another scale's vocabulary ("Sangat Baik" in a workbook judged on
 * Permendagri 86): 0 is the top band. The words are the lexicon's "kategoriRanks". Only used when the
 * stated label is not a label of the scale.
 */
function rankOfWord(label: string): number | undefined {
  const n = normalizeLabel(label);
  return lexicon.kategoriRanks.find(r => r.re.test(n))?.rank;
}

/** Position of a band from the top of the scale. */
function rankInScale(scale: KategoriScale, label: string): number {
  const order = [...scale.bands].sort((a, b) => {
    const av = a.min ?? a.max;
    const bv = b.min ?? b.max;
    return av && bv ? bv.cmp(av) : 0;
  });
  return order.findIndex(b => sameKategori(b.label, label));
}

/** kategori_selisih: the stated kategori/predikat is not the band of the recomputed capaian on the scale in use. */
export const kategoriSelisih: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    if (!tv.table.columns.kategori) continue;
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data') continue;
      const stated = rv.cells.kategori;
      if (!stated || !stated.text) continue;
      const c = atRow(ctx.computed, tv.table.id, rv.index).find(v => v.role === 'capaian');
      if (!c) continue;
      // Judge the capaian as the report shows it (2 decimals), not its unrounded tail.
      const shownValue = c.value.toDecimalPlaces(2);
      const k = classify(ctx.scale, shownValue);
      if (!k.label) continue;
      if (sameKategori(stated.text, k.label)) continue;
      const inScale = ctx.scale.bands.some(b => sameKategori(b.label, stated.text));
      if (!inScale) {
        const r = rankOfWord(stated.text);
        if (r === undefined || r === rankInScale(ctx.scale, k.label)) continue;
      }
      const gap = k.gap && k.note ? ` ${k.note}` : '';
      out.push(
        finding(
          'kategori_selisih',
          'error',
          { sheet: tv.table.sheet, addr: stated.addr },
          stated.text,
          k.label,
          `Kategori tertulis "${stated.text}" tidak sesuai: capaian ${formatId(shownValue, 2)}% termasuk "${k.label}" menurut ${ctx.scaleSource}.${gap}`,
          [c.cell],
        ),
      );
      void fixed;
    }
  }
  return out;
};
