import { recognise } from '../../src/layout/recognise';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid, type Raw } from '../helpers/grid';
import type { MergedArea } from '../../src/model/grid';

/**
 * Forms real offices print that the recogniser used to skip or misread: each is read from its header
 * words, its value types and the arithmetic between its columns, every value it carries is recomputed,
 * and the one planted wrong row of each relation is reported, not re-read.
 */

const L = (c: number) => (c <= 26 ? String.fromCharCode(64 + c) : 'A' + String.fromCharCode(64 + c - 26));
const cols = (t: { columns: Record<string, { col: number }> }) => Object.fromEntries(Object.entries(t.columns).map(([r, m]) => [r, L(m.col)]));
const merge = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

function check(sheets: { name: string; rows: Raw[][]; merges?: MergedArea[] }[]) {
  return evaluateWorkbook(book(...sheets.map(s => grid(s.name, s.rows, s.merges ?? []))), DEFAULT_SETTINGS);
}
type Ev = ReturnType<typeof check>;
const findings = (ev: Ev, rule: string) => ev.report.findings.filter(f => f.rule === rule).map(f => [f.cell, f.expected]);
const results = (ev: Ev, metric: string) => ev.report.results.filter(r => r.metric === metric).map(r => [r.cell, Number(r.value)]);

describe('several columns with the same header words: the combination the arithmetic supports', () => {
  // Interim report: the quarter's cumulative target and the realisasi s/d the quarter, beside the year's
  // target and the realisasi's numerator and denominator. H = G / D × 100; row 7 states 82,28 for 101,58.
  const rows: Raw[][] = [
    ['Sasaran Strategis', 'Indikator', 'Target 2021', 'Target Triwulan (kumulatif)', 'Realisasi Per Triwulan (kumulatif)', null, null, 'Capaian terhadap target'],
    [null, null, null, 'II', 'pembilang', 'penyebut', 'realisasi s/d Triwulan II', 's/d Triwulan II'],
    ['Meningkatnya kualitas pelayanan publik', 'Persentase desa yang menetapkan APBDes tepat waktu', 88.9, 82.5, 68, 80, 85, 103.03],
    [null, 'Persentase penyelesaian pengaduan yang ditindaklanjuti', 80.6, 77, 27, 34, 79.41, 103.13],
    [null, 'Persentase kepemilikan KTP elektronik', 75.3, 73, 128, 216, 59.26, 81.18],
    [null, 'Persentase aparatur yang mengikuti pelatihan', 88.6, 81, 260, 316, 82.28, 82.28],
  ];
  const ev = check([{ name: 'Interim', rows, merges: [merge(1, 5, 1, 7)] }]);

  it('the quarter target and the realisasi s/d the quarter are the ones H divides, and the wrong row is reported', () => {
    const t = ev.recognition.tables[0];
    expect(cols(t)).toMatchObject({ target: 'D', realisasi: 'G', capaian: 'H' });
    expect(results(ev, 'capaian_kinerja')).toEqual([['H3', 103.03], ['H4', 103.13], ['H5', 81.18], ['H6', 101.58]]);
    expect(findings(ev, 'capaian_selisih')).toEqual([['H6', '101.58']]);
  });
});

describe('targets of the Renstra, the Renja and the DPA side by side', () => {
  it("the DPA's target is the year's; the Renja's is the plan it fixed", () => {
    const rows: Raw[][] = [
      ['Indikator', 'Target RENSTRA', 'Target RENJA', 'Target DPA', 'Realisasi', 'Capaian (%)'],
      ['Indeks Kepuasan Masyarakat', 86.3, 86, 84, 86.27, 102.7],
      ['Persentase kepemilikan KTP elektronik', 100, 95, 95, 83.13, 87.51],
      ['Indeks Reformasi Birokrasi', 79.34, 74.34, 74.34, 64.23, 86.4],
    ];
    const t = recognise(book(grid('Kinerja', rows))).tables[0];
    expect(cols(t)).toMatchObject({ target_renstra: 'B', target: 'D', realisasi: 'E', capaian: 'F' });
  });
});

describe('an efisiensi table that carries its inputs', () => {
  // Capaian D = C / B × 100, serapan G = F / E × 100, efisiensi H = D − G. Row 5 states serapan 89,11
  // where 113.386.059 / 123.045.100 = 92,15.
  const rows: Raw[][] = [
    ['Analisis Efisiensi Penggunaan Anggaran'],
    ['Indikator Kinerja Utama', 'Kinerja', null, null, 'Anggaran', null, null, 'Efisiensi (%)'],
    [null, 'Target', 'Realisasi', '% Capaian', 'Pagu', 'Realisasi', '% Serapan'],
    ['Jumlah UMKM yang difasilitasi', 11, 12, 109.09, 224314700, 203543158, 90.74, 18.35],
    ['Jumlah rapat koordinasi lintas sektor', 24, 26, 108.33, 46413200, 37891736, 81.64, 26.69],
    ['Jumlah laporan keuangan yang disusun', 33, 35, 106.06, 123045100, 113386059, 89.11, 16.95],
    ['Jumlah dokumen perencanaan', 119, 128, 107.56, 570708500, 528361929, 92.58, 14.98],
  ];
  const ev = check([{ name: 'Efisiensi', rows, merges: [merge(2, 2, 2, 4), merge(2, 5, 2, 7)] }]);

  it('recomputes the capaian and the serapan, and reports the wrong serapan', () => {
    expect(ev.recognition.tables[0].kind).toBe('efisiensi');
    expect(results(ev, 'capaian_kinerja')).toEqual([['D4', 109.09], ['D5', 108.33], ['D6', 106.06], ['D7', 107.56]]);
    expect(results(ev, 'persen_anggaran')).toEqual([['G4', 90.74], ['G5', 81.64], ['G6', 92.15], ['G7', 92.58]]);
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['G6', '92.15']]);
  });
});

