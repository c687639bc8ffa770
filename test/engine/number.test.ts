import { Dec, plain } from '../../src/engine/decimal';
import {
  Convention,
  NumberParse,
  decFromCellNumber,
  formatId,
  formatPercentId,
  formatRupiah,
  inferConvention,
  parseNumberText,
} from '../../src/engine/number';

type Ok = Extract<NumberParse, { ok: true }>;

interface OkCase {
  text: string;
  hint?: Convention;
  value: string;
  convention: Ok['convention'];
  decimals: number;
  percent?: boolean;
  currency?: boolean;
  unit?: string;
  ambiguous?: boolean;
}

function parsed(text: string, hint?: Convention): Ok {
  const r = parseNumberText(text, hint);
  if (!r.ok) throw new Error(`expected a number from «${text}», got ${r.kind}: ${r.reason}`);
  return r;
}

describe('parseNumberText: numbers as people type them (seeds 000–002)', () => {
  const cases: OkCase[] = [
    // Rupiah with the "no cents" suffix
    { text: 'Rp. 11.862.514.803,-', value: '11862514803', convention: 'id-ID', decimals: 0, currency: true },
    { text: 'Rp.904.611.285,-', value: '904611285', convention: 'id-ID', decimals: 0, currency: true },
    { text: 'Rp46.658.000,-', value: '46658000', convention: 'id-ID', decimals: 0, currency: true },
    { text: 'Rp. 0,-', value: '0', convention: 'id-ID', decimals: 0, currency: true },
    { text: 'Rp. 2.393,-', value: '2393', convention: 'id-ID', decimals: 0, currency: true },
    { text: '4.319.696.654-', value: '4319696654', convention: 'id-ID', decimals: 0 },
    // id-ID and en-US amounts in the same report
    { text: '10.531.067.845,00', value: '10531067845', convention: 'id-ID', decimals: 2 },
    { text: '1.234.567,89', value: '1234567.89', convention: 'id-ID', decimals: 2 },
    { text: '1.234,5678', value: '1234.5678', convention: 'id-ID', decimals: 4 },
    { text: 'Rp 2,393,600.00', value: '2393600', convention: 'en-US', decimals: 2, currency: true },
    { text: '3,687,031,522.00', value: '3687031522', convention: 'en-US', decimals: 2 },
    { text: '3,316,890,480.00', value: '3316890480', convention: 'en-US', decimals: 2 },
    { text: 'IDR 1,250,000', value: '1250000', convention: 'en-US', decimals: 0, currency: true },
    { text: '1.234.567', value: '1234567', convention: 'id-ID', decimals: 0 },
    { text: '1,234,567', value: '1234567', convention: 'en-US', decimals: 0 },
    { text: '1.000.000 rupiah', value: '1000000', convention: 'id-ID', decimals: 0, currency: true },
    // Percentages
    { text: '91,09%', value: '91.09', convention: 'id-ID', decimals: 2, percent: true },
    { text: '100 %', value: '100', convention: 'plain', decimals: 0, percent: true },
    { text: '89, 41 %', value: '89.41', convention: 'id-ID', decimals: 2, percent: true },
    { text: '89.65%%', value: '89.65', convention: 'plain', decimals: 2, percent: true },
    { text: '8,74%%', value: '8.74', convention: 'id-ID', decimals: 2, percent: true },
    { text: '100 persen', value: '100', convention: 'plain', decimals: 0, percent: true },
    { text: '(5%)', value: '-5', convention: 'plain', decimals: 0, percent: true },
    // Counts with a unit
    { text: '2 Lembar', value: '2', convention: 'plain', decimals: 0, unit: 'Lembar' },
    { text: '4kasus', value: '4', convention: 'plain', decimals: 0, unit: 'kasus' },
    { text: '15 dokumen', value: '15', convention: 'plain', decimals: 0, unit: 'dokumen' },
    { text: '5 kelompok', value: '5', convention: 'plain', decimals: 0, unit: 'kelompok' },
    { text: '12 orang/hari', value: '12', convention: 'plain', decimals: 0, unit: 'orang/hari' },
    { text: '6,5 bulan', value: '6.5', convention: 'id-ID', decimals: 1, unit: 'bulan' },
    // Signs
    { text: '(1.234.567)', value: '-1234567', convention: 'id-ID', decimals: 0 },
    { text: '(Rp 1.234.567,50)', value: '-1234567.5', convention: 'id-ID', decimals: 2, currency: true },
    { text: '-1.234.567', value: '-1234567', convention: 'id-ID', decimals: 0 },
    { text: '-Rp 1.500.000', value: '-1500000', convention: 'id-ID', decimals: 0, currency: true },
    { text: '\u221212,5', value: '-12.5', convention: 'id-ID', decimals: 1 },
    { text: '+7', value: '7', convention: 'plain', decimals: 0 },
    // A single separator not followed by exactly three digits is a decimal separator
    { text: '87.71', value: '87.71', convention: 'plain', decimals: 2 },
    { text: '12.5', value: '12.5', convention: 'plain', decimals: 1 },
    { text: '80,50', value: '80.5', convention: 'id-ID', decimals: 2 },
    { text: '0.125', value: '0.125', convention: 'plain', decimals: 3 },
    { text: '0,125', value: '0.125', convention: 'id-ID', decimals: 3 },
    { text: '1234.567', value: '1234.567', convention: 'plain', decimals: 3 },
    { text: '150', value: '150', convention: 'plain', decimals: 0 },
    { text: '\u00A01.234.567,50\u00A0', value: '1234567.5', convention: 'id-ID', decimals: 2 },
    // Ambiguous separators decided by the column's convention or by the rupiah rule
    { text: '1.234', hint: 'id-ID', value: '1234', convention: 'id-ID', decimals: 0, ambiguous: true },
    { text: '1.234', hint: 'en-US', value: '1.234', convention: 'en-US', decimals: 3, ambiguous: true },
    { text: '1,234', hint: 'id-ID', value: '1.234', convention: 'id-ID', decimals: 3, ambiguous: true },
    { text: '1,234', hint: 'en-US', value: '1234', convention: 'en-US', decimals: 0, ambiguous: true },
    { text: '123,456%', hint: 'id-ID', value: '123.456', convention: 'id-ID', decimals: 3, percent: true, ambiguous: true },
    { text: 'Rp 5.000', value: '5000', convention: 'id-ID', decimals: 0, currency: true, ambiguous: true },
    { text: 'Rp 5,000', value: '5000', convention: 'en-US', decimals: 0, currency: true, ambiguous: true },
    { text: 'Rp 5.000', hint: 'en-US', value: '5000', convention: 'id-ID', decimals: 0, currency: true, ambiguous: true },
    // A hint never overrides separators that prove their own convention
    { text: '1.234.567,89', hint: 'en-US', value: '1234567.89', convention: 'id-ID', decimals: 2 },
    { text: '2,393,600.00', hint: 'id-ID', value: '2393600', convention: 'en-US', decimals: 2 },
  ];

  it.each(cases)('«$text» (hint $hint) → $value', (c) => {
    const r = parsed(c.text, c.hint);
    expect(plain(r.value)).toBe(c.value);
    expect(r.convention).toBe(c.convention);
    expect(r.decimals).toBe(c.decimals);
    expect(r.percent).toBe(c.percent ?? false);
    expect(r.currency).toBe(c.currency ?? false);
    expect(r.unit).toBe(c.unit);
    expect(r.ambiguous).toBe(c.ambiguous ?? false);
    expect(r.reason).toMatch(/\S/);
  });

  const failures: Array<[string, 'empty' | 'dash' | 'text' | 'ambiguous']> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00A0', 'empty'],
    ['-', 'dash'],
    ['\u2013', 'dash'],
    ['\u2014', 'dash'],
    ['Rp -', 'dash'],
    ['-,-', 'dash'],
    ['Rp. -,-', 'dash'],
    ['≥ 85', 'text'],
    ['2019-2021', 'text'],
    ['85%≤ capaian < 100%', 'text'],
    ['5 - 10', 'text'],
    ['7.01.01.2.01.0001', 'text'],
    ['7.01.01', 'text'],
    ['12/05/2023', 'text'],
    ['1.234,567.89', 'text'],
    ['1.000,00,-', 'text'],
    ['1234.567.890', 'text'],
    ['(1.234', 'text'],
    ['-(5)', 'text'],
    ['1, 2', 'text'],
    ['89, 413 %', 'text'],
    ['Rp 10%', 'text'],
    ['1 Tahun 2021', 'text'],
    ['1e5', 'text'],
    ['Rp', 'text'],
    ['Tercapai', 'text'],
    ['1.234', 'ambiguous'],
    ['1,234', 'ambiguous'],
    ['999.999%', 'ambiguous'],
  ];

  it.each(failures)('«%s» is not a number: %s', (text, kind) => {
    const r = parseNumberText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe(kind);
      expect(r.reason).toMatch(/\S/);
    }
  });
});

