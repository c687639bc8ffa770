import { guessRole } from '../../src/layout/roles';
import { splitCode, codeLevel, malformedCode } from '../../src/layout/codes';

describe('column roles from header words', () => {
  it.each([
    [['Pagu'], 'pagu'],
    [['Pagu Anggaran'], 'pagu'],
    [['Anggaran (Rp)'], 'pagu'],
    [['Jumlah Anggaran (Rp)'], 'pagu'],
    [['DPA'], 'pagu'],
    [['Pagu (Rp)', 'Setelah Perubahan'], 'pagu'],
    [['Pagu (Rp)', 'Sebelum Perubahan'], 'pagu_murni'],
    [['Pagu Sebelum Efisiensi'], 'pagu_murni'],
    [['Pagu Setelah Efisiensi'], 'pagu'],
    [['Realisasi'], 'realisasi'],
    [['Realisasi s/d TW IV 2023'], 'realisasi'],
    [['Realiasi (Rp).'], 'realisasi'],
    [['REALISASI ANGGARAN S.D 31 DESEMBER 2023', 'Rp'], 'realisasi'],
    [['REALISASI ANGGARAN S.D 31 DESEMBER 2023', '%'], 'persen'],
    [['Realisasi', 'Fisik (%)'], 'fisik'],
    [['Target s.d Tw IV', 'Keuangan (Rp)'], 'target_kas'],
    [['Capaian'], 'capaian'],
    [['Persentase Capaian'], 'capaian'],
    [['Capaian (%)'], 'capaian'],
    [['Capaian Tahun 2023 Target'], 'target'],
    [['% Efisiensi'], 'efisiensi'],
    [['% Keuangan'], 'serapan'],
    [['TOTAL SISA ANGGARAN', '%'], 'persen_sisa'],
    [['SELISIH', 'Rp'], 'selisih'],
    [['Kategori'], 'kategori'],
    [['Predikat Kinerja'], 'kategori'],
    [['Kategori Capaian'], 'kategori'],
    [['Satuan'], 'satuan'],
    [['Kode'], 'kode'],
    [['Kode Rekening'], 'kode'],
    [['Uraian'], 'uraian'],
    [['PROGRAM /KEGIATAN/SUB KEGIATAN'], 'uraian'],
    [['Kode / Uraian Program/Kegiatan/Sub Kegiatan'], 'uraian'],
    [['Indikator Kinerja'], 'indikator'],
    [['Indikator Sasaran'], 'indikator'],
    [['Sasaran Strategis'], 'sasaran'],
    [['Uraian Sasaran Strategis'], 'sasaran'],
    [['No.'], 'no'],
  ])('%j is %s', (parts, role) => {
    expect(guessRole(parts as string[])?.role).toBe(role);
  });

  it('keeps the year of a header for earlier-year columns', () => {
    expect(guessRole(['Tahun 2019', 'Target'])).toMatchObject({ role: 'target', year: 2019 });
    expect(guessRole(['Realisasi Tahun 2022'])).toMatchObject({ role: 'realisasi', year: 2022 });
  });
});

describe('Permendagri 90 codes', () => {
  it('splits a SIPD name cell into code and name', () => {
    expect(splitCode('7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan')).toEqual({ code: '7.01.01.2.01.0001', rest: 'Penyusunan Dokumen Perencanaan' });
    expect(splitCode('1.1 Indeks Kepuasan').code).toBeUndefined();
  });
  it.each([
    ['7.01.01', 'program'],
    ['7.01.01.2.01', 'kegiatan'],
    ['7.01.01.2.01.0001', 'sub_kegiatan'],
    ['7.01.01.2.01.01', 'sub_kegiatan'],
    ['5.1.02.01.01.0024', 'rekening'],
  ])('%s is a %s', (code, level) => expect(codeLevel(code)).toBe(level));
  it('reports a malformed sub kegiatan tail', () => {
    expect(malformedCode('7.01.01.2.01.001')).toMatch(/2 atau 4 digit/);
    expect(malformedCode('7.01.01.2.01.0013')).toBeUndefined();
  });
});