describe('"Kinerja | Keuangan | Rp." under one Realisasi, per year and per quarter', () => {
  // F and each quarter's "Keuangan" are realisasi anggaran / pagu × 100; row 10's TW II states 27,70
  // where 57.804.000 / 244.798.100 = 23,61.
  const rows: Raw[][] = [
    ['Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Target Kinerja dan Anggaran', null, 'Realisasi Total', null, null, 'Realisasi per Triwulan'],
    [null, null, 'Target', 'Pagu', 'Kinerja', 'Keuangan', 'Rp.', 'TW I', null, null, 'TW II'],
    [null, null, null, null, null, null, null, 'Kinerja', 'Keuangan', 'Rp.', 'Kinerja', 'Keuangan', 'Rp.'],
    ['Penyusunan Dokumen Perencanaan', 'Jumlah dokumen perencanaan', 38, 244798100, 12, 39.85, 97556000, 6, 16.24, 39752000, 6, 23.61, 57804000],
    ['Penyediaan Gaji dan Tunjangan ASN', 'Jumlah laporan keuangan', 46, 236345200, 16, 43.82, 103576000, 8, 27.81, 65716000, 8, 16.02, 37860000],
    ['Penyediaan Alat Tulis Kantor', 'Jumlah peserta pelatihan', 55, 494139700, 27, 36.73, 181481000, 12, 19.27, 95234000, 15, 17.45, 86247000],
    ['Penyediaan Jasa Komunikasi', 'Jumlah kelurahan yang difasilitasi', 68, 334014600, 27, 47.48, 158587000, 14, 27.02, 90253000, 13, 20.46, 68334000],
  ];
  rows[3][11] = 27.7;
  const merges = [merge(1, 3, 1, 4), merge(1, 5, 1, 7), merge(1, 8, 1, 13), merge(2, 8, 2, 10), merge(2, 11, 2, 13)];
  const ev = check([{ name: 'Monev', rows, merges }]);
  const t = ev.recognition.tables[0];

  it('reads Keuangan as the budget percentage and Kinerja as the realisasi of a monev table', () => {
    expect(t.kind).toBe('realisasi_kinerja');
    expect(cols(t)).toMatchObject({ target: 'C', pagu: 'D', realisasi: 'E', persen: 'F', realisasi_anggaran: 'G', persen_tw1: 'I', persen_tw2: 'L' });
  });
  it("recomputes the year's and each quarter's percentage and reports the wrong one", () => {
    expect(results(ev, 'persen_anggaran').map(x => x[0])).toEqual(['F4', 'I4', 'L4', 'F5', 'I5', 'L5', 'F6', 'I6', 'L6', 'F7', 'I7', 'L7']);
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['L4', '23.61']]);
  });
});

