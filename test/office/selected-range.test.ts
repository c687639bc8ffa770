import { createHostActions, type OfficeHost } from '../../src/workbook/office/host-actions';
import { createFakeExcel } from '../fakes/fake-excel';
import { book, grid } from '../helpers/grid';

/** The pane's "Tandai tabel dari pilihan" reads the selection through this host action. */
const wb = book(
  grid('Lampiran', [
    ['Lampiran III'],
    [],
    [null, 'Uraian', null, 'T', 'R', '%'],
    [1, 'Indeks Kepuasan Masyarakat', 'indeks', 85, 80.5, 94.71],
    [2, 'Nilai SAKIP', 'nilai', 70, 72.5, 103.57],
    [3, 'Jumlah desa mandiri', 'desa', 12, 9, 80],
  ]),
  grid("Lembar 'B'", [['Jumlah'], [5]]),
);

function actions() {
  const fake = createFakeExcel(wb);
  return { fake, host: createHostActions({ excel: { run: fake.run as unknown as OfficeHost['excel']['run'] }, isSetSupported: fake.isSetSupported }) };
}

describe('the selected range, for marking a table by hand', () => {
  it('gives the sheet, the range and the text of its first rows in three syncs', async () => {
    const { fake, host } = actions();
    fake.selectRange('Lampiran', 'A3:F6');
    fake.resetStats();
    const sel = await host.selectedRange();
    expect(sel).toEqual({
      sheet: 'Lampiran',
      address: 'A3:F6',
      top: 3,
      left: 1,
      bottom: 6,
      right: 6,
      headRows: [
        ['', 'Uraian', '', 'T', 'R', '%'],
        ['1', 'Indeks Kepuasan Masyarakat', 'indeks', '85', '80.5', '94.71'],
        ['2', 'Nilai SAKIP', 'nilai', '70', '72.5', '103.57'],
      ],
    });
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.perCellCalls).toBe(0);
  });

  it('cuts whole columns to the rows that hold data', async () => {
    const { fake, host } = actions();
    fake.selectRange('Lampiran', 'B:F');
    expect(await host.selectedRange()).toMatchObject({ address: 'B1:F6', top: 1, bottom: 6 });
  });

  it('answers in a sentence when the selection holds no table', async () => {
    const { fake, host } = actions();
    fake.selectRange('Lampiran', 'K20:M30');
    await expect(host.selectedRange()).rejects.toThrow('Rentang K20:M30 di lembar "Lampiran" tidak berisi data. Pilih rentang tabel (baris judul dan isinya), lalu coba lagi.');
    fake.selectRange('Lampiran', 'B4:F4');
    await expect(host.selectedRange()).rejects.toThrow(/paling sedikit satu baris isi/);
  });

  it("reads a quoted sheet name holding an apostrophe", async () => {
    const { fake, host } = actions();
    fake.selectRange("Lembar 'B'", 'A1:A2');
    expect(await host.selectedRange()).toMatchObject({ sheet: "Lembar 'B'", address: 'A1:A2', headRows: [['Jumlah'], ['5']] });
  });
});
