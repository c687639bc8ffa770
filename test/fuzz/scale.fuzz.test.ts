/**
 * Fuzzing the reader of a workbook's own kategori scale (src/engine/kategori/scale-table):
 * any range text gives bounds or a reason, any table gives a scale or problems; nothing throws.
 */
import fc from 'fast-check';
import { bandText, classify, parseRangeText, scaleFromTable, splitLabelRange } from '../../src/engine/kategori';
import { Dec } from '../../src/engine/decimal';
import { findScaleTable } from '../../src/layout/scale-tables';
import { SheetView } from '../../src/layout/sheet-view';
import { grid, type Raw } from '../helpers/grid';

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
  { weight: 3, arbitrary: fc.constantFrom('≥', '≤', '<', '>', '<=', '>=', '=<', '=>', '⩽', '⩾', '≧', '≦', '=', '%', ' %', '-', '–', '—', '−', '~') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      's.d.', 's.d', 's/d', 'sd', 'sampai dengan', 'sampai', 'hingga', 'to', 'Diatas', 'di atas', 'Di Bawah', 'Kurang dari',
      'lebih dari', 'lebih besar dari', 'lebih dari atau sama dengan', 'kurang dari atau sama dengan', 'ke atas', 'ke bawah',
      'antara', 'dan', 'minimal', 'maksimal', 'paling sedikit', 'tidak lebih dari', 'melebihi', 'persen',
      'lebih dari sama dengan', 'kurang dari sama dengan', 'tidak kurang dari', 'keatas', 'dibawah', 's.d', 'S.D.', 'x',
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

  it('one table printed in every form gives the same kategori for any capaian', () => {
    // Descending integer bands 0 < e1 < e2 < … ≤ 100: "91 - 100", "76 - 90" … printed six ways.
    const edges = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 6 }).map(a => [...a].sort((x, y) => y - x));
    const forms: ((lo: number, hi: number | undefined) => string)[] = [
      (lo, hi) => (hi === undefined ? `${lo} - 100` : `${lo} - ${hi}`),
      (lo, hi) => (hi === undefined ? `${lo} s.d. 100` : `${lo} s/d ${hi} %`),
      (lo, hi) => (hi === undefined ? `${lo} % ≤ 100 %` : `${lo} % ≤ ${hi} %`),
      (lo, hi) => (hi === undefined ? `${lo} ≤ x ≤ 100` : `${lo} ≤ x ≤ ${hi}`),
      (lo, hi) => (hi === undefined ? `≥ ${lo}` : `${lo} – ${hi}`),
      lo => String(lo), // lone lower bounds
    ];
    fc.assert(
      fc.property(edges, fc.integer({ min: -500, max: 15000 }), (tops, hundredths) => {
        // Bands: [tops[0], 100], [tops[1], tops[0] − 1], …, [0, last − 1].
        const lows = [...tops, 0];
        const v = new Dec(hundredths).div(100);
        const labels = forms.map(form => {
          const { scale, problems } = scaleFromTable(lows.map((lo, i) => ({ range: form(lo, i === 0 ? undefined : lows[i - 1] - 1), label: `K${i}` })));
          expect(problems).toEqual([]);
          return classify(scale!, v).label;
        });
        // The band whose lower bound is the highest one at or under v; below 0, the lowest band.
        const at = lows.findIndex(lo => v.gte(lo));
        const expected = `K${at === -1 ? lows.length - 1 : at}`;
        expect(labels).toEqual(forms.map(() => expected));
      }),
      { numRuns: Math.min(numRuns, 500) },
    );
  }, timeout);

  it('a band written out by bandText ("> 80 s.d. ≤ 90") reads back as the same band', () => {
    const edge = fc.option(fc.tuple(fc.integer({ min: 0, max: 15000 }), fc.boolean()), { nil: undefined });
    fc.assert(
      fc.property(edge, edge, (lo, hi) => {
        const min = lo && new Dec(lo[0]).div(100);
        const max = hi && new Dec(hi[0]).div(100);
        if (!min && !max) return;
        if (min && max && !min.lt(max)) return;
        const band = { label: 'K', min, minInclusive: !!lo?.[1], max, maxInclusive: !!hi?.[1] };
        const r = parseRangeText(bandText(band));
        expect('bounds' in r).toBe(true);
        if (!('bounds' in r)) return;
        expect([r.bounds.min?.toFixed(), r.bounds.minInclusive && !!min, r.bounds.max?.toFixed(), r.bounds.maxInclusive && !!max]).toEqual([
          min?.toFixed(), band.minInclusive && !!min, max?.toFixed(), band.maxInclusive && !!max,
        ]);
      }),
      { numRuns },
    );
  }, timeout);

  it('labels holding a range ("Sangat Tinggi (≥ 91%)") split into a clean label and a range, never throw', () => {
    fc.assert(
      fc.property(label, rangeText, fc.constantFrom('(', '[', ': ', ' = '), (l, r, open) => {
        const text = open === '(' ? `${l} (${r})` : open === '[' ? `${l} [${r}]` : `${l}${open}${r}`;
        const split = splitLabelRange(text);
        if (split) {
          expect(/\d/.test(split.label)).toBe(false);
          expect(/\d/.test(split.range)).toBe(true);
        }
        const t = scaleFromTable([{ range: '', label: text }, { range: '< 0', label: 'Nol' }]);
        for (const b of t.scale?.bands ?? []) expect(b.label.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  }, timeout);

  it('findScaleTable on random blocks under scale header words: a result has two or more labelled lines, never throws', () => {
    const head = fc.constantFrom('No', 'Rentang Capaian', 'Interval Nilai', 'Nilai Capaian', 'Skala Nilai', 'Range', 'Kriteria', 'Kategori', 'Predikat', 'Interpretasi', 'Kode', 'Urutan', 'Tahun');
    const cell: fc.Arbitrary<Raw> = fc.oneof(rangeText, label, fc.integer({ min: -5, max: 2030 }), fc.double({ min: -2, max: 200, noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(head, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 14 }), (heads, body) => {
        const view = new SheetView(grid('Skala', [heads, ...body]));
        const f = findScaleTable(view, 1);
        if (!f) return;
        expect(f.table.lines.length).toBeGreaterThanOrEqual(2);
        for (const l of f.table.lines) expect(/\p{L}/u.test(l.label)).toBe(true);
        expect(f.end).toBeGreaterThanOrEqual(f.table.lines[f.table.lines.length - 1].row);
        scaleFromTable(f.table.lines, f.table.title);
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
