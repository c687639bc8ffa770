import { amountTree } from '../../src/layout/amount-hierarchy';
import { recognise } from '../../src/layout/recognise';
import { tableValues } from '../../src/layout/table-values';
import type { Dec } from '../../src/engine/decimal';
import { book, grid, type Raw } from '../helpers/grid';

/**
 * The hierarchy the amounts show, where the layout shows none: a parent is a row whose pagu is the exact
 * sum of the rows below it, and only what the sums make certain is checked.
 */
function treeOf(rows: Raw[][]) {
  const wb = book(grid('DPA', rows));
  const tv = tableValues(wb, recognise(wb).tables[0]);
  const val = (i: number): Dec | undefined => {
    const c = tv.rows[i].cells.pagu;
    return c && c.status === 'number' && !c.percent ? c.value : undefined;
  };
  const tree = amountTree(tv, val, tv.rows.some(r => r.row.parent !== undefined));
  const row = (i: number) => tv.rows[i].row.row;
  return {
    children: [...tree.children].map(([p, kids]) => [row(p), kids.map(row)]),
    checkable: [...tree.checkable].map(row).sort((a, b) => a - b),
    totals: [...tree.totals].map(([t, kids]) => [row(t), kids.map(row)]),
  };
}

describe('amount hierarchy of a flat list', () => {
  // Kegiatan and their sub kegiatan with no code, marker or level word: only the sums tell them apart.
  const rows: Raw[][] = [
    ['Uraian', 'Pagu (Rp)'],
    ['Program Penunjang Urusan Pemerintahan Daerah', 1_250_000_000],
    ['Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 450_000_000],
    ['Penyusunan Dokumen Perencanaan Perangkat Daerah', 150_000_000],
    ['Evaluasi Kinerja Perangkat Daerah', 300_000_000],
    ['Administrasi Keuangan Perangkat Daerah', 800_000_000],
    ['Penyediaan Gaji dan Tunjangan ASN', 700_000_000],
    ['Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 100_000_000],
    ['JUMLAH', 1_250_000_000],
  ];

  it('each kegiatan takes the sub kegiatan its pagu sums, and the program takes the kegiatan', () => {
    const t = treeOf(rows);
    expect(t.children).toEqual(expect.arrayContaining([[3, [4, 5]], [6, [7, 8]], [2, [3, 6]]]));
    expect(t.checkable).toEqual(expect.arrayContaining([2, 3, 6]));
    expect(t.totals).toEqual([[9, [2]]]);
  });

  it('a kegiatan that does not add up leaves its program unjudged instead of guessing', () => {
    const wrong = rows.map(r => [...r]);
    wrong[5][1] = 850_000_000; // Administrasi Keuangan: 700 + 100 = 800, stated 850
    const t = treeOf(wrong);
    expect(t.checkable).not.toContain(2);
    expect(t.children.find(([p]) => p === 6)).toBeUndefined();
  });
});
