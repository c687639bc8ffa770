import { generateNarasi, type NarasiParagraph } from '../../src/engine/narasi/generate';
import { ARAH, fillSlots, JENIS_ANGGARAN, KALIMAT, KETERANGAN_CELAH, MAKNA_EFISIENSI, NAMA_CAPAIAN, PERIODE, RUMUS_EFISIENSI, slotsOf, STATUS } from '../../src/engine/narasi/templates';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid } from '../helpers/grid';

/** Seed figures laid out the way the seed reports print them. */
const wb = book(
  grid('Capaian', [
    ['Tabel 1 Capaian IKU Sasaran Strategis Tahun 2021'],
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    // Seed 000: IKM 80,50 against 85 (the report printed 91,09); 5.562 of 7.417 guests (the report printed 5.562).
    [1, 'Meningkatnya kualitas pelayanan publik', 'Indeks Kepuasan Masyarakat (IKM)', 'Nilai', 85, { value: 80.5, numFmt: '0.00' }, 91.09],
    [2, null, 'Jumlah tamu yang difasilitasi kunjungannya', 'Orang', 7417, 5562, 5562],
  ]),
  grid('IKU', [
    ['Tabel 18. Realisasi Indikator Kinerja Utama Tahun 2022-2023'],
    ['Indikator', 'Target 2022', 'Realisasi 2022', 'Capaian 2022 (%)', 'Target 2023', 'Realisasi 2023', 'Capaian 2023 (%)'],
    // Seed 002 Tabel 18: 87,01/80 = 108,76 → 88,04/80 = 110,05.
    ['Tingkat kepuasan masyarakat terhadap pelayanan umum', 80, 87.01, 108.76, 80, 88.04, 110.05],
    // Seed 000: 99,97 → 87,50, printed as "menurun 12.47%".
    ['Persentase capaian kinerja pelayanan umum', 100, 99.97, 99.97, 100, 87.5, 87.5],
  ]),
  grid('Anggaran', [
    ['Tabel 19. Realisasi Anggaran Tahun Anggaran 2023'],
    ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Persentase (%)'],
    [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 10531067845, 9669023077, 91.81],
    [2, 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 1331446958, 1235922890, 92.83],
    [3, 'Penyediaan Bahan Logistik Kantor', 35034000, 45984000, 131.26],
    [null, 'JUMLAH', 11897548803, 10950929967, 92.04],
  ]),
  grid('Efisiensi', [
    ['Tabel 44. Efisiensi Sasaran Strategis Tahun 2023'],
    ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Efisiensi (%)'],
    [1, 'Meningkatnya kualitas layanan administrasi umum', 99.84, 91.53, 8.31],
    [2, 'Meningkatnya kualitas perencanaan dan pelaporan', 100, 95.48, 4.52],
  ]),
);

let paragraphs: NarasiParagraph[];
beforeAll(() => {
  paragraphs = generateNarasi(evaluateWorkbook(wb, DEFAULT_SETTINGS));
});
const about = (subject: RegExp) => {
  const p = paragraphs.find(x => subject.test(x.subject));
  if (!p) throw new Error(`tidak ada paragraf tentang ${subject}: ${paragraphs.map(x => x.subject).join(' | ')}`);
  return p.text;
};

describe('indikator sentences with seed figures', () => {
  it('seed 000: IKM 80,50 against 85 is 94,71%, below target, Sangat Tinggi on Permendagri 86', () => {
    const t = about(/Indeks Kepuasan/);
    expect(t).toContain('“Indeks Kepuasan Masyarakat (IKM)” pada Tahun 2021 adalah sebesar 80,50 dari target sebesar 85 atau capaian 94,71%');
    expect(t).toContain('belum mencapai target');
    expect(t).toContain('kategori “Sangat Tinggi”');
    expect(t).not.toContain('91,09');
  });

  it('seed 000: 5.562 of 7.417 orang is 74,99%, "belum mencapai target", never the printed 5.562 as capaian', () => {
    const t = about(/Jumlah tamu/);
    expect(t).toContain('sebesar 5.562 Orang dari target sebesar 7.417 Orang atau capaian 74,99%');
    expect(t).toContain('belum mencapai target');
    expect(t).toContain('kategori “Sedang”');
  });

  it('says melampaui / mencapai / belum mencapai by the exact capaian', () => {
    expect(about(/Tingkat kepuasan/)).toContain(STATUS.melampaui);
    expect(paragraphs.find(p => /mencapai target\./.test(p.text) && !/belum|melampaui|hampir/.test(p.text))).toBeUndefined();
  });
});

