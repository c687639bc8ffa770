import { Dec } from '../../src/engine/decimal';
import { classify, coverageNotes, parseRangeText, scaleFromTable, splitLabelRange, type KategoriScale } from '../../src/engine/kategori';

const d = (s: string) => new Dec(s);

/** Bounds as "[85,100)" / "(-∞,55)" for compact expectations. */
function show(text: string): string {
  const r = parseRangeText(text);
  if ('problem' in r) return `problem: ${r.problem}`;
  const b = r.bounds;
  const lo = b.min === undefined ? '(-∞' : `${b.minInclusive ? '[' : '('}${b.min.toFixed()}`;
  const hi = b.max === undefined ? '∞)' : `${b.max.toFixed()}${b.maxInclusive ? ']' : ')'}`;
  return `${lo},${hi}`;
}

function build(lines: [string, string][], name?: string): KategoriScale {
  const { scale, problems } = scaleFromTable(
    lines.map(([range, label]) => ({ range, label })),
    name,
  );
  expect(problems).toEqual([]);
  if (!scale) throw new Error('no scale');
  return scale;
}

describe('parseRangeText: range texts as written in real tables', () => {
  test.each<[string, string]>([
    // seed 000, T11
    ['85%≤ capaian < 100%', '[85,100)'],
    ['70%≤ capaian < 85%', '[70,85)'],
    ['55%≤ capaian < 70%', '[55,70)'],
    ['Capaian < 55%', '(-∞,55)'],
    // seed 002, Tabel 13
    ['Lebih dari 90 %', '(90,∞)'],
    ['Diatas 80 % sampai dengan 90 %', '(80,90]'],
    ['Diatas 70 % sampai dengan 80 %', '(70,80]'],
    ['Diatas 60 % sampai dengan 70 %', '(60,70]'],
    ['Diatas 50 % sampai dengan 60 %', '(50,60]'],
    ['Kurang dari 50 %', '(-∞,50)'],
    // seed 000, Tabel 3 (IKM intervals, decimal commas)
    ['25,00-64,99', '[25,64.99]'],
    ['76,61-88,30', '[76.61,88.3]'],
    ['1,00 - 2,5996', '[1,2.5996]'],
    ['3,5324 - 4.00', '[3.5324,4]'],
    // other forms named in the brief and the domain notes
    ['91 % ≤', '[91,∞)'],
    ['> 90', '(90,∞)'],
    ['> 80 – 90', '(80,90]'],
    ['76 - 90', '[76,90]'],
    ['≤ 50', '(-∞,50]'],
    ['< 50', '(-∞,50)'],
    ['0 – 30', '[0,30]'],
    ['≥ 91', '[91,∞)'],
    ['>= 91', '[91,∞)'],
    ['=< 50', '(-∞,50]'],
    ['lebih dari 100', '(100,∞)'],
    ['kurang dari 50', '(-∞,50)'],
    ['91 ke atas', '[91,∞)'],
    ['50 ke bawah', '(-∞,50]'],
    ['x ≥ 85', '[85,∞)'],
    ['70 ≤ x < 85', '[70,85)'],
    ['85 < capaian ≤ 100', '(85,100]'],
    ['90 < x', '(90,∞)'],
    ['100 > x ≥ 90', '[90,100)'],
    ['76 s.d. 90', '[76,90]'],
    ['76 s/d 90', '[76,90]'],
    ['76 sampai 90', '[76,90]'],
    ['antara 76 dan 90', '[76,90]'],
    ['≥ 85 - < 100', '[85,100)'],
    ['lebih dari atau sama dengan 91', '[91,∞)'],
    ['kurang dari atau sama dengan 50', '(-∞,50]'],
    ['di atas 90', '(90,∞)'],
    ['di bawah 50', '(-∞,50)'],
    ['minimal 85', '[85,∞)'],
    ['lebih dari 90 dan kurang dari 100', '(90,100)'],
    ['75,5 – 90,25 %', '[75.5,90.25]'],
    ['100 – 85', '[85,100]'],
    ['100', '[100,100]'],
    ['< -20', '(-∞,-20)'],
  ])('"%s" → %s', (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  // Issue 10 item 5: the forms real LKjIP/LAKIP/Renja scale tables print, boundaries exactly as written.
  test.each<[string, string]>([
    ['91 % ≤ 100 %', '[91,100]'], // Permendagri 54/2010 table: one sign, the variable left out
    ['76 % ≤ 90 %', '[76,90]'],
    ['90 < 100', '(90,100]'],
    ['100 % ≥ 91 %', '[91,100]'],
    ['100 > 90', '[90,100)'],
    ['91 % ≤', '[91,∞)'],
    ['≤ 50 %', '(-∞,50]'],
    ['> 100 %', '(100,∞)'],
    ['76 - 90', '[76,90]'],
    ['76 – 90', '[76,90]'],
    ['76 — 90', '[76,90]'],
    ['76 s.d 90', '[76,90]'],
    ['76 s.d. 90', '[76,90]'],
    ['76 S.D. 90', '[76,90]'],
    ['76 s/d 90 %', '[76,90]'],
    ['76 sd 90', '[76,90]'],
    ['76% s/d 90%', '[76,90]'],
    ['x ≥ 91', '[91,∞)'],
    ['X > 100', '(100,∞)'],
    ['91 ≤ x ≤ 100', '[91,100]'],
    ['91 < x ≤ 100', '(91,100]'],
    ['91 % ≤ C ≤ 100 %', '[91,100]'],
    ['kurang dari 50', '(-∞,50)'],
    ['Kurang dari 50%', '(-∞,50)'],
    ['lebih dari 100', '(100,∞)'],
    ['Lebih dari 100 %', '(100,∞)'],
    ['di atas 90', '(90,∞)'],
    ['Di Atas 90 %', '(90,∞)'],
    ['di bawah 50', '(-∞,50)'],
    ['dibawah 50', '(-∞,50)'],
    ['≥91', '[91,∞)'],
    ['≥91%', '[91,∞)'],
    ['>=91', '[91,∞)'],
    ['≧ 91', '[91,∞)'],
    ['<= 50', '(-∞,50]'],
    ['≦ 50', '(-∞,50]'],
    ['0-50', '[0,50]'],
    ['0 - 50 %', '[0,50]'],
    ['90,01 - 100', '[90.01,100]'],
    ['90,01% - 100%', '[90.01,100]'],
    ['75,01 s.d. 90,00', '[75.01,90]'],
    ['>90 - 100', '(90,100]'],
    ['> 90 % – 100 %', '(90,100]'],
    ['lebih dari sama dengan 91', '[91,∞)'],
    ['kurang dari sama dengan 50', '(-∞,50]'],
    ['tidak kurang dari 91', '[91,∞)'],
    ['91 keatas', '[91,∞)'],
  ])('printed form "%s" → %s', (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  test('a lone number is marked single (a column of them may be lower bounds); a range is not', () => {
    expect(parseRangeText('100')).toMatchObject({ single: true });
    expect(parseRangeText('91 %')).toMatchObject({ single: true });
    expect(parseRangeText('76 - 90')).not.toHaveProperty('single');
    expect(parseRangeText('≥ 91')).not.toHaveProperty('single');
  });

  test.each<[string, RegExp]>([
    ['', /tidak memuat angka/],
    ['Sangat Baik', /tidak memuat angka/],
    ['100 ≤ 90', /arah tanda pembanding tidak sesuai dengan urutan angka/],
    ['50 > 90', /arah tanda pembanding tidak sesuai dengan urutan angka/],
    ['91 ≤ 100 ≤ 110', /batas ganda/],
    ['> 90 > 95', /batas ganda/],
    ['< 80 – 90', /arah tanda/],
    ['11,0,7', /tanpa tanda pembanding/],
    ['= 100', /tanda "="/],
    ['> 90 < 80', /batas bawah melebihi batas atas/],
    ['80 –', /tanpa batas atas/],
  ])('unreadable "%s"', (text, problem) => {
    const r = parseRangeText(text);
    expect('problem' in r && r.problem).toMatch(problem);
  });
});

describe('seed 000: the report\'s own scale (T11) read from the workbook', () => {
  const scale = build(
    [
      ['85%≤ capaian < 100%', 'Sangat Berhasil'],
      ['70%≤ capaian < 85%', 'Berhasil'],
      ['55%≤ capaian < 70%', 'Cukup Berhasil'],
      ['Capaian < 55%', 'Tidak Berhasil'],
    ],
    'Skala ordinal pengukuran kinerja',
  );

  test('scale metadata', () => {
    expect(scale.source).toBe('workbook');
    expect(scale.name).toBe('Skala ordinal pengukuran kinerja');
    expect(scale.id).toBe('workbook:skala-ordinal-pengukuran-kinerja');
    expect(scale.bands.map((b) => b.label)).toEqual(['Sangat Berhasil', 'Berhasil', 'Cukup Berhasil', 'Tidak Berhasil']);
  });

  test.each<[string, string, boolean]>([
    ['87.71', 'Sangat Berhasil', false], // T16 prints "Berhasil"
    ['87.50', 'Sangat Berhasil', false], // T17 prints "Berhasil"
    ['89.63', 'Sangat Berhasil', false], // T21 prints "Berhasil"
    ['95', 'Sangat Berhasil', false],
    ['85', 'Sangat Berhasil', false],
    ['84.99', 'Berhasil', false],
    ['70', 'Berhasil', false],
    ['55', 'Cukup Berhasil', false],
    ['54.99', 'Tidak Berhasil', false],
    ['21.88', 'Tidak Berhasil', false],
    ['100', 'Sangat Berhasil', true], // nothing covers ≥ 100 in this table
    ['105', 'Sangat Berhasil', true],
  ])('%s → %s (gap %s)', (c, label, gap) => {
    const r = classify(scale, d(c));
    expect(r.label).toBe(label);
    expect(r.label !== undefined && r.gap).toBe(gap);
  });

  test('105 gets a note saying it lies above every band', () => {
    const r = classify(scale, d('105'));
    expect(r.note).toBe(
      'Capaian 105,00% berada di atas semua rentang skala "Skala ordinal pengukuran kinerja"; dimasukkan ke kategori tertinggi (Sangat Berhasil).',
    );
  });
});

describe('seed 002: Tabel 13 (PermenPANRB 12/2015 wording)', () => {
  const scale = build([
    ['Lebih dari 90 %', 'Sangat Memuaskan'],
    ['Diatas 80 % sampai dengan 90 %', 'Memuaskan'],
    ['Diatas 70 % sampai dengan 80 %', 'Sangat baik'],
    ['Diatas 60 % sampai dengan 70 %', 'Baik'],
    ['Diatas 50 % sampai dengan 60 %', 'Cukup'],
    ['Kurang dari 50 %', 'Kurang'],
  ]);
  test.each<[string, string, boolean]>([
    ['110.05', 'Sangat Memuaskan', false], // IKM 2023, which the prose calls "Baik"
    ['92.05', 'Sangat Memuaskan', false], // Nilai SAKIP
    ['90', 'Memuaskan', false],
    ['80', 'Sangat baik', false],
    ['60.01', 'Baik', false],
    ['50.01', 'Cukup', false],
    ['50', 'Kurang', true], // PK target 4 vs 2 lands in the gap
    ['38.35', 'Kurang', false], // Nilai ZI
    ['33.33', 'Kurang', false],
    ['0', 'Kurang', false],
  ])('%s → %s (gap %s)', (c, label, gap) => {
    const r = classify(scale, d(c));
    expect(r.label).toBe(label);
    expect(r.label !== undefined && r.gap).toBe(gap);
  });
});

describe('seed 000: IKM conversion intervals (Tabel 3)', () => {
  const scale = build([
    ['25,00-64,99', 'D'],
    ['65,00-76,60', 'C'],
    ['76,61-88,30', 'B'],
    ['88,31-100,00', 'A'],
  ]);
  test.each<[string, string, boolean]>([
    ['88.05', 'B', false], // as printed
    ['88.50', 'A', false], // 3,54 × 25: the category moves up
    ['88.305', 'B', true], // between 88,30 and 88,31
    ['100', 'A', false],
    ['24', 'D', true],
  ])('%s → %s (gap %s)', (c, label, gap) => {
    const r = classify(scale, d(c));
    expect(r.label).toBe(label);
    expect(r.label !== undefined && r.gap).toBe(gap);
  });
});

describe('seed 001: no scale is printed; the labels seen imply 98–111 Sangat Baik and 94 Baik', () => {
  const scale = build([
    ['98 - 111', 'Sangat Baik'],
    ['94', 'Baik'],
  ]);
  test.each<[string, string, boolean]>([
    ['100', 'Sangat Baik', false],
    ['98', 'Sangat Baik', false],
    ['94', 'Baik', false],
    ['96', 'Baik', true],
    ['140', 'Sangat Baik', true],
    ['80', 'Baik', true],
  ])('%s → %s (gap %s)', (c, label, gap) => {
    const r = classify(scale, d(c));
    expect(r.label).toBe(label);
    expect(r.label !== undefined && r.gap).toBe(gap);
  });
});

describe('integer-band tables keep their gaps', () => {
  const scale = build([
    ['91 - 100', 'Sangat Tinggi'],
    ['76 - 90', 'Tinggi'],
    ['66 - 75', 'Sedang'],
    ['51 - 65', 'Rendah'],
    ['≤ 50', 'Sangat Rendah'],
  ]);
  test.each<[string, string, boolean]>([
    ['90.5', 'Tinggi', true],
    ['91', 'Sangat Tinggi', false],
    ['90', 'Tinggi', false],
    ['75.2', 'Sedang', true],
    ['100.5', 'Sangat Tinggi', true],
    ['50.4', 'Sangat Rendah', true],
  ])('%s → %s (gap %s)', (c, label, gap) => {
    const r = classify(scale, d(c));
    expect(r.label).toBe(label);
    expect(r.label !== undefined && r.gap).toBe(gap);
  });
});

describe('scaleFromTable problems (Indonesian)', () => {
  test('unreadable lines are skipped and reported; blank lines are ignored', () => {
    const { scale, problems } = scaleFromTable([
      { range: '≥ 91', label: 'Sangat Tinggi' },
      { range: '', label: '' },
      { range: 'Rentang Capaian', label: 'Kategori' },
      { range: '76 - 90', label: '' },
      { range: '< 76', label: 'Tinggi' },
    ]);
    expect(scale?.bands.map((b) => b.label)).toEqual(['Sangat Tinggi', 'Tinggi']);
    expect(problems).toEqual([
      'Baris 3: rentang "Rentang Capaian" untuk kategori "Kategori" tidak dapat dibaca (tidak memuat angka); baris diabaikan.',
      'Baris 4: rentang "76 - 90" tidak memiliki nama kategori; baris diabaikan.',
    ]);
  });

  test('overlapping bands are reported; the first listed wins', () => {
    const { scale, problems } = scaleFromTable([
      { range: '≥ 90', label: 'Sangat Baik' },
      { range: '80 - 90', label: 'Baik' },
      { range: '< 80', label: 'Kurang' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Baris 2: rentang "80 - 90" \(Baik\) tumpang tindih dengan ≥ 90 \(Sangat Baik\)/);
    expect(classify(scale!, d('90')).label).toBe('Sangat Baik');
  });

  test('adjacent bands sharing an excluded edge do not overlap', () => {
    const { problems } = scaleFromTable([
      { range: '> 80 – 90', label: 'Memuaskan' },
      { range: '> 70 – 80', label: 'Sangat Baik' },
    ]);
    expect(problems).toEqual([]);
  });

  test('nothing readable → no scale', () => {
    const { scale, problems } = scaleFromTable([{ range: 'abc', label: 'Baik' }]);
    expect(scale).toBeUndefined();
    expect(problems[problems.length - 1]).toBe('Tidak ada rentang kategori yang dapat dibaca; skala tidak dibentuk.');
  });
});

describe('splitLabelRange: a range printed inside the label', () => {
  test.each<[string, { label: string; range: string } | undefined]>([
    ['Sangat Tinggi (≥ 91%)', { label: 'Sangat Tinggi', range: '≥ 91%' }],
    ['Tinggi (76% - 90%)', { label: 'Tinggi', range: '76% - 90%' }],
    ['Sangat Rendah [≤ 50]', { label: 'Sangat Rendah', range: '≤ 50' }],
    ['≥ 91% (Sangat Tinggi)', { label: 'Sangat Tinggi', range: '≥ 91%' }],
    ['Sangat Tinggi: ≥ 91 %', { label: 'Sangat Tinggi', range: '≥ 91 %' }],
    ['Baik = 76 s.d. 90', { label: 'Baik', range: '76 s.d. 90' }],
    ['Baik (B)', undefined],
    ['Capaian: ≥ 85', undefined],
    ['x = 91 - 100', undefined],
    ['Sangat Tinggi', undefined],
    ['76 - 90', undefined],
    ['(1)', undefined],
  ])('"%s"', (text, expected) => {
    expect(splitLabelRange(text)).toEqual(expected);
  });
});

/** Expect each capaian to land in its band, and gap/open-end values to say so in their note. */
function expectBands(scale: KategoriScale, rows: [string, string, boolean][]) {
  for (const [c, label, gap] of rows) {
    const r = classify(scale, d(c));
    expect([c, r.label]).toEqual([c, label]);
    expect([c, r.label !== undefined && r.gap]).toEqual([c, gap]);
    if (gap) expect(r.note).toMatch(/dimasukkan ke kategori/);
  }
}

/** The probe values of the brief: both sides of the 90/91 gap, the top edge, and both sides of 50. */
const PROBES_PERMENDAGRI: [string, string, boolean][] = [
  ['90.5', 'Tinggi', true],
  ['91', 'Sangat Tinggi', false],
  ['100', 'Sangat Tinggi', false],
  ['100.01', 'Sangat Tinggi', true],
  ['50', 'Sangat Rendah', false],
  ['49.99', 'Sangat Rendah', false],
];

describe('Permendagri 54/2010 printed as "91 % ≤ 100 %" (one sign, integer bands)', () => {
  const { scale, problems, notes } = scaleFromTable(
    [
      ['91 % ≤ 100 %', 'Sangat Tinggi'],
      ['76 % ≤ 90 %', 'Tinggi'],
      ['66 % ≤ 75 %', 'Sedang'],
      ['51 % ≤ 65 %', 'Rendah'],
      ['≤ 50 %', 'Sangat Rendah'],
    ].map(([range, label]) => ({ range, label })),
    'Kriteria Penilaian Capaian',
  );
  test('bands, and notes naming every gap and the open top', () => {
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      'Rentang skala tidak bersambung; celah: 50 < x < 51; 65 < x < 66; 75 < x < 76; 90 < x < 91. Capaian yang jatuh di celah dimasukkan ke kategori terdekat di bawahnya, dan temuannya menyebut hal itu.',
      'Tidak ada rentang untuk capaian di atas 100; capaian tersebut dimasukkan ke kategori tertinggi (Sangat Tinggi).',
    ]);
  });
  test('90,5 / 91 / 100 / 100,01 / 50 / 49,99', () => {
    expectBands(scale!, [...PROBES_PERMENDAGRI, ['75.5', 'Sedang', true], ['65.2', 'Rendah', true], ['50.5', 'Sangat Rendah', true]]);
    expect(classify(scale!, d('90.5')).note).toBe(
      'Capaian 90,50% tidak termasuk rentang mana pun pada skala "Kriteria Penilaian Capaian"; dimasukkan ke kategori terdekat di bawahnya (Tinggi).',
    );
  });
});

describe('every printed form in one table gives the same classification', () => {
  const variants: [string, string[]][] = [
    ['dash', ['91 - 100', '76 - 90', '66 - 75', '51 - 65', '0-50']],
    ['en dash', ['91 – 100', '76 – 90', '66 – 75', '51 – 65', '≤ 50']],
    ['s.d', ['91 s.d 100', '76 s.d 90', '66 s.d 75', '51 s.d 65', '<= 50']],
    ['s.d.', ['91 s.d. 100', '76 s.d. 90', '66 s.d. 75', '51 s.d. 65', 'di bawah 50,01']],
    ['s/d %', ['91 s/d 100 %', '76 s/d 90 %', '66 s/d 75 %', '51 s/d 65 %', '≤ 50 %']],
    ['sd', ['91 sd 100', '76 sd 90', '66 sd 75', '51 sd 65', 'x ≤ 50']],
    ['x between', ['91 ≤ x ≤ 100', '76 ≤ x ≤ 90', '66 ≤ x ≤ 75', '51 ≤ x ≤ 65', 'x ≤ 50']],
    ['lone numbers', ['91', '76', '66', '51', '0']],
  ];
  test.each(variants)('%s', (_name, ranges) => {
    const { scale, problems } = scaleFromTable(
      ranges.map((range, i) => ({ range, label: ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'][i] })),
    );
    expect(problems).toEqual([]);
    for (const [c, label] of PROBES_PERMENDAGRI) expect([c, classify(scale!, d(c)).label]).toEqual([c, label]);
  });
});

describe('decimal-comma bands: 90,01 - 100 leaves only 90 < x < 90,01 uncovered', () => {
  const { scale, problems, notes } = scaleFromTable(
    [
      ['90,01 - 100', 'Sangat Baik'],
      ['75,01 - 90,00', 'Baik'],
      ['60,01 - 75,00', 'Cukup'],
      ['0 - 60,00', 'Kurang'],
    ].map(([range, label]) => ({ range, label })),
  );
  test('bands and notes', () => {
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      'Rentang skala tidak bersambung; celah: 60 < x < 60,01; 75 < x < 75,01; 90 < x < 90,01. Capaian yang jatuh di celah dimasukkan ke kategori terdekat di bawahnya, dan temuannya menyebut hal itu.',
      'Tidak ada rentang untuk capaian di atas 100; capaian tersebut dimasukkan ke kategori tertinggi (Sangat Baik).',
    ]);
    expectBands(scale!, [
      ['90.01', 'Sangat Baik', false],
      ['90.005', 'Baik', true],
      ['90', 'Baik', false],
      ['75.01', 'Baik', false],
      ['60', 'Kurang', false],
      ['100.01', 'Sangat Baik', true],
    ]);
  });
});

describe('lone numbers', () => {
  test('91 / 76 / 66 / 51 listed best first are lower bounds, and a note says so', () => {
    const { scale, problems, notes } = scaleFromTable(
      [
        ['91', 'Sangat Tinggi'],
        ['76', 'Tinggi'],
        ['66', 'Sedang'],
        ['51', 'Rendah'],
        ['≤ 50', 'Sangat Rendah'],
      ].map(([range, label]) => ({ range, label })),
    );
    expect(problems).toEqual([]);
    expect(scale!.bands.map(b => [b.min?.toFixed(), b.minInclusive, b.max?.toFixed(), b.maxInclusive])).toEqual([
      ['91', true, undefined, false],
      ['76', true, '91', false],
      ['66', true, '76', false],
      ['51', true, '66', false],
      [undefined, false, '50', true],
    ]);
    expect(notes[0]).toBe(
      'Rentang yang ditulis sebagai satu angka (91; 76; 66; 51) dibaca sebagai batas bawah: setiap kategori berlaku mulai angkanya sampai sebelum batas bawah kategori di atasnya.',
    );
    // 50 < x < 51 is the one gap left, between "≤ 50" and the lower bound 51.
    expect(notes[1]).toMatch(/^Rentang skala tidak bersambung; celah: 50 < x < 51\./);
    expectBands(scale!, [
      ['90.5', 'Tinggi', false],
      ['91', 'Sangat Tinggi', false],
      ['100.01', 'Sangat Tinggi', false],
      ['75.99', 'Sedang', false],
      ['50.5', 'Sangat Rendah', true],
      ['50', 'Sangat Rendah', false],
    ]);
  });

  test('a lower bound under an open-ended top band runs up to that band: "> 100" then 76', () => {
    const { scale } = scaleFromTable(
      [
        ['> 100', 'Baik Sekali'],
        ['76', 'Baik'],
        ['66', 'Cukup'],
      ].map(([range, label]) => ({ range, label })),
    );
    expectBands(scale!, [
      ['100', 'Baik', false],
      ['100.01', 'Baik Sekali', false],
      ['76', 'Baik', false],
      ['75.99', 'Cukup', false],
    ]);
  });

  test('one lone number among ranges is that exact value (100 means exactly 100)', () => {
    const { scale, notes } = scaleFromTable(
      [
        ['> 100', 'Melampaui'],
        ['100', 'Tercapai'],
        ['< 100', 'Tidak Tercapai'],
      ].map(([range, label]) => ({ range, label })),
    );
    expect(notes).toEqual([]);
    expectBands(scale!, [
      ['100', 'Tercapai', false],
      ['100.01', 'Melampaui', false],
      ['99.99', 'Tidak Tercapai', false],
    ]);
  });

  test('lone numbers in ascending order stay exact values; values between them take the nearest lower band', () => {
    const { scale, notes } = scaleFromTable(
      [
        ['50', 'Rendah'],
        ['75', 'Sedang'],
        ['100', 'Tinggi'],
      ].map(([range, label]) => ({ range, label })),
    );
    expect(notes[0]).toMatch(/^Rentang skala tidak bersambung; celah: 50 < x < 75; 75 < x < 100\./);
    expectBands(scale!, [
      ['75', 'Sedang', false],
      ['80', 'Sedang', true],
      ['100', 'Tinggi', false],
    ]);
  });
});

describe('ranges inside the labels: "Sangat Tinggi (≥ 91%)"', () => {
  test('with no range cell, the label carries the range and loses it', () => {
    const { scale, problems } = scaleFromTable(
      ['Sangat Tinggi (≥ 91%)', 'Tinggi (76% - 90%)', 'Sedang (66% - 75%)', 'Rendah (51% - 65%)', 'Sangat Rendah (≤ 50%)'].map(label => ({
        range: '',
        label,
      })),
    );
    expect(problems).toEqual([]);
    expect(scale!.bands.map(b => b.label)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
    // "≥ 91%" is open above: 100,01 is inside the top band, not above it.
    expectBands(scale!, [...PROBES_PERMENDAGRI.filter(([c]) => c !== '100.01'), ['100.01', 'Sangat Tinggi', false]]);
  });

  test('with a range cell too, the range cell counts and the label is cleaned', () => {
    const { scale } = scaleFromTable([
      { range: '≥ 91', label: 'Sangat Tinggi (91 ke atas)' },
      { range: '< 91', label: 'Belum Sangat Tinggi' },
    ]);
    expect(scale!.bands.map(b => b.label)).toEqual(['Sangat Tinggi', 'Belum Sangat Tinggi']);
  });
});

describe('coverageNotes', () => {
  test('a contiguous scale open at both ends needs no note', () => {
    expect(coverageNotes(build([['≥ 85', 'A'], ['70 ≤ x < 85', 'B'], ['< 70', 'C']]).bands)).toEqual([]);
  });
  test('seed 002 leaves exactly 50 uncovered; a bounded bottom is named', () => {
    expect(coverageNotes(build([['> 50', 'Cukup'], ['< 50', 'Kurang']]).bands)).toEqual([
      'Rentang skala tidak bersambung; celah: x = 50. Capaian yang jatuh di celah dimasukkan ke kategori terdekat di bawahnya, dan temuannya menyebut hal itu.',
    ]);
    expect(coverageNotes(build([['≥ 55', 'Baik'], ['25 - 54,99', 'Kurang']]).bands)).toEqual([
      'Rentang skala tidak bersambung; celah: 54,99 < x < 55. Capaian yang jatuh di celah dimasukkan ke kategori terdekat di bawahnya, dan temuannya menyebut hal itu.',
      'Tidak ada rentang untuk capaian di bawah 25; capaian tersebut dimasukkan ke kategori terendah (Kurang).',
    ]);
  });
});