describe("polarity comes from the indicator's own name", () => {
  it('"Prevalensi stunting" beside its program is lower-is-better: 20 → 15 is 125, and a positive 75 is reported', () => {
    const rows: Raw[][] = [
      ['Program', 'Kegiatan', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian Kinerja (%)'],
      ['Program Penyelenggaraan Pemerintahan', 'Pelayanan Publik', 'Indeks Reformasi Birokrasi', 'Indeks', 83.28, 78.87, 94.7],
      ['Program Kesehatan Masyarakat', 'Penyelenggaraan Pelayanan Kecamatan', 'Prevalensi stunting', '%', 20, 15, 75],
      ['Program Pemberdayaan Masyarakat', 'Fasilitasi Penyusunan Program', 'Persentase pelayanan administrasi', '%', 71.3, 77.22, 108.3],
    ];
    const ev = check([{ name: 'Kinerja', rows }]);
    expect(results(ev, 'capaian_kinerja')).toEqual([['G2', 94.7], ['G3', 125], ['G4', 108.3]]);
    expect(findings(ev, 'capaian_selisih')).toEqual([['G3', '125.00']]);
  });
});

describe('a capaian triple repeated per quarter', () => {
  // Rencana B–E, realisasi F–I, capaian J–M; L4 states 26 where 26 / 30 = 86,67.
  const rows: Raw[][] = [
    ['Kegiatan', 'Rencana Kegiatan', null, null, null, 'Realisasi Kegiatan', null, null, null, 'Capaian Kinerja (%)'],
    [null, 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'],
    ['Jumlah UMKM yang difasilitasi', 21, 10, 8, 30, 22, 11, 6, 25, 104.76, 110, 75, 83.33],
    ['Jumlah kegiatan sosialisasi', 30, 13, 30, 8, 25, 10, 26, 9, 83.33, 76.92, 26, 112.5],
    ['Jumlah rapat koordinasi', 24, 28, 13, 30, 18, 22, 10, 22, 75, 78.57, 76.92, 73.33],
    ['Jumlah kelurahan yang difasilitasi', 19, 22, 8, 18, 17, 16, 9, 16, 89.47, 72.73, 112.5, 88.89],
  ];
  const ev = check([{ name: 'Triwulan', rows, merges: [merge(1, 2, 1, 5), merge(1, 6, 1, 9), merge(1, 10, 1, 13)] }]);

  it('reads each quarter as its own triple, recomputes every capaian and reports the wrong one', () => {
    const t = ev.recognition.tables[0];
    expect(cols(t)).toMatchObject({ target: 'B', realisasi: 'F', capaian: 'J', target_tw2: 'C', realisasi_tw2: 'G', capaian_tw2: 'K', capaian_tw4: 'M' });
    expect(results(ev, 'capaian_kinerja')).toHaveLength(16);
    expect(findings(ev, 'capaian_selisih')).toEqual([['L4', '86.67']]);
    expect(findings(ev, 'realisasi_triwulan_selisih')).toEqual([]);
  });
});

describe('a Renstra table of targets and pagu per year', () => {
  // Years typed as text over "Target | Rp"; the program's 2023 pagu states 12.271 where its kegiatan add to 12.321.
  const rows: Raw[][] = [
    ['Tabel 7.1 Program Pembangunan Daerah yang disertai Pagu Indikatif'],
    ['Program', 'Indikator Kinerja', '2022', null, '2023', null],
    [null, null, 'Target', 'Rp. (juta)', 'Target', 'Rp. (juta)'],
    ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 'Persentase kepemilikan KTP elektronik', 64, 8473, 66, 12271],
    ['Perencanaan, Penganggaran, dan Evaluasi Kinerja', 'Persentase pelayanan administrasi', 68, 2449, 71, 4980],
    ['Pengadaan Barang Milik Daerah Penunjang', 'Persentase kepemilikan KTP elektronik', 67, 2781, 69, 3270],
    ['Penyediaan Jasa Penunjang Urusan Pemerintahan', 'Persentase pelayanan administrasi', 81, 3243, 83, 4071],
  ];
  const ev = check([{ name: 'Renstra', rows, merges: [merge(2, 3, 2, 4), merge(2, 5, 2, 6)] }]);

  it('is a PK with a target and a pagu for every year; the program whose kegiatan do not add up is reported', () => {
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('perjanjian_kinerja');
    expect(t.headerRows).toEqual([2, 3]);
    expect(cols(t)).toMatchObject({ target_2022: 'C', pagu_2022: 'D', target: 'E', pagu: 'F' });
    expect(findings(ev, 'jumlah_selisih')).toEqual([['F4', '12321']]);
  });

  it('a column of rupiah is never a capaian, and the baseline is not one either', () => {
    const r: Raw[][] = [
      ['Indikator', 'Data Capaian pada Tahun Awal Perencanaan', 'Capaian Kinerja dan Kerangka Pendanaan', null],
      [null, null, 'Target', 'Rp'],
      ['Persentase kepemilikan KTP elektronik', 60, 70, 1617824100],
      ['Persentase aparatur yang mengikuti pelatihan', 55, 86, 683317400],
      ['Persentase pelayanan administrasi', 50, 70, 540628600],
    ];
    const t = recognise(book(grid('Renstra', r, [merge(1, 3, 1, 4)]))).tables[0];
    expect(cols(t)).toEqual(expect.objectContaining({ kondisi_awal: 'B', target: 'C', pagu: 'D' }));
    expect(t.columns.capaian).toBeUndefined();
    expect(t.kind).not.toBe('realisasi_kinerja');
  });
});

describe('the Permendagri 86/2017 evaluation form', () => {
  // K/Rp pairs: Target Renstra, Realisasi Renstra s.d. tahun lalu, Target Renja, Realisasi Triwulan 1–2,
  // Realisasi Renja, Realisasi Renstra s.d. tahun ini, Tingkat Capaian Renstra (%). W = U / E × 100;
  // row 6 states 100 where 20 / 25 = 80. Program I's Renja pagu states 983.757.200 for 984.457.200.
  const head1: Raw[] = ['No', 'Program/ Kegiatan', 'Indikator Kinerja Program (outcome)/Kegiatan(output)', 'Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra)', null,
    'Realisasi Capaian Kinerja Renstra PD sampai dengan tahun lalu (n-2)', null, 'Target Kinerja dan Anggaran Renja PD tahun berjalan yang dievaluasi', null,
    'Realisasi Kinerja Pada Triwulan (Rp)', null, null, null, 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi', null,
    'Realisasi Kinerja dan Anggaran Renstra PD s/d tahun 2024', null, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d tahun 2024 (%)', null];
  const head2: Raw[] = [null, null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', '1', null, '2', null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp'];
  const head3: Raw[] = [null, null, null, null, null, null, null, null, null, 'K', 'Rp', 'K', 'Rp'];
  const body: Raw[][] = [
    ['I', 'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN', 'Jumlah kegiatan terlaksana', 70, 4818418000, 42, 2565744190, 14, 983757200, 7, 450000000, 7, 428221078, 14, 878221078, 56, 3443965268, 80, 71.48],
    ['1', 'Koordinasi Penyelenggaraan Kegiatan', 'Jumlah peserta pelatihan aparatur', 50, 3346828000, 20, 1690148140, 10, 698711500, 5, 350000000, 3, 291766512, 8, 641766512, 28, 2331914652, 56, 69.68],
    ['2', 'Pembinaan Wawasan Kebangsaan', 'Jumlah arsip yang dikelola', 25, 1471590000, 15, 875596050, 5, 285745700, 2, 100000000, 3, 136454566, 5, 236454566, 20, 1112050616, 100, 75.57],
    ['II', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA', 'Jumlah kegiatan terlaksana', 100, 6436851000, 40, 3254657571, 20, 387633600, 10, 170000000, 11, 182176567, 21, 352176567, 61, 4296925695, 61, 66.76],
    ['1', 'Pembangunan Sarana dan Prasarana Kelurahan', 'Jumlah kelurahan yang difasilitasi', 25, 1488650000, 15, 753256900, 5, 286830400, 2, 130000000, 3, 137612763, 5, 267612763, 20, 1020869663, 80, 68.58],
    ['2', 'Fasilitasi Penyusunan Program Pembangunan', 'Jumlah sosialisasi peraturan daerah', 95, 477807000, 38, 239381307, 19, 100803200, 9, 40000000, 10, 44563804, 19, 84563804, 57, 323945111, 60, 67.8],
  ];
  const merges = [merge(1, 4, 1, 5), merge(1, 6, 1, 7), merge(1, 8, 1, 9), merge(1, 10, 1, 13), merge(2, 10, 2, 11), merge(2, 12, 2, 13), merge(1, 14, 1, 15), merge(1, 16, 1, 17), merge(1, 18, 1, 19)];
  const ev = check([{ name: 'Evaluasi Renja', rows: [head1, head2, head3, ...body], merges }]);
  const t = ev.recognition.tables[0];

  it("reads the three header rows; the year's roles are the Renja's and the Renstra's have their own", () => {
    expect(t.kind).toBe('realisasi_kinerja');
    expect(t.headerRows).toEqual([1, 2, 3]);
    expect(cols(t)).toMatchObject({
      target_renstra: 'D', pagu_renstra: 'E', realisasi_renstra_lalu: 'F', target: 'H', pagu: 'I',
      realisasi_tw1: 'J', realisasi_anggaran_tw1: 'K', realisasi_tw2: 'L', realisasi: 'N', realisasi_anggaran: 'O',
      realisasi_renstra: 'P', realisasi_anggaran_renstra: 'Q', capaian_renstra: 'R', persen_renstra: 'S',
    });
  });
  it('recomputes the Renstra capaian and budget share, and reports the wrong capaian and the wrong program pagu', () => {
    expect(results(ev, 'capaian_kinerja').map(x => x[0])).toEqual(['R4', 'R5', 'R6', 'R7', 'R8', 'R9']);
    expect(results(ev, 'persen_anggaran').map(x => x[0])).toEqual(['S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
    expect(findings(ev, 'capaian_selisih')).toEqual([['R6', '80.00']]);
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([]);
    expect(findings(ev, 'jumlah_selisih')).toEqual([['I4', '984457200']]);
  });
});

describe('a second capaian against the annual target', () => {
  it('"Target 2018 Pertahun | Persentase Capaian Pertahun" is recomputed from the same realisasi; the wrong row is reported', () => {
    const rows: Raw[][] = [
      ['Indikator', 'TW III', null, null, 'Target 2018', 'Persentase Capaian'],
      [null, 'Target', 'Realisasi', 'Capaian', 'Pertahun', 'Pertahun'],
      ['Persentase desa yang menetapkan APBDes', 87, 79.08, 90.9, 94.5, 83.68],
      ['Persentase pelayanan administrasi', 65.8, 68.96, 104.8, 72.1, 95.64],
      ['Persentase kepemilikan KTP elektronik', 86.3, 72.15, 83.6, 90.9, 97.37],
      ['Persentase aparatur terlatih', 70, 63, 90, 80, 78.75],
    ];
    const ev = check([{ name: 'Lampiran', rows, merges: [merge(1, 2, 1, 4)] }]);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'B', realisasi: 'C', capaian: 'D', target_tahunan: 'E', capaian_tahunan: 'F' });
    expect(results(ev, 'capaian_kinerja').filter(x => String(x[0]).startsWith('F'))).toEqual([['F3', 83.68], ['F4', 95.64], ['F5', 79.37], ['F6', 78.75]]);
    expect(findings(ev, 'capaian_selisih')).toEqual([['F5', '79.37']]);
  });
});

describe('numbered programs over kegiatan lettered A. to J.', () => {
  it('each program sums its own kegiatan: no finding on the last letter, and the wrong program is reported', () => {
    const kegiatan = (n: number, base: number) => 'ABCDEFGHIJ'.slice(0, n).split('').map((l, i) => [`${l}.`, `Kegiatan ${l}`, base + i * 1000000, base + i * 1000000 - 500000] as Raw[]);
    const a = kegiatan(10, 20000000);
    const b = kegiatan(3, 50000000);
    const sum = (xs: Raw[][], j: number) => xs.reduce((s, x) => s + (x[j] as number), 0);
    const rows: Raw[][] = [
      ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi'],
      ['1', 'Program Penunjang Urusan Pemerintahan', sum(a, 2), sum(a, 3)],
      ...a,
      ['2', 'Program Pemberdayaan Masyarakat', sum(b, 2) + 1000, sum(b, 3)],
      ...b,
    ];
    const ev = check([{ name: 'Anggaran', rows }]);
    expect(findings(ev, 'jumlah_selisih')).toEqual([[`C${13}`, String(sum(b, 2))]]);
  });
});

describe('two budget columns and several target years', () => {
  it('"Anggaran | Anggaran Perubahan": the changed budget is the pagu', () => {
    const rows: Raw[][] = [
      ['No.', 'Nama Sub Kegiatan', 'Anggaran', 'Anggaran Perubahan', 'Jml. Realisasi'],
      [1, 'Penyediaan Gaji dan Tunjangan ASN', 256864300, 260364300, 248205287],
      [2, 'Koordinasi dan Penyusunan Laporan', 677007600, 669757600, 582421208],
      [3, 'Pemeliharaan Gedung Kantor', 293383600, 286883600, 318440796],
    ];
    const ev = check([{ name: 'Bulanan', rows }]);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu_murni: 'C', pagu: 'D', realisasi: 'E' });
    expect(findings(ev, 'realisasi_melebihi_pagu').map(x => x[0])).toEqual(['E4']);
  });

  it("2024 | 2025 | 2026 targets: the year the workbook's titles name is this year's", () => {
    const targets: Raw[][] = [
      ['Sasaran', 'Indikator', 'Satuan', 'Kondisi Awal', '2024', '2025', '2026'],
      [null, null, null, null, 'TARGET', 'TARGET', 'TARGET'],
      ['Meningkatnya kualitas pelayanan publik', 'Persentase penyelesaian pengaduan', '%', 81.8, 86.9, 88, 89.5],
      [null, 'Indeks Kepuasan Masyarakat', 'Nilai', 80, 81, 82, 83],
    ];
    const wb = book(grid('PK', [['PERJANJIAN KINERJA'], ['TAHUN ANGGARAN 2025']]), grid('Renja', targets, [merge(1, 1, 2, 1)]));
    const t = recognise(wb).tables.find(x => x.sheet === 'Renja')!;
    expect(cols(t)).toMatchObject({ target_2024: 'E', target: 'F', target_2026: 'G', kondisi_awal: 'D' });
  });
});

describe('a monev table that carries the budget beside the indicators', () => {
  it('a realisasi anggaran above its pagu is reported, as in a budget table', () => {
    const rows: Raw[][] = [
      ['Kode', 'Sub Kegiatan', 'Target Kinerja', 'Realisasi Kinerja', 'Pagu Anggaran', 'Realisasi Anggaran'],
      ['7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 12, 12, 244798100, 225385610],
      ['7.01.01.2.01.0002', 'Penyediaan Jasa Komunikasi', 4, 4, 334014600, 348377227],
      ['7.01.01.2.01.0003', 'Pemeliharaan Gedung Kantor', 2, 1, 173754500, 143660220],
    ];
    const ev = check([{ name: 'Kegiatan', rows }]);
    expect(ev.recognition.tables[0].kind).toBe('realisasi_kinerja');
    expect(findings(ev, 'realisasi_melebihi_pagu')).toEqual([['F3', '334014600']]);
  });
});

describe('the kategori column in other words, or in none', () => {
  const scale: Raw[][] = [
    ['Tingkat Pencapaian ( % )', 'Kualifikasi'],
    ['90 – 100', 'Sangat baik'],
    ['75 – 89', 'Baik'],
    ['65 – 74', 'Cukup'],
    ['55 – 64', 'Kurang'],
    ['0 - 54', 'Sangat kurang'],
    [],
  ];
  it('"Kualifikasi" and "Sebutan" head the kategori; a wrong band is reported', () => {
    for (const word of ['Kualifikasi', 'Sebutan']) {
      const rows: Raw[][] = [
        ...scale,
        ['Kegiatan', 'Indikator', 'Target Kinerja', 'Realisasi Kinerja', 'Persentase', word],
        ['Perencanaan', 'Jumlah UMKM yang difasilitasi', 91, 86, 94.51, 'Sangat baik'],
        ['Administrasi Keuangan', 'Persentase realisasi fisik kegiatan', 62, 60.2, 97.1, 'Sangat baik'],
        ['Administrasi Kepegawaian', 'Persentase desa yang menetapkan APBDes', 81, 70.55, 87.1, 'Baik'],
        ['Fasilitasi Penyusunan Program', 'Jumlah dokumen kependudukan', 35, 32, 91.43, 'Baik'],
      ];
      const ev = check([{ name: 'Kinerja', rows }]);
      expect(cols(ev.recognition.tables[0])).toMatchObject({ kategori: 'F' });
      expect(findings(ev, 'kategori_selisih').map(x => x[0])).toEqual(['F12']);
    }
  });

  it('a headerless table: a column of band names beside the capaian is its kategori', () => {
    const rows: Raw[][] = [
      ['Capaian Indikator Kinerja Utama Tahun 2024'],
      ['Jumlah dokumen perencanaan dan pelaporan', 50, 48, 96, 'Sangat Tinggi'],
      ['Persentase pelayanan administrasi', 62, 52.14, 84.1, 'Tinggi'],
      ['Jumlah kelurahan yang difasilitasi', 117, 99, 84.62, 'Tinggi'],
      ['Jumlah kegiatan sosialisasi peraturan daerah', 120, 124, 103.33, 'Tinggi'],
      ['Indeks Reformasi Birokrasi', 72.4, 77.61, 107.2, 'Sangat Tinggi'],
    ];
    const ev = check([{ name: 'Data', rows }]);
    const t = ev.recognition.tables[0];
    expect(cols(t)).toMatchObject({ indikator: 'A', target: 'B', realisasi: 'C', capaian: 'D', kategori: 'E' });
    expect(findings(ev, 'kategori_selisih').map(x => x[0])).toEqual(['E5']);
  });
});

describe('"Koefisien / Volume" under a kinerja group', () => {
  it('is the K half of the group: target, realisasi and capaian, beside the budget; the wrong capaian is reported', () => {
    const rows: Raw[][] = [
      ['Kode', 'Nama Sub Kegiatan', 'Indikator', 'TARGET KINERJA', null, 'REALISASI KINERJA', null, 'CAPAIAN KINERJA', null],
      [null, null, null, 'ANGGARAN (Rp)', 'KOEFISIEN / VOLUME', 'ANGGARAN (Rp)', 'KOEFISIEN / VOLUME', 'ANGGARAN (%)', 'KOEFISIEN / VOLUME (%)'],
      ['7.01.04.2.01.0001', 'Penyusunan Dokumen Perencanaan', 'Persentase kepemilikan KTP elektronik', 244798100, 81.2, 230648769, 75.03, 94.22, 92.4],
      ['7.01.04.2.02.0002', 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah kegiatan pembinaan', 236345200, 57, 214176020, 58, 90.62, 101.75],
      ['7.01.04.2.01.0003', 'Penyediaan Alat Tulis Kantor', 'Indeks Reformasi Birokrasi', 494139700, 84.78, 462860656, 81.64, 93.67, 96.3],
      ['7.01.04.2.02.0004', 'Penyediaan Jasa Komunikasi', 'Jumlah desa yang dibina', 334014600, 13, 291728351, 12, 87.34, 113.88],
    ];
    const ev = check([{ name: 'Realisasi', rows, merges: [merge(1, 4, 1, 5), merge(1, 6, 1, 7), merge(1, 8, 1, 9)] }]);
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('realisasi_kinerja');
    expect(cols(t)).toMatchObject({ pagu: 'D', target: 'E', realisasi_anggaran: 'F', realisasi: 'G', persen: 'H', capaian: 'I' });
    expect(findings(ev, 'capaian_selisih')).toEqual([['I6', '92.31']]);
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([]);
  });
});

describe('an index target above its maximum', () => {
  it('is reported in a PK, by the indicator name beside the row label', () => {
    const rows: Raw[][] = [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target'],
      [1, 'Jumlah arsip yang dikelola', 'berkas', 59],
      [2, 'Nilai SAKIP Perangkat Daerah', 'Nilai', 70.12],
      [3, 'Indeks Kepuasan Masyarakat (IKM)', 'Nilai', 102.22],
      [4, 'Jumlah dokumen perencanaan', 'dokumen', 117],
    ];
    const ev = check([{ name: 'PK', rows }]);
    expect(ev.recognition.tables[0].kind).toBe('perjanjian_kinerja');
    expect(findings(ev, 'nilai_tidak_wajar')).toEqual([['D4', '100']]);
  });
});

describe('"Target | Capaian" where the capaian is an amount like its target', () => {
  it('written with the target\'s decimals row by row, it is the realisasi; an index realisasi above 100 is reported', () => {
    const n = (value: number, numFmt: string): Raw => ({ value, numFmt });
    const rows: Raw[][] = [
      ['No.', 'Indikator Kinerja Tambahan', 'Target', 'Capaian', 'Evaluasi/Tindak lanjut'],
      [1, 'Jumlah dokumen perencanaan dan pelaporan', n(31, '0'), n(23, '0'), '-'],
      [2, 'Jumlah rapat koordinasi lintas sektor', n(102, '0'), n(114, '0'), '-'],
      [3, 'Jumlah arsip yang dikelola', n(64, '0'), n(62, '0'), '-'],
      [4, 'Jumlah kelurahan yang difasilitasi', n(106, '0'), n(87, '0'), '-'],
      [5, 'Indeks Kepuasan Masyarakat (IKM)', n(91.61, '0.00'), n(104.79, '0.00'), '-'],
    ];
    const ev = check([{ name: 'Lampiran', rows }]);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'C', realisasi: 'D' });
    expect(ev.recognition.tables[0].columns.capaian).toBeUndefined();
    expect(findings(ev, 'nilai_tidak_wajar')).toEqual([['D6', '100']]);
  });
  it('a capaian in its own format stays the capaian', () => {
    const n = (value: number, numFmt: string): Raw => ({ value, numFmt });
    const rows: Raw[][] = [
      ['No.', 'Indikator', 'Target', 'Capaian'],
      [1, 'Jumlah dokumen perencanaan', n(100, '0'), n(95.5, '0.00')],
      [2, 'Jumlah rapat koordinasi', n(102, '0'), n(101.96, '0.00')],
      [3, 'Jumlah arsip yang dikelola', n(64, '0'), n(96.88, '0.00')],
      [4, 'Indeks Kepuasan Masyarakat', n(91.61, '0.00'), n(97.2, '0.00')],
    ];
    const t = recognise(book(grid('Lampiran', rows))).tables[0];
    expect(cols(t)).toMatchObject({ target: 'C', capaian: 'D' });
  });
});

describe('a rupiah budget headed "Target"', () => {
  it('is the pagu of a budget table; the wrong percentage is reported', () => {
    const rows: Raw[][] = [
      ['No', 'Program', 'Target', 'Realisasi', '%'],
      [1, 'Program Penunjang Urusan Pemerintahan', 4334331227, 4154843645, 95.86],
      [2, 'Program Penyelenggaraan Pemerintahan', 1500000000, 1350000000, 90],
      [3, 'Program Pemberdayaan Masyarakat', 250000000, 248500000, 98.4],
      [4, 'Program Koordinasi Ketentraman', 725000000, 700000000, 96.55],
    ];
    const ev = check([{ name: 'Anggaran', rows }]);
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('realisasi_anggaran');
    expect(cols(t)).toMatchObject({ pagu: 'C', realisasi: 'D', persen: 'E' });
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['E4', '99.40']]);
  });
});

