import fc from 'fast-check';
import { decFromCellNumber, parseGeneral, parseNumberText } from '../../src/engine/number/parse';
import { Dec } from '../../src/engine/decimal';

/** The fast path for "150" and "80,50" must read exactly as the general reader does. */
const same = (text: string, hint?: 'id-ID' | 'en-US') => {
  const a = parseNumberText(text, hint);
  const b = parseGeneral(text, hint);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
};

describe('number fast path', () => {
  it.each(['150', '-7', '0', '-0', '007', '80,5', '80,50', '-0,00', '123456789012345', '4319696654'])('"%s" reads as the general reader does', t => {
    same(t);
    same(t, 'id-ID');
    same(t, 'en-US');
  });

  it('agrees with the general reader on random integers and id-ID decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (i, d, withDec) => {
        const text = withDec ? `${i},${String(d).padStart(d % 2 ? 1 : 2, '0')}` : `${i}`;
        same(text);
        same(text, 'id-ID');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS || 2000) },
    );
  });
});

/** A whole cell number is built from its digits without text; it must be the very Decimal new Dec(n) makes. */
describe('whole cell numbers', () => {
  const parts = (x: Dec) => {
    const o = x as unknown as { s: number; e: number; d: number[]; constructor: unknown };
    return { s: o.s, e: o.e, d: [...o.d], ctor: o.constructor === Dec, own: Object.keys(o) };
  };
  const same = (n: number) => {
    const fast = decFromCellNumber(n);
    const slow = new Dec(n);
    expect(parts(fast)).toEqual(parts(slow));
    expect(fast.toString()).toBe(String(n));
    // Arithmetic on it gives what it gives on the slow one.
    expect(fast.times(3).minus(7).div(11).toFixed(20)).toBe(slow.times(3).minus(7).div(11).toFixed(20));
  };

  it.each([1, -1, 9, 10, 9_999_999, 10_000_000, 10_000_001, 12_300_000, 100_000_000_000_000, 999_999_999_999_999,
    -999_999_999_999_999, 10_450_397_372_274, 8_855_485_813_511, 1_594_911_558_763, 20_000_000_000_000, 70_000_000, 99_999_990_000_000])('%d', n => same(n));

  it('agrees with new Dec(n) on random whole numbers below 10^15 and on every power of ten', () => {
    for (let k = 0; k < 15; k++) {
      same(10 ** k);
      same(-(10 ** k));
      same(10 ** k - 1 || 1);
    }
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }).filter(n => n !== 0), same),
      { numRuns: Number(process.env.FUZZ_RUNS || 5000) },
    );
  });
});
