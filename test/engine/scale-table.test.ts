import { Dec } from '../../src/engine/decimal';
import { classify, parseRangeText, scaleFromTable, type KategoriScale } from '../../src/engine/kategori';

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

  test.each<[string, RegExp]>([
    ['', /tidak memuat angka/],
    ['Sangat Baik', /tidak memuat angka/],
    ['85 < 100', /tidak jelas/],
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