describe('a column of numbers is never the name of its rows', () => {
  it('"Anggaran Perubahan / Rincian" over counts is not the uraian; the names stay in their own column', () => {
    const rows: Raw[][] = [
      ['No.', 'Komponen', 'Satuan', 'Anggaran Perubahan', null, null],
      [null, null, null, 'Rincian', 'Harga Satuan', 'Jumlah'],
      [1, 'Cetak spanduk', 'Lembar', 5, 64000, 320000],
      [2, 'Penggandaan dokumen', 'Lembar', 22, 314000, 6908000],
      [3, 'Kertas HVS 70 gr A4', 'Rim', 16, 250000, 4000000],
      [4, 'Tinta printer', 'Botol', 12, 328000, 3936000],
    ];
    const t = recognise(book(grid('DPA', rows, [merge(1, 4, 1, 6)]))).tables[0];
    expect(t.columns.uraian?.col).not.toBe(4);
    expect(t.rows.filter(r => r.kind === 'data').map(r => r.label)).toEqual(['Cetak spanduk', 'Penggandaan dokumen', 'Kertas HVS 70 gr A4', 'Tinta printer']);
  });
});

describe('a rincian belanja whose words name neither the volume nor the totals', () => {
  // Luwu Utara's "Rincian Anggaran Menu Kegiatan": "Anggaran Perubahan / Rincian" over counts, "Sub Total"
  // and "Jumlah Total" unknown to the vocabulary. I = G × H on every rincian line but row 10 (22 × 314.000
  // = 6.908.000, stated 6.918.000); J, filled only on the rekening lines, is the sum of the lines below
  // each; the JUMLAH row states 26.349.000 where the rekening add up to 23.359.000.
  const rows: Raw[][] = [
    ['No.', 'KOMPONEN RINCIAN MENU KEGIATAN', 'KOMPONEN PEMBIAYAAN', null, 'SATUAN', 'ANGGARAN MURNI', 'ANGGARAN PERUBAHAN', null, null, null],
    [null, null, 'KODE REKENING', 'DETAIL', null, null, 'RINCIAN', 'HARGA SATUAN', 'SUB TOTAL', 'JUMLAH TOTAL'],
    [null, 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', '5.1.02.01.01.0026', null, null, 7258000, null, null, null, 7238000],
    ['1', 'Cetak spanduk', null, 'Umum', 'Lembar', 320000, 5, 64000, 320000, null],
    ['2', 'Penggandaan dokumen', null, 'Umum', 'Lembar', 6938000, 22, 314000, 6918000, null],
    [null, 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', '5.1.02.01.01.0024', null, null, 11578000, null, null, null, 11628000],
    ['3', 'Kertas HVS 70 gr A4', null, 'Umum', 'Rim', 3990000, 16, 250000, 4000000, null],
    ['4', 'Tinta printer', null, 'Umum', 'Botol', 3916000, 12, 328000, 3936000, null],
    ['5', 'Map plastik', null, 'Umum', 'Buah', 3672000, 13, 284000, 3692000, null],
    [null, 'Belanja Jasa Tenaga Administrasi', '5.1.02.02.01.0026', null, null, 4483000, null, null, null, 4493000],
    ['6', 'Honorarium tenaga administrasi', null, 'Umum', 'OB', 3498000, 9, 392000, 3528000, null],
    ['7', 'Honorarium pengelola keuangan', null, 'Umum', 'OB', 985000, 5, 193000, 965000, null],
    [null, 'JUMLAH', null, null, null, 23319000, null, null, null, 26349000],
  ];
  const merges = [merge(1, 1, 2, 1), merge(1, 2, 2, 2), merge(1, 3, 1, 4), merge(1, 5, 2, 5), merge(1, 6, 2, 6), merge(1, 7, 1, 10)];
  const ev = check([{ name: 'DPA Rincian', rows, merges }]);

  it('reads the volume, the jumlah and the rekening pagu from the arithmetic', () => {
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('dpa');
    expect(cols(t)).toMatchObject({ koefisien: 'G', harga: 'H', jumlah: 'I', pagu: 'J', pagu_murni: 'F' });
    expect(t.notices?.join(' ')).toMatch(/hubungan antarangka/);
  });

  it('reports the wrong rincian line and the wrong JUMLAH, and no empty pagu on the rincian lines', () => {
    expect(ev.report.findings.filter(f => f.rule === 'rincian_selisih').map(f => f.cell)).toEqual(['I5']);
    expect(findings(ev, 'jumlah_selisih')).toContainEqual(['J13', '23359000']);
    expect(ev.report.findings.filter(f => f.rule === 'nilai_kosong')).toEqual([]);
  });
});

describe('two stages of spending over the same pagu', () => {
  // "% berdasarkan ttd Kontrak" = D / C × 100 and "% berdasarkan SP2D" = F / C × 100; sisa = C − F.
  // Row 5 states 88,93 where 442.071.501 / 508.537.800 = 86,93.
  const rows: Raw[][] = [
    ['Uraian', 'Alokasi Awal', 'Alokasi Akhir', 'Realisasi Pengadaan (sudah ttd kontrak) (Rp)', 'Realisasi (% berdasarkan ttd Kontrak)', 'REALISASI Pembayaran (SP2D) (Rp)', 'Realisasi (% berdasarkan SP2D)', 'Sisa Anggaran'],
    ['Penyediaan Jasa Pelayanan Umum Kantor', 74510900, 79260900, 79260900, 100, 76637364, 96.69, 2623536],
    ['Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 317939500, 313439500, 313439500, 100, 304255722, 97.07, 9183778],
    ['Penyusunan Dokumen Perencanaan Perangkat Daerah', 512287800, 508537800, 442071501, 88.93, 410084881, 80.64, 98452919],
    ['Pengadaan Kendaraan Dinas Operasional atau Lapangan', 165235300, 172235300, 151957968, 88.23, 150602546, 87.44, 21632754],
    ['Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 630806700, 634556700, 547922576, 86.35, 523826555, 82.55, 110730145],
  ];
  const ev = check([{ name: 'Realisasi Belanja', rows }]);

  it('gives each percentage its own amount: the contract stage and the SP2D realisasi', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'C', realisasi_kontrak: 'D', persen_kontrak: 'E', realisasi: 'F', persen: 'G', sisa: 'H' });
  });

  it('recomputes both percentages and reports only the wrong contract percentage', () => {
    expect(results(ev, 'persen_anggaran')).toEqual(expect.arrayContaining([['E4', 86.93], ['G4', 80.64], ['E2', 100], ['G6', 82.55]]));
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['E4', '86.93']]);
    expect(ev.report.findings.filter(f => f.rule === 'sisa_selisih')).toEqual([]);
  });
});

