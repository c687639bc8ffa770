import data from '../../src/lexicon/lexicon.json';
import { compileLexicon, firstRule, lexicon, validateLexicon } from '../../src/lexicon';
import { guessRole, isHeaderWord } from '../../src/layout/roles';
import { words } from '../../src/layout/text';
import { suggestPolarity } from '../../src/engine/polarity';

/** A deep copy of the data file to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const copy = (): any => JSON.parse(JSON.stringify(data));

describe('lexicon.json, the data file', () => {
  it('is valid: every entry has its role, pattern and a known source; every pattern compiles', () => {
    expect(validateLexicon(data)).toEqual([]);
  });

  it('cites only sources it uses, and every source it cites has a description', () => {
    const cited = new Set<string>();
    JSON.stringify(data, (key, value) => {
      if (key === 'source') for (const s of Array.isArray(value) ? value : [value]) cited.add(s);
      return value;
    });
    expect([...cited].filter(s => !(s in data.sources))).toEqual([]);
    expect(Object.keys(data.sources).filter(s => !cited.has(s))).toEqual([]);
  });

  it('names the regulation or report for the words it was asked about', () => {
    const rule = (role: string, pattern: string) => data.headerRoles.find(r => r.role === role && r.pattern === pattern)!;
    expect(rule('pagu', '{{efisiensi}}').source).toContain('Inpres 1/2025');
    expect(rule('realisasi_tw{n}', 'realisasi|capaian').source).toContain('Permendagri 86/2017');
    expect(data.wordGroups.capaian.pattern).toContain('achievement');
    expect(data.wordGroups.capaian.source).toContain('English-language reports');
    expect(data.polarity.negative.find(p => p.phrase === 'pengaduan')!.source).toContain('seeds/002');
  });
});

describe('validation when loaded', () => {
  it('refuses an entry without a source', () => {
    const d = copy();
    delete d.headerRoles[0].source;
    expect(validateLexicon(d)).toEqual(['headerRoles[0] (no): no source']);
  });

  it('refuses a source that the sources list does not describe', () => {
    const d = copy();
    d.rows.total.words[1].source = ['seeds/999'];
    expect(validateLexicon(d)).toEqual(['rows.total.words[1]: unknown source "seeds/999"']);
  });

  it('refuses a pattern that does not compile, naming the entry', () => {
    const d = copy();
    d.headerRoles[3].pattern = '(kategori|predikat';
    const problems = validateLexicon(d);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^headerRoles\[3\] \(kategori\): pattern \/\(kategori\|predikat\/ does not compile/);
    expect(() => compileLexicon(d)).toThrow(/lexicon\.json tidak valid:\nheaderRoles\[3\] \(kategori\)/);
  });

  it('refuses the same pattern and conditions for two roles (the later one could never apply)', () => {
    const d = copy();
    const target = d.headerRoles.find((r: { role: string; scope: string }) => r.role === 'target' && r.scope === 'full');
    d.headerRoles.push({ ...target, role: 'pagu', label: 'pagu' });
    const problems = validateLexicon(d);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\(pagu\): same pattern and conditions as headerRoles\[\d+\] \(target\)/);
  });

  it('refuses an unknown word group, an unknown scope and a pattern that matches every header', () => {
    const d = copy();
    d.headerRoles[0].pattern = '{{nomor}}';
    d.headerRoles[1].scope = 'cell';
    d.headerRoles[2].pattern = 'x?';
    expect(validateLexicon(d)).toEqual([
      'headerRoles[0] (no): unknown word group {{nomor}}',
      'headerRoles[1] (kode): scope must be one of leaf, full, group',
      'headerRoles[2] (scale_range): pattern /x?/ matches empty text',
    ]);
  });

  it('refuses a polarity phrase that could never match a normalised indicator name', () => {
    const d = copy();
    d.polarity.negative[0].phrase = 'Angka-Kemiskinan';
    expect(validateLexicon(d)).toEqual(['polarity.negative[0]: "Angka-Kemiskinan" must be lower-case words separated by single spaces']);
  });

  it('a new entry in the data changes the reading without touching code', () => {
    const header = { leaf: 'sasaran tahunan', context: 'sasaran tahunan', full: 'sasaran tahunan', parent: '', percent: false };
    expect(firstRule('full', header)?.role).toBe('sasaran');
    const d = copy();
    d.headerRoles.splice(d.headerRoles.findIndex((r: { scope: string }) => r.scope === 'full'), 0, {
      role: 'target', scope: 'full', pattern: 'sasaran tahunan', score: 0.8, label: 'target tahunan', source: 'seeds/001',
    });
    expect(firstRule('full', header, compileLexicon(d))).toMatchObject({ role: 'target', label: 'target tahunan', source: ['seeds/001'] });
  });
});

describe('real header texts read through the lexicon', () => {
  it.each([
    // seed 001, Capaian Kinerja Sub Kegiatan s/d Triwulan IV 2023
    [['Realisasi s/d TW IV 2023'], 'realisasi', 'realisasi'],
    [['Capaian Tahun 2023', 'Target'], 'target', 'target'],
    [['Capaian Tahun 2023 Kategori'], 'kategori', 'kategori/predikat'],
    // seed 000, Tabel 13 and Lampiran 2
    [['Pagu Sebelum Perubahan (Rp)'], 'pagu_murni', 'pagu sebelum perubahan'],
    [['% Capaian 2021'], 'capaian', 'capaian'],
    // seed 002, realisasi anggaran and efisiensi
    [['Realiasi (Rp).'], 'realisasi', 'realisasi'],
    [['TOTAL SISA ANGGARAN', '%'], 'persen_sisa', 'persentase sisa anggaran'],
    [['Efisiensi (Rp)'], 'sisa', 'efisiensi dalam rupiah (sisa anggaran)'],
    [['% Efisiensi'], 'efisiensi', 'efisiensi'],
    [['Target s.d Tw IV', 'Fisik (%)'], 'target_fisik', 'target fisik'],
    // DPA sheets under Inpres 1/2025
    [['Pagu Sebelum Efisiensi'], 'pagu_murni', 'pagu sebelum efisiensi (pemotongan anggaran)'],
    [['Pagu Setelah Efisiensi'], 'pagu', 'pagu setelah efisiensi (pemotongan anggaran)'],
    // Permendagri 86/2017: "Tingkat Capaian (%)" is the capaian, a bare "Tingkat Capaian" names the band
    [['Tingkat Capaian (%)'], 'capaian', 'capaian'],
    [['Tingkat Capaian'], 'kategori', 'kategori/predikat'],
  ])('%j is %s, and the reason names "%s"', (parts, role, label) => {
    const g = guessRole(parts as string[]);
    expect(g?.role).toBe(role);
    expect(g?.reason).toBe(`judul kolom "${(parts as string[]).join(' / ')}" cocok dengan ${label}`);
  });

  it('keeps the year of "Realisasi s/d TW IV 2023" and reads the quarter only inside K/Rp groups', () => {
    expect(guessRole(['Realisasi s/d TW IV 2023'])).toMatchObject({ role: 'realisasi', year: 2023, score: 1 });
    // seed 002, Evaluasi Renja (Permendagri 86/2017): quarter groups with K and Rp halves
    expect(guessRole(['Realisasi Kinerja Triwulan IV', 'K'])).toMatchObject({ role: 'realisasi_tw4', pair: 'k', score: 0.9 });
    expect(guessRole(['Realisasi Kinerja Triwulan II', 'Rp'])).toMatchObject({ pairRole: 'realisasi_anggaran_tw2' });
    const k = guessRole(['Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun 2023 (%)', 'K']);
    expect(k).toMatchObject({ role: 'capaian', pair: 'k', year: 2023 });
    expect(k?.reason).toBe('judul kolom "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun 2023 (%) / K" adalah kolom kinerja (K) dari pasangan K/Rp');
    expect(guessRole(['Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi (2023)', 'K'])).toMatchObject({ role: 'realisasi', pair: 'k' });
    expect(guessRole(['Target kinerja dan anggaran berjalan tahun 2023 (n-1) yang dievaluasi', 'Rp'])).toMatchObject({ pairRole: 'pagu' });
  });

  it('keeps precedence: the first rule in the file decides', () => {
    // "sisa" comes before "pagu/anggaran", "target keuangan" before "target", "capaian anggaran" before "capaian"
    expect(guessRole(['Sisa Anggaran (Rp)'])?.role).toBe('sisa');
    expect(guessRole(['Target s.d Tw IV', 'Keuangan (Rp)'])?.role).toBe('target_kas');
    expect(guessRole(['Capaian Anggaran (%)'])?.role).toBe('persen');
    expect(guessRole(['Capaian Kinerja (%)'])?.role).toBe('capaian');
    // the leaf rules come before the whole-header rules: "Kode Rekening" is a kode, not an uraian
    expect(guessRole(['Kode Rekening'])?.role).toBe('kode');
    expect(guessRole(['Uraian Rekening'])?.role).toBe('uraian');
  });

  it.each([
    ['Target', 'target'],
    ['Actual', 'realisasi'],
    ['Realization', 'realisasi'],
    ['Realization (%)', 'persen'],
    ['Achievement (%)', 'capaian'],
    ['Budget', 'pagu'],
    ['Spending', 'realisasi'],
    ['Absorption (%)', 'serapan'],
    ['Efficiency (%)', 'efisiensi'],
    ['Performance Indicator', 'indikator'],
    ['Unit', 'satuan'],
  ])('English header "%s" is %s', (header, role) => {
    expect(guessRole([header])?.role).toBe(role);
  });

  it('tells header words from data: group-only words count, a total label does not', () => {
    expect(isHeaderWord('Triwulan')).toBe(true);
    expect(isHeaderWord('Rp')).toBe(true);
    expect(isHeaderWord('Sebelum')).toBe(true);
    expect(isHeaderWord('Total')).toBe(false);
    expect(isHeaderWord('Penyusunan Dokumen Perencanaan')).toBe(false);
  });
});

describe('row words and title words', () => {
  it.each([
    ['JUMLAH', true],
    ['Total', true],
    ['Sub Total', true],
    ['Jumlah Program', true],
    ['TOTAL BELANJA', true],
    ['Jumlah penduduk miskin', false],
    ['Belanja Pegawai', false],
  ])('"%s" is a total row: %s', (text, total) => {
    expect(lexicon.totalRow.test(words(text))).toBe(total);
  });

  it('reads average rows and the levels named by the first word', () => {
    expect(lexicon.averageRow.test(words('Rata-rata capaian'))).toBe(true);
    expect(lexicon.averageRow.test(words('Rerata'))).toBe(true);
    expect(lexicon.averageRow.test(words('Jumlah rata-rata'))).toBe(false);
    const level = (t: string) => lexicon.rowLevels.find(l => l.re.test(words(t)))?.level;
    expect(level('Sub Kegiatan Penyusunan Dokumen')).toBe('sub_kegiatan');
    expect(level('Kegiatan Perencanaan')).toBe('kegiatan');
    expect(level('PROGRAM PENUNJANG URUSAN')).toBe('program');
    expect(level('Programmer')).toBeUndefined();
  });

  it('exports the title words of each table kind', () => {
    expect(lexicon.titleWords.perjanjian_kinerja.test(words('Perjanjian Kinerja Tahun 2023'))).toBe(true);
    expect(lexicon.titleWords.perjanjian_kinerja.test(words('Tabel IKU'))).toBe(true);
    expect(lexicon.titleWords.dpa.test(words('Rencana Aksi 2023'))).toBe(true);
    expect(lexicon.titleWords.dpa.test(words('DPPA-SKPD'))).toBe(true);
    expect(lexicon.titleWords.dpa.test(words('Realisasi Kinerja'))).toBe(false);
  });
});

describe('polarity phrases', () => {
  it('lists the specific phrase before the general one, so each phrase names itself', () => {
    for (const { phrase } of data.polarity.negative) {
      expect({ phrase, keyword: suggestPolarity(`Jumlah ${phrase}`)?.keyword }).toEqual({ phrase, keyword: phrase });
    }
  });

  it('turns a negative topic positive with the handling words of the data file', () => {
    // seed 000: "Persentase pengaduan masyarakat yang ditindaklanjuti"
    expect(suggestPolarity('Persentase pengaduan masyarakat yang ditindaklanjuti')).toMatchObject({ polarity: 'positif', keyword: 'ditindaklanjuti' });
    // seed 002: facilitating complaints is not handling them
    expect(suggestPolarity('Jumlah pengaduan masyarakat yang di fasilitasi')).toMatchObject({ polarity: 'negatif', keyword: 'pengaduan' });
  });
});
