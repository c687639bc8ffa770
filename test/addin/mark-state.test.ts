import { createSettingsStore, memorySettings, sanitizeSettings } from '../../src/settings-store';
import { markTable, setColumnRole, setKind } from '../../src/taskpane/state/corrections';
import type { TableCorrection } from '../../src/model/table-correction';

const marking = { sheet: 'Lampiran', range: 'A3:F7', headerRows: 1, kind: 'realisasi_kinerja', roles: { B: 'indikator', D: 'target', E: 'realisasi', F: 'capaian', C: '' } };

describe('a marked table as a stored correction', () => {
  it('becomes one correction keyed by its sheet and first row, roles by column letter', () => {
    expect(markTable([], marking)).toEqual([
      { sheet: 'Lampiran', headerRow: 3, range: 'A3:F7', headerRows: 1, kind: 'realisasi_kinerja', columns: { indikator: 'B', target: 'D', realisasi: 'E', capaian: 'F' } },
    ]);
  });

  it('replaces a correction of the same table and an earlier marking it overlaps, and keeps the others', () => {
    const before: TableCorrection[] = [
      { sheet: 'Lampiran', headerRow: 3, kind: 'dpa' },
      { sheet: 'Lampiran', headerRow: 5, range: 'E5:H9', kind: 'dpa', columns: { pagu: 'F' } },
      { sheet: 'Lampiran', headerRow: 20, ignore: true },
      { sheet: 'Lain', headerRow: 3, range: 'A3:F7', kind: 'efisiensi', columns: { efisiensi: 'F' } },
    ];
    const after = markTable(before, marking);
    expect(after.map(c => `${c.sheet}!${c.headerRow}${c.range ? ':' + c.range : ''}`)).toEqual(['Lampiran!20', 'Lain!3:A3:F7', 'Lampiran!3:A3:F7']);
  });

  it('is edited afterwards through the same card controls as any correction', () => {
    let k = markTable([], marking);
    k = setKind(k, { sheet: 'Lampiran', headerRow: 3 }, 'perjanjian_kinerja');
    k = setColumnRole(k, { sheet: 'Lampiran', headerRow: 3 }, 'C', undefined, 'satuan');
    expect(k).toEqual([expect.objectContaining({ range: 'A3:F7', kind: 'perjanjian_kinerja', columns: expect.objectContaining({ satuan: 'C', capaian: 'F' }) })]);
  });

  it('survives the round trip through the workbook settings; a bad range is not stored', async () => {
    const backend = memorySettings();
    const store = createSettingsStore(backend);
    const koreksi: TableCorrection[] = [...markTable([], marking), { sheet: 'Lampiran', headerRow: 9, range: 'A9:tabel', kind: 'dpa' }];
    await store.save({ ...sanitizeSettings({}), koreksi });
    expect((await store.load()).koreksi).toEqual([markTable([], marking)[0]]);
  });

  it('reads corrections written by hand: lower-case letters, $ anchors, headerRow left out', () => {
    const s = sanitizeSettings({ koreksi: [{ sheet: 'Lampiran', range: '$b$4:$h$20', headerRows: 2, kind: 'dpa', columns: { pagu: 'g' } }] });
    expect(s.koreksi).toEqual([{ sheet: 'Lampiran', headerRow: 4, range: 'B4:H20', headerRows: 2, kind: 'dpa', columns: { pagu: 'G' } }]);
  });
});
