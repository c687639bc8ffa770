import fc from 'fast-check';
import { Dec, plain } from '../../src/engine/decimal';
import { decFromCellNumber, formatId, formatPercentId, formatRupiah, parseNumberText } from '../../src/engine/number';
import type { Convention, NumberParse } from '../../src/engine/number';

const numRuns = Number(process.env.FUZZ_RUNS || 2000);

/** Values as reports hold them: 0–2 decimals, |x| ≤ 10^13 (rupiah up to ten trillion, percentages). */
const reportValue = fc.integer({ min: 0, max: 2 }).chain((places) => {
  const bound = 10n ** BigInt(13 + places);
  return fc.bigInt({ min: -bound, max: bound }).map((n) => new Dec(n.toString()).div(new Dec(10).pow(places)));
});

/** An en-US writer for the round trip the other way (`-1,234,567.5`). */
function formatEn(x: Dec): string {
  const [int, frac] = plain(x.abs()).split('.');
  const body = int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? '.' + frac : '');
  return (x.isNegative() && !x.isZero() ? '-' : '') + body;
}

/** Reads without a hint; only a reported ambiguity may fall back to the column's convention. */
function readBack(text: string, convention: Convention): Extract<NumberParse, { ok: true }> {
  const bare = parseNumberText(text);
  if (bare.ok) return bare;
  expect(bare.kind).toBe('ambiguous');
  const hinted = parseNumberText(text, convention);
  if (!hinted.ok) throw new Error(`«${text}» unreadable with hint ${convention}: ${hinted.reason}`);
  expect(hinted.ambiguous).toBe(true);
  return hinted;
}

describe('round trips: what we write we read back, never misread without a hint', () => {
  it('formatId(x) → parseNumberText → x', () => {
    fc.assert(
      fc.property(reportValue, (x) => {
        const r = readBack(formatId(x), 'id-ID');
        expect(r.value.eq(x)).toBe(true);
        expect(r.convention).not.toBe('en-US');
        expect(r.percent || r.currency).toBe(false);
      }),
      { numRuns },
    );
  });

  it('formatId(x, 2) always carries a decimal comma, so it never needs a hint', () => {
    fc.assert(
      fc.property(reportValue, (x) => {
        const r = parseNumberText(formatId(x, 2));
        expect(r.ok && r.value.eq(x) && r.decimals === 2 && r.convention === 'id-ID').toBe(true);
      }),
      { numRuns },
    );
  });

  it('formatPercentId(x) → percent x with 2 decimals', () => {
    fc.assert(
      fc.property(reportValue, (x) => {
        const r = parseNumberText(formatPercentId(x));
        expect(r.ok && r.percent && r.value.eq(x) && r.decimals === 2).toBe(true);
      }),
      { numRuns },
    );
  });

  it('formatRupiah(x) → rupiah x, without a hint', () => {
    fc.assert(
      fc.property(reportValue, (x) => {
        const r = parseNumberText(formatRupiah(x));
        expect(r.ok && r.currency && r.value.eq(x)).toBe(true);
      }),
      { numRuns },
    );
  });

  it('en-US text reads back with the en-US column convention', () => {
    fc.assert(
      fc.property(reportValue, (x) => {
        const r = readBack(formatEn(x), 'en-US');
        expect(r.value.eq(x)).toBe(true);
        expect(r.convention).not.toBe('id-ID');
      }),
      { numRuns },
    );
  });

  it('decFromCellNumber gives back the value Excel stored (≤ 15 significant digits)', () => {
    fc.assert(
      fc.property(reportValue, (x) => {
        expect(decFromCellNumber(x.toNumber()).eq(x)).toBe(true);
      }),
      { numRuns },
    );
  });

  it('decFromCellNumber reads a whole number exactly as through its 15-digit text (the fast path changes nothing)', () => {
    const whole = fc.oneof(fc.integer(), fc.double({ min: -1e16, max: 1e16, noNaN: true }).map(Math.trunc), fc.constantFrom(1e15 - 1, 1e15, -(1e15 - 1), 2 ** 53, 1e7, 1e7 - 1));
    fc.assert(
      fc.property(whole, (n) => {
        if (n === 0) return;
        const viaText = new Dec(n.toPrecision(15));
        const fast = decFromCellNumber(n);
        expect([fast.toString(), fast.decimalPlaces(), fast.precision()]).toEqual([viaText.toString(), viaText.decimalPlaces(), viaText.precision()]);
      }),
      { numRuns },
    );
  });
});

describe('robustness on arbitrary text', () => {
  const alphabet = fc.constantFrom(...'0123456789.,-%() Rp.−–kasus'.split(''));
  const numberish = fc.array(alphabet, { maxLength: 24 }).map((cs) => cs.join(''));

  it('never throws; a number is a finite plain decimal with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string({ maxLength: 30 })), fc.constantFrom<Convention | undefined>(undefined, 'id-ID', 'en-US'), (text, hint) => {
        const r = parseNumberText(text, hint);
        expect(r.reason.length).toBeGreaterThan(0);
        if (r.ok) {
          expect(plain(r.value)).toMatch(/^-?\d+(\.\d+)?$/);
          expect(r.decimals).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns },
    );
  });

  it('a hint only matters for text that is ambiguous on its own', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const bare = parseNumberText(text);
        if (!bare.ok) return;
        for (const hint of ['id-ID', 'en-US'] as const) {
          const hinted = parseNumberText(text, hint);
          expect(hinted.ok && hinted.value.eq(bare.value)).toBe(true);
        }
      }),
      { numRuns },
    );
  });
});
