/**
 * Suggests an indicator's polarity from its name. Reports never state polarity (seed 002 scores
 * "Jumlah pengaduan masyarakat" 0/5 = 0% while praising zero complaints), so the tool proposes one,
 * always with its reason, and the user decides.
 */
import { lexicon } from '../lexicon';
import type { Polarity } from './capaian';

/**
 * Lower-is-better phrases (most specific first, so the reason names the phrase that matched) and the words that
 * turn a negative topic into a positive measure ("Persentase pengaduan yang ditindaklanjuti" counts good work):
 * both live in src/lexicon/lexicon.json ("polarity"), each with its source.
 */
const NEGATIVE = lexicon.polarity.negative;
const POSITIVE = lexicon.polarity.positive;

function normalize(name: string): string {
  return ' ' + name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/\s+/g, ' ').trim() + ' ';
}

export function suggestPolarity(indicatorName: string): { polarity: Polarity; keyword: string; reason: string } | undefined {
  const s = normalize(indicatorName);
  const found = NEGATIVE.find((n) => n.re.test(s));
  if (!found) return undefined;
  const neg = found.phrase;
  // A time ("rata-rata waktu penyelesaian tindak lanjut") is lower-is-better whatever work it times.
  const pos = found.measuresTime ? undefined : POSITIVE.find((p) => p.re.test(s));
  if (pos) {
    return {
      polarity: 'positif',
      keyword: pos.keyword,
      reason: `Nama indikator memuat "${neg}", tetapi juga "${pos.keyword}": yang diukur adalah upaya menangani atau mengurangi hal tersebut, sehingga semakin tinggi realisasi semakin baik (polaritas positif). Ini hanya saran; periksa kembali.`,
    };
  }
  return {
    polarity: 'negatif',
    keyword: neg,
    reason: `Nama indikator memuat "${neg}": semakin rendah realisasi semakin baik, sehingga disarankan polaritas negatif (capaian = (2 − realisasi/target)×100). Ini hanya saran; periksa kembali.`,
  };
}
