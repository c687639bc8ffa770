import { jsonChunks, RowSource } from '../../src/cli/json-out';
import { Dec } from '../../src/engine/decimal';

/** The chunked --json writer gives exactly JSON.stringify's text, whatever the shape and the chunk size. */

const report = {
  schema: 'capaian-check/1',
  workbook: 'contoh "baris"\nkedua.xlsx',
  tables: [{ sheet: 'DPA', range: 'A1:F9', columns: { no: 'A', pagu: 'E' }, headerRows: [1, 2], reasons: {} }],
  results: Array.from({ length: 300 }, (_, i) => ({ sheet: 'DPA', cell: `F${i + 2}`, value: `${i},5`, polarity: i % 2 ? undefined : 'positif' })),
  findings: [],
  groups: [{ rule: 'x', cells: [] as string[], nested: [[1, [2, { a: [] }]], {}] }],
  summary: { tables: 1, results: 300, findings: { error: 0, warning: 0, info: 0 } },
  skipped: undefined,
  fn: () => 1,
  list: [undefined, () => 2, null, Number.NaN, Number.POSITIVE_INFINITY, -0, true, 'ü → ✓'],
  decimal: new Dec('12.50'),
  date: new Date(Date.UTC(2026, 0, 2)),
  notices: [],
  understanding: {},
};

describe('jsonChunks', () => {
  it.each([
    ['one report', report],
    ['a list of reports', [report, { ...report, workbook: 'dua.xlsx' }]],
    ['an empty list', []],
    ['a scalar', 'teks'],
    ['null', null],
  ])('%s: joined chunks equal JSON.stringify(value, null, 1)', (_name, value) => {
    for (const size of [1, 7, 1 << 16]) expect([...jsonChunks(value, ' ', size)].join('')).toBe(JSON.stringify(value, null, 1));
  });

  it('also for a two-space indent', () => {
    expect([...jsonChunks(report, '  ')].join('')).toBe(JSON.stringify(report, null, 2));
  });

  it('a report longer than one batch of rows, alone and in a list: the same text, in many chunks', () => {
    const big = { ...report, results: Array.from({ length: 4500 }, (_, i) => ({ cell: `F${i}`, inputs: [`B${i}`, `C${i}`], nested: { a: [i] } })) };
    for (const value of [big, [big, report]]) {
      const chunks = [...jsonChunks(value, ' ', 1000)];
      expect(chunks.join('')).toBe(JSON.stringify(value, null, 1));
      expect(chunks.length).toBeGreaterThan(3);
    }
  });

  it('rows given by a RowSource are written as the array they stand for, made a slice at a time', () => {
    const rows = Array.from({ length: 4500 }, (_, i) => ({ cell: `F${i}`, skip: undefined, polarity: i % 3 ? undefined : 'negatif' }));
    const asked: number[] = [];
    const source = () =>
      new RowSource(rows.length, (from, to) => {
        asked.push(to - from);
        return rows.slice(from, to);
      });
    const value = { ...report, results: rows };
    expect([...jsonChunks({ ...report, results: source() }, ' ', 1000)].join('')).toBe(JSON.stringify(value, null, 1));
    expect(Math.max(...asked)).toBeLessThan(rows.length);
    // Inside a list of reports, and deeper than the rows are walked (each row asked on its own).
    expect([...jsonChunks([{ ...report, results: source() }, report], ' ')].join('')).toBe(JSON.stringify([value, report], null, 1));
    expect([...jsonChunks({ a: { b: { c: source() } } }, ' ')].join('')).toBe(JSON.stringify({ a: { b: { c: rows } } }, null, 1));
    expect([...jsonChunks({ results: new RowSource(0, () => []) }, ' ')].join('')).toBe(JSON.stringify({ results: [] }, null, 1));
  });
});