describe('comparison with the previous year', () => {
  it('seed 002: capaian rises by 1,29 poin persentase, from 108,76% to 110,05%', () => {
    expect(about(/Tingkat kepuasan/)).toContain('Dibandingkan dengan Tahun 2022, capaian indikator ini naik sebesar 1,29 poin persentase (dari 108,76% menjadi 110,05%).');
  });

  it('seed 000: a fall from 99,97% to 87,50% is 12,47 poin persentase, not "12.47%"', () => {
    const t = about(/^Persentase capaian kinerja pelayanan umum/);
    expect(t).toContain('turun sebesar 12,47 poin persentase (dari 99,97% menjadi 87,50%)');
    expect(t).not.toMatch(/turun sebesar 12,47%/);
  });
});

describe('sasaran, anggaran and efisiensi', () => {
  it('a sasaran is the plain average of its indicators: (94,71 + 74,99)/2 = 84,85%', () => {
    const t = about(/^Meningkatnya kualitas pelayanan publik$/);
    expect(t).toContain('diukur dengan 2 indikator kinerja dengan rata-rata capaian 84,85%');
    expect(t).toContain(KALIMAT.caraRataRata);
  });

  it('seed 002: pagu 11.862.514.803-style rows give serapan and sisa in rupiah', () => {
    const t = about(/Program Penunjang/);
    expect(t).toContain('sebesar Rp 10.531.067.845 terealisasi sebesar Rp 9.669.023.077 atau 91,81% dari pagu, dengan sisa anggaran sebesar Rp 862.044.768.');
    expect(about(/^JUMLAH$/)).toMatch(/^Secara keseluruhan, pagu anggaran/);
  });

  it('seed 000: realisasi above pagu (131,26%) is said as an overspend, not as sisa', () => {
    const t = about(/Bahan Logistik/);
    expect(t).toContain('atau 131,26% dari pagu; realisasi melampaui pagu sebesar Rp 10.950.000.');
    expect(t).not.toContain('sisa');
  });

  it('efisiensi is not claimed below 100% capaian (SAKIP), and is named by its definition otherwise', () => {
    const low = about(/layanan administrasi umum/);
    expect(low).toContain('capaian kinerja sebesar 99,84% masih di bawah seratus persen');
    expect(low).toContain('efisiensi belum dapat diklaim');
    expect(low).not.toContain('8,31');
    const ok = about(/perencanaan dan pelaporan/);
    expect(ok).toContain('efisiensi menurut definisi “Selisih capaian kinerja dan serapan anggaran” (capaian kinerja dikurangi serapan anggaran) adalah 4,52 poin persentase');
  });
});

describe('the templates themselves', () => {
  const all: Record<string, string> = {
    ...KALIMAT, ...PERIODE, ...STATUS, ...ARAH, ...MAKNA_EFISIENSI, ...RUMUS_EFISIENSI, ...NAMA_CAPAIAN, ...KETERANGAN_CELAH, ...JENIS_ANGGARAN,
  };

  it('hold no digit: every number in a sentence comes through a slot', () => {
    for (const [id, t] of Object.entries(all)) expect([id, /\d/.test(t)]).toEqual([id, false]);
  });

  it('name their slots in {braces}, and isi refuses a missing slot instead of printing a hole', () => {
    expect(slotsOf(KALIMAT.indikator)).toEqual(['indikator', 'periode', 'realisasi', 'target', 'capaian', 'status']);
    expect(() => fillSlots(KALIMAT.kategori, {})).toThrow(/kategori/);
    expect(fillSlots(KALIMAT.kategori, { kategori: 'Sangat Tinggi' })).toBe('Capaian tersebut termasuk kategori “Sangat Tinggi”.');
  });

  it('say a change of two percentages in poin persentase', () => {
    expect(KALIMAT.capaianBerubah).toContain('poin persentase');
    expect(KALIMAT.efisiensiSelisih).toContain('poin persentase');
  });
});
