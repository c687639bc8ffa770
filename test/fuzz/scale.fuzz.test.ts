/**
 * Fuzzing the reader of a workbook's own kategori scale (src/engine/kategori/scale-table):
 * any range text gives bounds or a reason, any table gives a scale or problems; nothing throws.
 */
import fc from 'fast-check';
import { classify, parseRangeText, scaleFromTable } from '../../src/engine/kategori';
import { Dec } from '../../src/engine/decimal';

const numRuns = Number(process.env.FUZZ_RUNS || 2000);
/** Jest's 180 s default would cut a long `npm run fuzz` short: allow ~2 ms per case. */
const timeout = Math.max(180_000, numRuns * 2);

const number = fc.oneof(
  fc.integer({ min: 0, max: 150 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(',', '.')).map(([a, b, s]) => `${a}${s}${b}`),
  fc.integer({ min: -50, max: 0 }).map(String),
  fc.constantFrom('1.000', '1,000,5', '99999999999999999999999999', '0,0001', '007'),
);

const fragment = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom('≥', '≤', '<', '>', '<=', '>=', '=<', '=>', '⩽', '⩾', '=', '%', ' %', '-', '–', '—', '−', '~') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      's.d.', 's.d', 's/d', 'sd', 'sampai dengan', 'sampai', 'hingga', 'to', 'Diatas', 'di atas', 'Di Bawah', 'Kurang dari',
      'lebih dari', 'lebih besar dari', 'lebih dari atau sama dengan', 'kurang dari atau sama dengan', 'ke atas', 'ke bawah',
      'antara', 'dan', 'minimal', 'maksimal', 'paling sedikit', 'tidak lebih dari', 'melebihi', 'persen',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', 'capaian', 'x', 'c', 'nilai', 'realisasi', '(', ')', ':', ';', '\n') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'grapheme' }) },
);

const rangeText = fc.array(fragment, { maxLength: 10 }).map(parts => parts.join(' '));
const label = fc.oneof(
  fc.constantFrom('Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah', 'Memuaskan', 'Baik', 'Cukup', 'Kurang', '', '  '),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
);

describe('fuzz: kategori scale tables', () => {
  it('parseRangeText: random range texts give bounds or a reason, never throw', () => {
    fc.assert(
      fc.property(fc.oneof(rangeText, fc.string({ maxLength: 40, unit: 'grapheme' })), text => {
        const r = parseRangeText(text);
        if ('problem' in r) {
          expect(typeof r.problem).toBe('string');
          expect(r.problem.length).toBeGreaterThan(0);
        } else {
          const { min, max } = r.bounds;
          for (const v of [min, max]) if (v !== undefined) expect(v.isFinite()).toBe(true);
          if (min !== undefined && max !== undefined) expect(min.lte(max)).toBe(true);
        }
      }),
      { numRuns },
    );
  }, timeout);

  it('scaleFromTable: returns a scale or problems; a scale classifies any value without throwing', () => {
    const line = fc.record({ range: fc.oneof(rangeText, fc.constant('')), label });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.string({ maxLength: 30 }), fc.double({ min: -1000, max: 1000, noNaN: true }), (lines, name, v) => {
        const r = scaleFromTable(lines, name || undefined);
        expect(Array.isArray(r.problems)).toBe(true);
        for (const p of r.problems) expect(p.length).toBeGreaterThan(0);
        if (!r.scale) {
          expect(r.problems.length).toBeGreaterThan(0);
          return;
        }
        expect(r.scale.bands.length).toBeGreaterThan(0);
        expect(r.scale.id.startsWith('workbook:')).toBe(true);
        const c = classify(r.scale, new Dec(v.toPrecision(15)));
        expect(c).toBeDefined();
      }),
      { numRuns },
    );
  }, timeout);

  it('answers quickly on very long range texts', () => {
    for (const t of [
      '≥ '.repeat(16000) + '1',
      '1 '.repeat(16000),
      'lebih dari '.repeat(3000) + 'x',
      'antara '.repeat(4000) + '1',
      's.d. '.repeat(6000),
      'sampai dengan '.repeat(3000) + 'dan',
    ]) {
      const start = Date.now();
      parseRangeText(t);
      scaleFromTable([{ range: t, label: 'Baik' }, { range: t, label: 'Kurang' }]);
      expect(Date.now() - start).toBeLessThan(3000);
    }
  }, timeout);
});