describe('spending stages: the money paid out (SP2D) is the realisasi', () => {
  // "Realisasi SPP | % SPP | Realisasi SP2D | % SP2D": the request to pay comes first, the payment is the
  // realisasi. Row 4 states an SP2D share of 86,30 where 339.908.399 / 389.356.700 = 87,30.
  const rows: Raw[][] = [
    ['Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Anggaran', 'Realisasi SPP', '% SPP', 'Realisasi SP2D', '% SP2D'],
    ['7.01.03.2.01.0001', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 824379600, 766508810, 92.98, 717704879, 87.06],
    ['7.01.03.2.02.0002', 'Koordinasi dan Penyusunan Laporan Keuangan', 411561700, 364753553, 88.63, 351062130, 85.3],
    ['7.01.03.2.03.0003', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 389356700, 350785467, 90.09, 339908399, 86.3],
    ['7.01.03.2.04.0004', 'Pemeliharaan/Rehabilitasi Gedung Kantor', 892445200, 849098332, 95.14, 791331158, 88.67],
  ];
  const ev = check([{ name: 'Rekap', rows }]);

  it('reads SPP as the earlier stage and SP2D as the realisasi, each with its percentage', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'C', realisasi_spp: 'D', persen_spp: 'E', realisasi: 'F', persen: 'G' });
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['G4', '87.30']]);
  });
});

