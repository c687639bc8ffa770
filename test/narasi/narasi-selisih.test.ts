import * as fs from 'fs';
import * as path from 'path';
import { narasiSelisih } from '../../src/engine/checks/narasi-selisih';
import type { Finding } from '../../src/model/report';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import type { WorkbookData } from '../../src/model/grid';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { book, grid } from '../helpers/grid';
import { contextOf, CORPUS, corpusFiles, seedProseSheet } from './helpers';

const HEADER = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'];

/** A realisasi kinerja table of seed 000 rows with a Keterangan column, plus optional prose sheets. */
function kinerja(keterangan: Record<number, string>, prose: (string | null)[][] = []): WorkbookData {
  const rows = [
    ['Capaian Kinerja Sub Kegiatan Tahun 2021'],
    HEADER,
    [1, 'Jumlah Gedung Kantor dan Bangunan Lainnya yang dipelihara/direhabilitasi', 'Unit', 4, 3, 75, keterangan[1] ?? null],
    [2, 'Jumlah kendaraan dinas yang dipelihara dan dibayarkan pajaknya', 'Unit', 8, 10, 125, keterangan[2] ?? null],
    [3, 'Jumlah peralatan dan mesin lainnya yang dipelihara', 'Unit', 8, 8, 100, keterangan[3] ?? null],
  ];
  const sheets = [grid('Capaian Kinerja', rows)];
  if (prose.length) sheets.push(grid('Bab III', prose));
  sheets.push(
    grid('Lampiran', [
      ['Realisasi Anggaran Sub Kegiatan Tahun 2021'],
      ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Persentase (%)'],
      [1, 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Dinas', 32615000, 28664789, 87.89],
      [2, 'Pemeliharaan Peralatan dan Mesin Lainnya', 20300000, 19140000, 94.29],
    ]),
  );
  return book(...sheets);
}

function run(wb: WorkbookData, withWorkbook = true): Finding[] {
  const ev = evaluateWorkbook(wb, DEFAULT_SETTINGS);
  expect(ev.tables.map(t => t.table.kind)).toEqual(expect.arrayContaining(['realisasi_kinerja', 'realisasi_anggaran']));
  return narasiSelisih(contextOf(ev, withWorkbook ? wb : undefined));
}

describe('narasi_selisih on a keterangan column', () => {
  it('a keterangan saying "capaian 99,74%" on a row whose capaian is 75,00 is a warning on that cell', () => {
    const f = run(kinerja({ 1: 'Realisasi 3 unit atau mencapai 99,74% dari target sebanyak 4 unit.' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narasi_selisih', severity: 'warning', sheet: 'Capaian Kinerja', cell: 'G3', stated: '99,74%', expected: '75.00', related: ['F3'] });
    expect(f[0].message).toContain('Teks menyebut capaian 99,74% untuk “Jumlah Gedung Kantor');
    expect(f[0].message).toContain('padahal tabel menghitung 75,00%');
  });

  it('a correct keterangan is left alone, at any rounding the reports use', () => {
    expect(run(kinerja({ 1: 'Realisasi 3 unit atau mencapai 75% dari target.', 2: 'Capaian sebesar 125,00% karena ada tambahan kendaraan.', 3: 'Capaian 100 % sesuai target.' }))).toEqual([]);
  });

  it('a kategori word after "kategori" that is not the band of the recomputed capaian is a warning', () => {
    const f = run(kinerja({ 1: 'Capaian 75% termasuk kategori Sangat Tinggi.' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'G3', stated: 'Sangat Tinggi', expected: 'Sedang' });
    expect(f[0].message).toMatch(/capaian 75,00% termasuk “Sedang” menurut skala Permendagri 86\/2017/);
  });

  it('a kategori that agrees, or the same word used as an ordinary word, is not', () => {
    expect(run(kinerja({ 1: 'Capaian 75% termasuk kategori “Sedang”.', 3: 'Tingkat partisipasi tinggi sehingga target tercapai.' }))).toEqual([]);
  });

  it('percentages next to target, naik/turun, rata-rata or lebih dari are not taken for the capaian', () => {
    expect(
      run(kinerja({ 1: 'Target sebesar 90% belum tercapai; capaian naik sebesar 5% dibanding tahun lalu, rata-rata 80%, lebih dari 60% desa.' })),
    ).toEqual([]);
  });
});

describe('narasi_selisih on prose outside tables', () => {
  const cell = (s: string) => [s];

  it('a sentence naming an indikator with a wrong capaian is a warning on the prose cell', () => {
    const f = run(kinerja({}, [
      ['BAB III AKUNTABILITAS KINERJA'],
      cell('Dari sisi penggunaan dana, IKK “Jumlah peralatan dan mesin lainnya yang dipelihara” telah tercapai secara efisien. Kondisi ini terlihat dari capaian indikator kinerja Tahun 2021 sebesar 94.29%.'),
    ]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: 'Bab III', cell: 'A2', stated: '94.29%', expected: '100.00', related: ["Capaian Kinerja!F5"] });
  });

  it('a sentence that continues the subject of the cell (or heading) above it is read with that subject', () => {
    const f = run(kinerja({}, [
      ['Sasaran Sub kegiatan didukung satu IKK yaitu “Jumlah Gedung Kantor dan Bangunan Lainnya yang dipelihara/direhabilitasi” selama tahun anggaran berjalan.'],
      ['Realisasi output tahun 2021 sebanyak 3 unit atau mencapai 99,74% dari target sebanyak 4 unit Bangunan Gedung Kantor yang dipelihara.'],
      [null],
      ['Jumlah kendaraan dinas yang dipelihara dan dibayarkan pajaknya'],
      ['Realisasi output tahun 2021 sebanyak 10 unit atau mencapai 87.89% dari target sebanyak 8 unit pemeliharaan kendaraan dinas operasional.'],
    ]));
    expect(f.map(x => [x.cell, x.stated, x.expected])).toEqual([
      ['A2', '99,74%', '75.00'],
      ['A5', '87.89%', '125.00'],
    ]);
  });

  it('a sentence naming two indicators, or none, is not attributed to either', () => {
    expect(run(kinerja({}, [
      ['Indikator “Jumlah kendaraan dinas yang dipelihara dan dibayarkan pajaknya” dan “Jumlah peralatan dan mesin lainnya yang dipelihara” masing-masing mencapai 87,89%.'],
      ['Secara umum seluruh indikator kinerja sub kegiatan pada tahun 2021 telah mencapai 87,89% dari target yang ditetapkan dalam perjanjian kinerja.'],
    ]))).toEqual([]);
  });

  it('a budget sentence is recognised by its rupiah amounts: a wrong percentage or pagu is a warning, a right one is not', () => {
    const right = 'Realisasi indikator kinerja kegiatan didukung dengan dana sebesar Rp. 28.664.789,- atau 87.89% dari anggaran Tahun 2021 sebesar Rp. 32.615.000,-.';
    expect(run(kinerja({}, [[right]]))).toEqual([]);
    const f = run(kinerja({}, [['Realisasi indikator kinerja kegiatan didukung dengan dana sebesar Rp. 28.664.789,- atau 78,16% dari anggaran Tahun 2021 sebesar Rp. 31.615.000,-.']]));
    expect(f.map(x => [x.stated, x.expected])).toEqual([
      ['78,16%', '87.89'],
      ['31.615.000', '32615000'],
    ]);
    expect(f[1].message).toBe('Teks menyebut pagu Rp 31.615.000 untuk “Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Dinas” padahal tabel mencatat Rp 32.615.000.');
  });

  it('a year that is not the reporting year where the sentence speaks of this year is a warning', () => {
    const f = run(kinerja({}, [
      ['Realisasi indikator kinerja kegiatan didukung dengan dana sebesar Rp. 28.664.789,- atau 87.89% dari anggaran tahun 2020 sebesar Rp. 32.615.000,-.'],
      [null],
      [null],
      ['Capaian indikator “Jumlah peralatan dan mesin lainnya yang dipelihara” pada tahun ini (2020) sebesar 100% dan naik dibandingkan dengan capaian Tahun 2022.'],
    ]));
    expect(f.map(x => [x.cell, x.stated, x.expected])).toEqual([
      ['A1', '2020', '2021'],
      ['A4', '2020', '2021'],
      ['A4', '2022', '2021'],
    ]);
    expect(f[0].message).toContain('Teks menyebut angka 32.615.000 sebagai angka Tahun 2020');
  });

  it('a comparison with an earlier year is fine', () => {
    expect(run(kinerja({}, [[
      'Capaian indikator “Jumlah peralatan dan mesin lainnya yang dipelihara” Tahun 2021 sebesar 100% lebih tinggi dibandingkan dengan capaian Tahun 2020 sebesar 90,95%.',
    ]]))).toEqual([]);
  });

  it('reads no prose when the context has no workbook (keterangan only)', () => {
    expect(run(kinerja({}, [['Dari sisi penggunaan dana, IKK “Jumlah peralatan dan mesin lainnya yang dipelihara” mencapai capaian 94.29% pada tahun 2021.']]), false)).toEqual([]);
  });
});

describe('narasi_selisih on the corpus', () => {
  it.each(corpusFiles())('%s: no finding on a clean cell', async file => {
    const wb = await readXlsxFile(path.join(CORPUS, file));
    const ev = evaluateWorkbook(wb, DEFAULT_SETTINGS);
    const found = narasiSelisih(contextOf(ev, wb));
    const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, file.replace('.xlsx', '.expected.json')), 'utf8')) as { clean: { sheet: string; cell: string; allow?: string[] }[] };
    const onClean = found.filter(f => expected.clean.some(c => c.sheet === f.sheet && c.cell === f.cell && !(c.allow ?? []).includes(f.rule)));
    expect(onClean).toEqual([]);
    // The corpus holds tables only (no analysis prose): nothing to say at all.
    expect(found).toEqual([]);
  });

  it('seed 000 Bab III prose next to 000-V2: the audited text errors are found, the consistent sentences are not', async () => {
    const wb = await readXlsxFile(path.join(CORPUS, '000-V2.xlsx'));
    wb.sheets.push(seedProseSheet('000_869b2117cb3e23c9.txt', wb.sheets.length));
    const found = narasiSelisih(contextOf(evaluateWorkbook(wb, DEFAULT_SETTINGS), wb));
    const at = (cell: string) => found.filter(f => f.sheet === 'Bab III' && f.cell === cell).map(f => `${f.stated}→${f.expected}`);
    expect(at('A2374')).toEqual(['99,74%→75.00']); // "3 unit … 99,74% dari target 4"
    expect(at('A2330')).toEqual(['87.89%→125.00']); // "10 unit … 87.89% dari target 8"
    expect(at('A2162')).toEqual(['100%→131.26']); // overspend hidden in the prose
    expect(at('A2229')).toEqual(['426.954.700→436954700']); // pagu typo; its 76.25% is right
    expect(at('A2335')).toEqual(['2020→2021']); // this year's pagu quoted as 2020's
    expect(at('A1265')).toEqual(['2022→2021']); // "dibandingkan dengan realisasi Tahun 2022"
    expect(at('A1326')).toEqual([]); // 87.71%, kategori Sangat Berhasil: right on the workbook's own scale
    expect(found.every(f => f.rule === 'narasi_selisih' && f.severity === 'warning')).toBe(true);
  });

  it('seed 001 prose next to 001-V2: "terealisasi sebanyak 2.934 orang dengan capaian 100%" against 6.960 in the table', async () => {
    const wb = await readXlsxFile(path.join(CORPUS, '001-V2.xlsx'));
    wb.sheets.push(seedProseSheet('001_99eefb291cf1690c.txt', wb.sheets.length));
    const found = narasiSelisih(contextOf(evaluateWorkbook(wb, DEFAULT_SETTINGS), wb));
    expect(found.find(f => f.cell === 'A771')).toMatchObject({ stated: '2.934', expected: '6960' });
  });
});
