import { Dec, plain } from '../../src/engine/decimal';
import { decFromCellNumber } from '../../src/engine/number';
import { decimalsFromFormat, matchesStated, roundHalfUp, statedDecimals, truncate } from '../../src/engine/rounding';

const d = (s: string) => new Dec(s);
// seed 000: IKM realisasi 80,50 against target 85
const ikm = d('80.5').div(85).times(100);
// 320 / 3: capaian 106,666… that reports truncate to 106
const overTarget = d('320').div(3);

describe('roundHalfUp and truncate', () => {
  const rounds: Array<[string, number, string]> = [
    ['94.70588235294117647', 2, '94.71'],
    ['2.345', 2, '2.35'],
    ['-2.345', 2, '-2.35'],
    ['1.005', 2, '1.01'], // 1.005 is 1.00499… in binary; Decimal keeps it exact
    ['106.5', 0, '107'],
    ['106.49', 0, '106'],
    ['99.995', 2, '100'],
  ];
  it.each(rounds)('roundHalfUp(%s, %d) → %s', (x, places, expected) => {
    expect(plain(roundHalfUp(d(x), places))).toBe(expected);
  });
  it('defaults to 2 places', () => {
    expect(plain(roundHalfUp(ikm))).toBe('94.71');
  });

  const truncs: Array<[string, number, string]> = [
    ['106.666', 0, '106'],
    ['106.666', 2, '106.66'],
    ['-1.239', 2, '-1.23'],
    ['99.999', 0, '99'],
  ];
  it.each(truncs)('truncate(%s, %d) → %s', (x, places, expected) => {
    expect(plain(truncate(d(x), places))).toBe(expected);
  });
});

describe('matchesStated: rounding or truncation to the stated decimals is not an error', () => {
  const cases: Array<[string, string, number, Dec, boolean]> = [
    ['seed 000: IKM 80,50/85 stated 91,09 is wrong', '91.09', 2, ikm, false],
    ['IKM stated 94,71 (half-up)', '94.71', 2, ikm, true],
    ['IKM stated 94,7 (one decimal)', '94.7', 1, ikm, true],
    ['IKM stated 94,70 (truncated)', '94.70', 2, ikm, true],
    ['IKM stated 94,72', '94.72', 2, ikm, false],
    ['IKM stated 95 (whole, half-up)', '95', 0, ikm, true],
    ['106,666… stated 106 (truncated)', '106', 0, overTarget, true],
    ['106,666… stated 107 (rounded)', '107', 0, overTarget, true],
    ['106,666… stated 106,67', '106.67', 2, overTarget, true],
    ['106,666… stated 106,6 (truncated)', '106.6', 1, overTarget, true],
    ['106,666… stated 106,7 (rounded)', '106.7', 1, overTarget, true],
    ['106,666… stated 106,5', '106.5', 1, overTarget, false],
    ['106,666… stated 108', '108', 0, overTarget, false],
    ['seed 000: quarters summed, 1240 reported as 400', '400', 0, d('1240'), false],
    ['exact equality', '100', 0, d('100'), true],
  ];
  it.each(cases)('%s', (_label, stated, decimals, exact, expected) => {
    expect(matchesStated(d(stated), decimals, exact)).toBe(expected);
  });

  it('a tolerance widens the comparison', () => {
    expect(matchesStated(d('94.72'), 2, ikm, { tolerance: d('0.01') })).toBe(true);
    expect(matchesStated(d('94.73'), 2, ikm, { tolerance: d('0.01') })).toBe(false);
  });
});

describe('statedDecimals of numeric cells', () => {
  const cases: Array<[number, number]> = [
    [94.71, 2],
    [80.49999999999999, 1],
    [100, 0],
    [1 / 3, 10],
    [1e-12, 10],
    [11862514803, 0],
  ];
  it.each(cases)('%p shows %d decimals', (n, expected) => {
    expect(statedDecimals(decFromCellNumber(n))).toBe(expected);
  });
  it('applies Excel’s 15 digits even to a raw Dec', () => {
    expect(statedDecimals(new Dec(80.49999999999999))).toBe(1);
  });
});

describe('decimalsFromFormat', () => {
  const cases: Array<[string, number | undefined]> = [
    ['General', undefined],
    ['@', undefined],
    ['', undefined],
    ['dd/mm/yyyy', undefined],
    ['[$-421]d mmmm yyyy', undefined],
    ['[h]:mm', undefined],
    ['0', 0],
    ['0.00', 2],
    ['#,##0', 0],
    ['#,##0.00', 2],
    ['0.00%', 2],
    ['0%', 0],
    ['0.0#', 2],
    ['#,##0.00;(#,##0.00)', 2],
    ['#,##0_);(#,##0)', 0],
    ['_("Rp"* #,##0.00_);_("Rp"* (#,##0.00);_("Rp"* "-"??_);_(@_)', 2],
    ['[$Rp-421]#,##0', 0],
    ['"Rp" #,##0.00', 2],
    ['"Rp."#,##0', 0],
    ['#,##0.00 "dok"', 2],
    ['[Red]0.0', 1],
    ['0.000E+00', 3],
  ];
  it.each(cases)('%p → %p', (fmt, expected) => {
    expect(decimalsFromFormat(fmt)).toBe(expected);
  });
});

describe('matchesStated without a tolerance: stated equals the exact value rounded or truncated', () => {
  const exacts = [ikm, overTarget, d('0'), d('-2.5'), d('1e-30'), d('123456789012.345'), d('Infinity'), d('NaN')];
  const stateds = ['94.71', '94.7', '106', '106.67', '0', '-2', '-3', '-2.5', '0.00', '123456789012.35', '123456789012.34', 'Infinity', 'NaN'];
  // The definition: |stated − candidate| ≤ 0 for the rounded or the truncated exact value.
  const reference = (stated: Dec, places: number, exact: Dec) =>
    [roundHalfUp(exact, places), truncate(exact, places)].some(c => stated.minus(c).abs().lte(0));
  it.each(exacts.map(e => [e.toString(), e]))('exact %s', (_name, exact) => {
    for (const s of stateds) {
      for (const places of [0, 1, 2, 3]) {
        const want = reference(d(s), places, exact);
        expect([s, places, matchesStated(d(s), places, exact)]).toEqual([s, places, want]);
        expect([s, places, matchesStated(d(s), places, exact, { tolerance: new Dec(0) })]).toEqual([s, places, want]);
      }
    }
  });
});
