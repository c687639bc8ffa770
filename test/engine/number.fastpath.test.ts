import fc from 'fast-check';
import { parseGeneral, parseNumberText } from '../../src/engine/number/parse';

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
