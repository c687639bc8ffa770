/**
 * Suggests an indicator's polarity from its name. Reports never state polarity (seed 002 scores
 * "Jumlah pengaduan masyarakat" 0/5 = 0% while praising zero complaints), so the tool proposes one,
 * always with its reason, and the user decides.
 */
import type { Polarity } from './capaian';

/** Lower-is-better words, most specific first so the reason names the phrase that matched. */
const NEGATIVE: string[] = [
  'angka kemiskinan',
  'penduduk miskin',
  'tingkat pengangguran',
  'angka kematian',
  'angka kesakitan',
  'angka putus sekolah',
  'putus sekolah',
  'buta aksara',
  'prevalensi',
  'stunting',
  'gizi buruk',
  'gizi kurang',
  'waktu penyelesaian',
  'lama waktu',
  'rata rata waktu',
  'waktu tunggu',
  'waktu tanggap',
  'jumlah hari',
  'keterlambatan',
  'indeks gini',
  'rasio gini',
  'kemiskinan',
  'pengangguran',
  'kematian',
  'pengaduan',
  'pelanggaran',
  'kasus',
  'kecelakaan',
  'kebakaran',
  'tunggakan',
  'temuan',
  'penyakit',
  'kerugian',
  'kriminalitas',
  'tindak pidana',
  'kawasan kumuh',
  'permukiman kumuh',
  'genangan',
  'inflasi',
  'sengketa',
  'konflik',
];

/**
 * Words that turn a negative topic into a positive measure: handling, resolving or reducing it.
 * "Persentase pengaduan yang ditindaklanjuti" counts good work, so higher is better.
 * "yang difasilitasi" is deliberately absent: the corpus scores "Jumlah pengaduan masyarakat yang di fasilitasi" as negative.
 */
const POSITIVE: [RegExp, string][] = [
  [/\bdi\s*tindak\s*lanjut(?:i)?\b/, 'ditindaklanjuti'],
  [/\btindak\s*lanjut\b/, 'tindak lanjut'],
  [/\b(?:di|ter)\s*selesai(?:kan)?\b/, 'diselesaikan'],
  [/\b(?<!waktu |lama |hari )penyelesaian\b/, 'penyelesaian'],
  [/\bdi\s*tangani\b|\btertangani\b/, 'ditangani'],
  [/\bpenanganan\b|\bpenanggulangan\b/, 'penanganan'],
  [/\bdi\s*ungkap\b|\bpengungkapan\b|\bterungkap\b/, 'diungkap'],
  [/\bdi\s*respon(?:s)?\b|\bdirespons\b/, 'direspons'],
  [/\bpenurunan\b|\bberkurangnya\b|\bpengurangan\b/, 'penurunan'],
  [/\bcakupan\b/, 'cakupan'],
  [/\bbebas\b/, 'bebas'],
  [/\bpencegahan\b/, 'pencegahan'],
];

function normalize(name: string): string {
  return ' ' + name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/\s+/g, ' ').trim() + ' ';
}

export function suggestPolarity(indicatorName: string): { polarity: Polarity; keyword: string; reason: string } | undefined {
  const s = normalize(indicatorName);
  const neg = NEGATIVE.find((kw) => new RegExp(`\\b${kw.replace(/ /g, '\\s')}`).test(s));
  if (!neg) return undefined;
  const pos = POSITIVE.find(([re]) => re.test(s));
  if (pos) {
    return {
      polarity: 'positif',
      keyword: pos[1],
      reason: `Nama indikator memuat "${neg}", tetapi juga "${pos[1]}": yang diukur adalah upaya menangani atau mengurangi hal tersebut, sehingga semakin tinggi realisasi semakin baik (polaritas positif). Ini hanya saran; periksa kembali.`,
    };
  }
  return {
    polarity: 'negatif',
    keyword: neg,
    reason: `Nama indikator memuat "${neg}": semakin rendah realisasi semakin baik, sehingga disarankan polaritas negatif (capaian = (2 − realisasi/target)×100). Ini hanya saran; periksa kembali.`,
  };
}
