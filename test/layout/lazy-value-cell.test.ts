import { LazyValueCell } from '../../src/layout/lazy-value-cell';
import { readNumber } from '../../src/layout/values';
import type { Cell } from '../../src/model/grid';

/** A cell read on demand gives, field by field, what the eager reader gives for the same cell. */

const FIELDS = ['status', 'value', 'percent', 'fromText', 'decimals', 'unit', 'display', 'formula', 'reason'] as const;

const cells: (Cell | null)[] = [
  null,
  { value: null },
  { value: 0 },
  { value: -0 },
  { value: 1234567 },
  { value: 1234567.891, numFmt: '#,##0' },
  { value: 80.49999999999999 },
  { value: 0.9205, numFmt: '0.00%' },
  { value: 0.5, numFmt: '0%', formula: 'B2/C2' },
  { value: 80, numFmt: '0\\%' },
  { value: 109.2, numFmt: '0.00' },
  { value: -1.005, numFmt: '#,##0.00;(#,##0.00)' },
  { value: 45000, numFmt: 'dd/mm/yyyy' },
  { value: 1e-7 },
  { value: Number.NaN },
  { value: Number.POSITIVE_INFINITY, formula: 'A1/0' },
  { value: '#DIV/0!', error: true, formula: 'A1/0' },
  { value: 12, error: true },
  { value: true },
  { value: '  91,09% ' },
  { value: '1.234.567,00' },
  { value: 'Rp. 1.000,-' },
  { value: '-' },
  { value: '1.234' },
  { value: 'tidak ada' },
  { value: '   ' },
];

describe('LazyValueCell', () => {
  it.each(cells.map(c => [JSON.stringify(c), c]))('reads %s as readNumber does', (_name, cell) => {
    for (const hint of [undefined, 'id-ID', 'en-US'] as const) {
      const eager = readNumber(cell as Cell | null, hint);
      const lazy = new LazyValueCell(cell as Cell | null, hint, 'Lembar', 7, 28);
      for (const f of FIELDS) {
        const a = eager[f];
        const b = lazy[f];
        if (f === 'value') expect(b === undefined ? undefined : String(b)).toBe(a === undefined ? undefined : String(a));
        else expect([f, b]).toEqual([f, a]);
      }
      expect(lazy.addr).toBe('AB7');
      expect(lazy.text).toBe(typeof (cell as Cell | null)?.value === 'string' ? String((cell as Cell).value).trim() : '');
    }
  });

  it('makes the Decimal once and only when asked', () => {
    const lazy = new LazyValueCell({ value: 0.25, numFmt: '0.00%' }, undefined, 'Lembar', 1, 1);
    expect(lazy.status).toBe('number');
    expect(lazy.value).toBe(lazy.value);
    expect(lazy.value!.toString()).toBe('25');
    expect(lazy.display).toBe('25,00%');
  });
});