describe('an amount beside the realisasi in words the vocabulary does not know', () => {
  // "Nominal | Realisasi SP2D": the realisasi stays within the nominal on most rows, so it is the pagu;
  // row 5 spends 172.452.377 of 156.065.500.
  const rows: Raw[][] = [
    ['Kode Kegiatan', 'Nama Kegiatan', 'Nominal', 'Realisasi SP2D', 'Sumber Dana'],
    ['7.01.03.2.01.0001', 'Penyediaan Gaji dan Tunjangan ASN', 734621200, 592325073, 'APBN'],
    ['7.01.03.2.02.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 488747200, 481464866, 'APBN'],
    ['7.01.03.2.03.0003', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 156065500, 172452377, 'APBN'],
    ['7.01.03.2.05.0005', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 634530300, 611243037, 'APBN'],
  ];
  const ev = check([{ name: 'MBG', rows }]);

  it('takes the nominal as the pagu, says so, and reports the realisasi above it', () => {
    const t = ev.recognition.tables[0];
    expect(cols(t)).toMatchObject({ pagu: 'C', realisasi: 'D' });
    expect(t.notices?.join(' ')).toMatch(/pagu = kolom C/);
    expect(ev.report.findings.filter(f => f.rule === 'realisasi_melebihi_pagu').map(f => f.cell)).toEqual(['D4']);
  });

  it('a column of amounts the realisasi does not stay within is not made its pagu', () => {
    const other = rows.map((r, i) => (i === 0 ? r : [r[0], r[1], Number(r[2]) / 10, r[3], r[4]]));
    const t = check([{ name: 'MBG', rows: other }]).recognition.tables[0];
    expect(t?.columns.pagu).toBeUndefined();
  });
});

describe('sub-headers under a group merged across columns', () => {
  // "Realisasi SP2D" over "s/d Bln Lalu | s/d Bln Ini": the figure up to this month is the realisasi.
  const rows: Raw[][] = [
    ['No', 'Nama Paket', 'Nilai Kontrak (Rp.)', 'Realisasi SP2D', null],
    [null, null, null, 's/d Bln Lalu', 's/d Bln Ini'],
    ['1', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 710140300, 461359120, 676479649],
    ['2', 'Penyediaan Alat Tulis Kantor', 880723400, 594780254, 855798927],
    ['3', 'Pemeliharaan/Rehabilitasi Gedung Kantor', 745591300, 458040892, 817913656],
    ['4', 'Penyediaan Bahan Logistik Kantor', 170376000, 110578453, 146267796],
  ];
  const ev = check([{ name: 'Kontrak', rows, merges: [merge(1, 1, 2, 1), merge(1, 2, 2, 2), merge(1, 3, 2, 3), merge(1, 4, 1, 5)] }]);

  it('reads both header rows; last month is its own role and this month is the realisasi', () => {
    const t = ev.recognition.tables[0];
    expect(t.headerRows).toEqual([1, 2]);
    expect(cols(t)).toMatchObject({ pagu: 'C', realisasi_lalu: 'D', realisasi: 'E' });
    expect(ev.report.findings.filter(f => f.rule === 'realisasi_melebihi_pagu').map(f => f.cell)).toEqual(['E5']);
  });
});

describe('a total row typed with spaces between its letters', () => {
  it('"J u m l a h" is the total, and its wrong pagu is reported', () => {
    const rows: Raw[][] = [
      ['Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      ['Penyediaan Gaji dan Tunjangan ASN', 734621200, 592325073, 80.63],
      ['Penyediaan Alat Tulis Kantor', 488747200, 481464866, 98.51],
      ['J u m l a h', 1233368400, 1073789939, 87.77],
    ];
    const ev = check([{ name: 'LRA', rows }]);
    expect(ev.recognition.tables[0].rows.map(r => r.kind)).toEqual(['data', 'data', 'total']);
    expect(findings(ev, 'jumlah_selisih')).toEqual([['B4', '1223368400']]);
  });
});

describe('physical and financial progress: Volume | Anggaran | Fisik | % | Keuangan | %', () => {
  // The volume planned has no harga or jumlah beside it: it is the target of the fisik achieved, and the
  // first % their ratio (row 5 states 37,00 where 37 / 48 × 100 = 77,08); "Rupiah Murni" merged across
  // the table heads the rows below it, it is no third header row. Row 7 states a budget share of 89,86
  // where 238.143.346 / 257.814.600 × 100 = 92,37.
  const rows: Raw[][] = [
    ['No', 'Sumber Dana', 'Volume', 'Anggaran (Rp)', 'Realisasi s.d Bulan Ini', null, null, null],
    [null, 'KRO / RO', null, null, 'Fisik', '%', 'Keuangan', '%'],
    ['Rupiah Murni'],
    ['1', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 37, 188672400, 40, 108.11, 155390588, 82.36],
    ['2', 'Penyediaan Gaji dan Tunjangan ASN', 48, 198107500, 37, 37, 170055478, 85.84],
    ['3', 'Penyediaan Alat Tulis Kantor', 120, 207145600, 106, 88.33, 181086683, 87.42],
    ['4', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 91, 257814600, 73, 80.22, 238143346, 89.86],
  ];
  const merges = [merge(1, 1, 2, 1), merge(1, 3, 2, 3), merge(1, 4, 2, 4), merge(1, 5, 1, 8), merge(3, 1, 3, 8)];
  const ev = check([{ name: 'Bulanan', rows, merges }]);

  it('reads the volume as the target, the fisik as its realisasi, and the money beside them as the budget', () => {
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('realisasi_kinerja');
    expect(t.headerRows).toEqual([1, 2]);
    expect(cols(t)).toMatchObject({ target: 'C', realisasi: 'E', capaian: 'F', pagu: 'D', realisasi_anggaran: 'G', persen: 'H' });
  });

  it('reports the wrong capaian and the wrong budget share', () => {
    expect(findings(ev, 'capaian_selisih')).toEqual([['F5', '77.08']]);
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['H7', '92.37']]);
  });
});