describe('parseNumberText: reasons name the convention and why', () => {
  it('id-ID amount with cents', () => {
    expect(parsed('10.531.067.845,00').reason).toContain(
      'titik sebagai pemisah ribuan dan koma sebagai desimal (format Indonesia)',
    );
  });
  it('en-US amount', () => {
    expect(parsed('Rp 2,393,600.00').reason).toContain('koma sebagai pemisah ribuan dan titik sebagai desimal (format Inggris/AS)');
  });
  it('the no-cents suffix, the Rp prefix, the doubled % and the unit are all mentioned', () => {
    const r = parsed('Rp. 11.862.514.803,-');
    expect(r.reason).toContain('mata uang');
    expect(r.reason).toContain('tanpa sen');
    expect(parsed('89.65%%').reason).toContain('% ganda');
    expect(parsed('2 Lembar').reason).toContain('«Lembar»');
  });
  it('an undecided cell explains both readings', () => {
    const r = parseNumberText('1.234');
    expect(r).toMatchObject({ ok: false, kind: 'ambiguous' });
    expect(r.reason).toContain('1234');
    expect(r.reason).toContain('1,234');
    expect(r.reason).toContain('format Indonesia');
    expect(r.reason).toContain('format Inggris/AS');
  });
  it('a hint the text contradicts is noted, not obeyed', () => {
    expect(parsed('1.234.567,89', 'en-US').reason).toContain('berbeda dengan format kolom');
  });
  it('a dash says it is not zero', () => {
    expect(parseNumberText('-').reason).toContain('bukan nol');
  });
});

