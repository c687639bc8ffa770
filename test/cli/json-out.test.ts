import { jsonChunks } from '../../src/cli/json-out';
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
});