describe('the first of target, realisasi and capaian words heads the header', () => {
  it('"Realisasi Capaian" is the realisasi and "Tingkat Capaian (%)" the capaian; the wrong capaian is reported', () => {
    const rows: Raw[][] = [
      ['Indikator Kinerja', 'Target', 'Realisasi Capaian', 'Tingkat Capaian (%)'],
      ['Persentase desa yang menetapkan APBDes tepat waktu', 88.9, 85, 95.61],
      ['Persentase penyelesaian pengaduan yang ditindaklanjuti', 80.6, 79.41, 98.52],
      ['Persentase kepemilikan KTP elektronik', 75.3, 59.26, 88.7],
    ];
    const ev = check([{ name: 'Renja', rows }]);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'B', realisasi: 'C', capaian: 'D' });
    expect(findings(ev, 'capaian_selisih')).toEqual([['D4', '78.70']]);
  });

  it('"Rencana Tingkat Capaian (Target)" is the target of a PK', () => {
    const rows: Raw[][] = [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Rencana Tingkat Capaian (Target)'],
      ['1', 'Meningkatnya kualitas pelayanan publik', 'Nilai SAKIP Perangkat Daerah', 'Nilai', 74.83],
      ['2', null, 'Persentase kepemilikan KTP elektronik', '%', 95],
      ['3', null, 'Jumlah desa yang dibina', 'desa', 79],
    ];
    const t = recognise(book(grid('RKT', rows))).tables[0];
    expect(t.kind).toBe('perjanjian_kinerja');
    expect(cols(t)).toMatchObject({ target: 'E' });
  });

  it('a ratio stated in words ("Realisasi terhadap Target (%)") stays the capaian', () => {
    const rows: Raw[][] = [
      ['Indikator', 'Target', 'Realisasi', 'Realisasi terhadap Target (%)'],
      ['Indeks Kepuasan Masyarakat', 80, 82, 102.5],
      ['Persentase pelayanan administrasi', 90, 81, 90],
      ['Jumlah dokumen perencanaan', 12, 12, 100],
    ];
    expect(cols(recognise(book(grid('K', rows))).tables[0])).toMatchObject({ target: 'B', realisasi: 'C', capaian: 'D' });
  });
});