describe('inferConvention: a column decides its ambiguous cells', () => {
  it('one id-ID amount proves the column (seed style)', () => {
    const col = ['1.234', 'Rp. 11.862.514.803,-', '1.234.567,50', '-', ''];
    const inf = inferConvention(col);
    expect(inf.convention).toBe('id-ID');
    expect(inf.reason).toContain('format Indonesia');
    expect(plain(parsed('1.234', inf.convention).value)).toBe('1234');
  });
  it('en-US amounts prove en-US', () => {
    const inf = inferConvention(['1,234', 'Rp 2,393,600.00', '3,687,031,522.00']);
    expect(inf.convention).toBe('en-US');
    expect(plain(parsed('1,234', inf.convention).value)).toBe('1234');
  });
  it('a dot followed by two digits is a decimal point, so the column is en-US', () => {
    const inf = inferConvention(['87.71', '1.234', '100']);
    expect(inf.convention).toBe('en-US');
    expect(plain(parsed('1.234', inf.convention).value)).toBe('1.234');
  });
  it('a decimal comma proves id-ID', () => {
    expect(inferConvention(['80,50', '1,234']).convention).toBe('id-ID');
  });
  it('a mixed column decides nothing and says why', () => {
    const inf = inferConvention(['1.234', '1.234.567,50', '3,687,031,522.00']);
    expect(inf.convention).toBeUndefined();
    expect(inf.reason).toContain('mencampur');
    expect(inf.reason).toContain('1 sel bermakna ganda');
  });
  it('cells without proof decide nothing: integers, ambiguous cells, the rupiah rule', () => {
    const inf = inferConvention(['1.234', '150', 'Rp 5.000', '', '-']);
    expect(inf.convention).toBeUndefined();
    expect(inf.reason).toContain('tidak ada sel');
  });
});

describe('decFromCellNumber: the 15 significant digits Excel shows', () => {
  const cases: Array<[number, string]> = [
    [80.49999999999999, '80.5'],
    [0.1 + 0.2, '0.3'],
    [11862514803, '11862514803'],
    [(80.5 / 85) * 100, '94.7058823529412'],
    [-0, '0'],
    [-1234.5, '-1234.5'],
    [1e21, '1000000000000000000000'],
    [0.000001234, '0.000001234'],
  ];
  it.each(cases)('%p → %s', (n, expected) => {
    expect(plain(decFromCellNumber(n))).toBe(expected);
  });
  it('refuses NaN and infinities', () => {
    expect(() => decFromCellNumber(NaN)).toThrow(RangeError);
    expect(() => decFromCellNumber(Infinity)).toThrow(RangeError);
  });
});

describe('formatting for id-ID', () => {
  const ids: Array<[string, number | undefined, string]> = [
    ['1234567.89', undefined, '1.234.567,89'],
    ['-1234.5', undefined, '-1.234,5'],
    ['1234567.891', 2, '1.234.567,89'],
    ['999.995', 2, '1.000,00'],
    ['0.005', 2, '0,01'],
    ['-0.001', 2, '0,00'],
    ['100', undefined, '100'],
    ['1000', undefined, '1.000'],
    ['11862514803', undefined, '11.862.514.803'],
    ['94.70588235', 0, '95'],
  ];
  it.each(ids)('formatId(%s, %p) → %s', (x, d, expected) => {
    expect(formatId(new Dec(x), d)).toBe(expected);
  });

  it('formatPercentId: IKM 80,50 against 85 is 94,71%', () => {
    expect(formatPercentId(new Dec('80.5').div(85).times(100))).toBe('94,71%');
    expect(formatPercentId(new Dec(100), 0)).toBe('100%');
    expect(formatPercentId(new Dec('4.14'))).toBe('4,14%');
  });

  const rupiah: Array<[string, string]> = [
    ['1234567', 'Rp 1.234.567'],
    ['1234567.5', 'Rp 1.234.567,50'],
    ['1234.001', 'Rp 1.234'],
    ['-2500', '-Rp 2.500'],
    ['0', 'Rp 0'],
    ['179487582', 'Rp 179.487.582'],
  ];
  it.each(rupiah)('formatRupiah(%s) → %s', (x, expected) => {
    expect(formatRupiah(new Dec(x))).toBe(expected);
  });
});