describe('a puskesmas PKP: Sasaran | Pencapaian | Cakupan (%)', () => {
  it('the numeric sasaran is the target, the pencapaian the realisasi, the cakupan the capaian; the wrong one is reported', () => {
    const rows: Raw[][] = [
      ['No', 'Kegiatan', 'Satuan', 'Sasaran', 'Pencapaian', 'Cakupan (%)'],
      ['1', 'Jumlah arsip yang dikelola', 'berkas', 31, 28, 90.32],
      ['2', 'Jumlah UMKM yang difasilitasi', 'unit usaha', 120, 115, 115],
      ['3', 'Jumlah rapat koordinasi', 'kali', 38, 40, 105.26],
      ['4', 'Jumlah laporan keuangan', 'laporan', 92, 83, 90.22],
      ['5', 'Jumlah peserta pelatihan', 'orang', 39, 31, 79.49],
      ['6', 'Jumlah kelurahan yang dibina', 'kelurahan', 54, 46, 85.19],
    ];
    const ev = check([{ name: 'PKP', rows }]);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'D', realisasi: 'E', capaian: 'F' });
    expect(findings(ev, 'capaian_selisih')).toEqual([['F3', '95.83']]);
  });
});

describe('kinerja and budget side by side, capaian first', () => {
  it('"Capaian Kinerja (%) | Target | Realisasi | Anggaran (Rp) | Realisasi Anggaran (Rp) | Serapan (%)" keeps each half apart', () => {
    const rows: Raw[][] = [
      ['Indikator Kinerja', 'Capaian Kinerja (%)', 'Target', 'Realisasi', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan Anggaran (%)'],
      ['Jumlah kelurahan yang dibina', 86.67, 120, 104, 331005100, 272483398, 82.32],
      ['Jumlah arsip yang dikelola', 91.8, 61, 56, 24629200, 22442127, 91.12],
      ['Jumlah UMKM yang difasilitasi', 105.88, 51, 54, 244961100, 211915847, 86.51],
      ['Jumlah dokumen kependudukan', 117.54, 10, 11, 367154700, 360325622, 98.14],
    ];
    const ev = check([{ name: 'Dekonsentrasi', rows }]);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ capaian: 'B', target: 'C', realisasi: 'D', pagu: 'E', realisasi_anggaran: 'F', persen: 'G' });
    expect(findings(ev, 'capaian_selisih')).toEqual([['B5', '110.00']]);
  });
});

describe('a budget table whose percentage is headed like a capaian', () => {
  it('"RKAP 2024 | Realisasi | Pencapaian (%)": the pencapaian is the budget percentage', () => {
    const rows: Raw[][] = [
      ['Uraian', 'RKAP 2024', 'Realisasi', 'Pencapaian (%)'],
      ['Pendapatan usaha', 734621200, 592325073, 80.63],
      ['Beban usaha', 488747200, 481464866, 98.51],
      ['Beban umum dan administrasi', 156065500, 147919877, 92.78],
      ['Pendapatan lain-lain', 634530300, 611243037, 96.33],
    ];
    const ev = check([{ name: 'Report', rows }]);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'B', realisasi: 'C', persen: 'D' });
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['D4', '94.78']]);
  });
});

describe('a change between two years is not an efisiensi', () => {
  // c = b − a holds as efisiensi = capaian − serapan does; the words and the years say it is a change.
  it('"Nilai 2021 | Nilai 2022 | Kenaikan/(Penurunan)" of a SAKIP evaluation gives no efisiensi finding', () => {
    const rows: Raw[][] = [
      ['No', 'Komponen yang Dinilai', 'Bobot', 'Nilai 2021', 'Nilai 2022', 'Kenaikan/(Penurunan)'],
      ['1', 'Perencanaan Kinerja', 30, 22.59, 21.93, -0.66],
      ['2', 'Pengukuran Kinerja', 25, 14.04, 15.31, 1.27],
      ['3', 'Pelaporan Kinerja', 15, 9.3, 10.26, 0.96],
      ['4', 'Evaluasi Internal', 10, 6.68, 7.01, 0.33],
      ['5', 'Capaian Kinerja', 20, 15.99, 15.84, -0.15],
    ];
    const ev = check([{ name: 'SAKIP', rows }]);
    expect(ev.recognition.tables.map(t => t.kind)).not.toContain('efisiensi');
    expect(ev.report.findings).toEqual([]);
  });

  it('"Komponen | 2019 | … | 2023 | Perubahan 2022-2023": the row of years is the header, not data', () => {
    const rows: Raw[][] = [
      ['Komponen', 2019, 2020, 2021, 2022, 2023, 'Perubahan 2022-2023'],
      ['Umur Harapan Hidup (tahun)', 72.51, 72.66, 72.75, 72.86, 72.99, 0.13],
      ['Harapan Lama Sekolah (tahun)', 13.09, 13.13, 13.21, 13.24, 13.32, 0.08],
      ['Rata-rata Lama Sekolah (tahun)', 8.91, 8.96, 9.04, 9.14, 9.22, 0.08],
      ['Indeks Pembangunan Manusia', 76.82, 77.18, 77.63, 78.11, 78.57, 0.46],
    ];
    const ev = check([{ name: 'IPM', rows }]);
    expect(ev.report.findings).toEqual([]);
  });
});
