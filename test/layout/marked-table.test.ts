import fc from 'fast-check';
import { applyCorrections } from '../../src/layout/corrections';
import { evaluateWorkbook } from '../../src/usecase/check';
import { lastCol, lastRow } from '../../src/model/grid';
import { parseRange } from '../../src/model/address';
import { recognise } from '../../src/layout/recognise';
import { runCheck } from '../../src/usecase/run';
import { DEFAULT_SETTINGS, type RunSettings } from '../../src/usecase/settings';
import type { TableCorrection } from '../../src/model/table-correction';
import type { WorkbookData } from '../../src/model/grid';
import type { WorkbookPort } from '../../src/model/workbook-port';
import { book, grid } from '../helpers/grid';

/**
 * A realisation table with no header words at all (the header row is blank), below a title. Row 7 (Jumlah desa
 * mandiri, 9 of 12) states 80,00% where realisasi against target is 75,00%: a planted error.
 */
const tanpaJudul = () =>
  book(
    grid('Lampiran', [
      ['Lampiran III'],
      [],
      [null, null, null, null, null, null],
      [1, 'Indeks Kepuasan Masyarakat', 'indeks', 85, 80.5, 94.71],
      [2, 'Persentase dokumen perencanaan tepat waktu', '%', 90, 81, 90],
      [3, 'Nilai SAKIP', 'nilai', 70, 72.5, 103.57],
      [4, 'Jumlah desa mandiri', 'desa', 12, 9, 80],
    ]),
  );

/** A table the recogniser finds by its header words. */
const kinerja = () =>
  book(
    grid('Kinerja', [
      ['No', 'Indikator', 'Target', 'Capaian TW IV', 'Capaian (%)'],
      [1, 'Indeks Kepuasan Masyarakat', 85, 80.5, 91.09],
      [2, 'Jumlah dokumen perencanaan', 3, 3, 100],
    ]),
  );

const marking: TableCorrection = {
  sheet: 'Lampiran',
  headerRow: 3,
  range: 'A3:F7',
  kind: 'realisasi_kinerja',
  columns: { no: 'A', indikator: 'B', satuan: 'C', target: 'D', realisasi: 'E', capaian: 'F' },
};

/** A port over a workbook held in memory: the one use case, without a file or Excel. */
function memoryPort(wb: WorkbookData): WorkbookPort {
  const none = { sheetsWritten: [], cellsWritten: 0, cellsFilled: 0, notesWritten: 0 };
  return { read: async () => wb, apply: async () => none, clear: async () => none };
}
const withKoreksi = (koreksi: TableCorrection[]): RunSettings => ({ ...DEFAULT_SETTINGS, polaritas: {}, koreksi });

describe('a table marked by hand', () => {
  it('reads A1 ranges as Excel and users write them', () => {
    expect(parseRange('B4:H20')).toEqual({ top: 4, left: 2, bottom: 20, right: 8 });
    expect(parseRange("'Capaian Kinerja'!$H$20:$B$4")).toEqual({ top: 4, left: 2, bottom: 20, right: 8 });
    expect(parseRange('C:E')).toEqual({ top: 1, left: 3, bottom: 1_048_576, right: 5 });
    expect(parseRange('D7')).toEqual({ top: 7, left: 4, bottom: 7, right: 4 });
    expect(parseRange('B0:C3')).toBeUndefined();
    expect(parseRange('XFE1:XFE2')).toBeUndefined();
    expect(parseRange('tabel saya')).toBeUndefined();
  });

  it('becomes a table of the chosen kind with the given roles, confidence 1, body read below its header row', () => {
    const wb = tanpaJudul();
    const rec = applyCorrections(recognise(wb), [marking], wb);
    const mine = rec.tables.filter(t => t.sheet === 'Lampiran');
    expect(mine).toHaveLength(1);
    const t = mine[0];
    expect(t).toMatchObject({ kind: 'realisasi_kinerja', headerRows: [3], bodyTop: 4, bodyBottom: 7, left: 1, right: 6, confidence: 1 });
    expect(t.notes[0]).toBe('ditandai pengguna');
    expect(Object.fromEntries(Object.entries(t.columns).map(([r, m]) => [r, m.col]))).toEqual({ no: 1, indikator: 2, satuan: 3, target: 4, realisasi: 5, capaian: 6 });
    expect(t.columns.capaian).toMatchObject({ header: 'kolom F', reason: 'ditandai pengguna', percentHeader: true });
    expect(t.rows.filter(r => r.kind === 'data').map(r => [r.row, r.label])).toEqual([
      [4, 'Indeks Kepuasan Masyarakat'],
      [5, 'Persentase dokumen perencanaan tepat waktu'],
      [6, 'Nilai SAKIP'],
      [7, 'Jumlah desa mandiri'],
    ]);
  });

  it('is recomputed by the use case, and the planted wrong capaian is reported', async () => {
    const out = await runCheck(memoryPort(tanpaJudul()), withKoreksi([marking]));
    const capaian = Object.fromEntries(out.report.results.filter(r => r.sheet === 'Lampiran' && r.metric === 'capaian_kinerja').map(r => [r.cell, r.value]));
    // IKM 80,50 against 85 is 94,71%; 81 of 90 is 90,00%; SAKIP 72,5 of 70 is 103,57%; 9 of 12 desa is 75,00%.
    expect(capaian).toEqual({ F4: '94.71', F5: '90.00', F6: '103.57', F7: '75.00' });
    const wrong = out.report.findings.filter(f => f.sheet === 'Lampiran' && f.rule === 'capaian_selisih');
    expect(wrong.map(f => f.cell)).toEqual(['F7']);
    expect(out.report.tables.find(t => t.sheet === 'Lampiran')).toMatchObject({ range: 'A3:F7', kind: 'realisasi_kinerja', confidence: 1 });
  });

  it('replaces the recognised table it overlaps', () => {
    const wb = kinerja();
    const found = recognise(wb).tables;
    expect(found).toHaveLength(1);
    const rec = applyCorrections(
      { ...recognise(wb) },
      [{ sheet: 'Kinerja', headerRow: 1, range: 'B1:E3', columns: { indikator: 'B', target: 'C', realisasi: 'D', capaian: 'E' } }],
      wb,
    );
    expect(rec.tables).toHaveLength(1);
    const t = rec.tables[0];
    // No kind given: the kind of the table it replaces is kept, and said.
    expect(t.kind).toBe(found[0].kind);
    expect(t.left).toBe(2);
    expect(t.columns.realisasi.col).toBe(4);
    expect(t.notes.join('; ')).toMatch(/menggantikan tabel yang dikenali di A1:E3/);
  });

  it('an ignored range leaves out every table it overlaps', () => {
    const wb = tanpaJudul();
    const rec = applyCorrections(recognise(wb), [marking, { sheet: 'Lampiran', headerRow: 5, range: 'B5:C5', ignore: true }], wb);
    expect(rec.tables.filter(t => t.sheet === 'Lampiran')).toHaveLength(0);
    expect(rec.notices).toContain('Rentang Lampiran!B5:C5 diabaikan sesuai koreksi pengguna.');
  });

  it('a whole-column range is cut at the last row holding data', () => {
    const wb = tanpaJudul();
    const rec = applyCorrections(recognise(wb), [{ ...marking, range: 'A:F', headerRow: 1, headerRows: 3 }], wb);
    const t = rec.tables.find(x => x.sheet === 'Lampiran')!;
    expect(t).toMatchObject({ headerRows: [1, 2, 3], bodyTop: 4, bodyBottom: 7 });
    expect(t.notes.join('; ')).toMatch(/rentang dipotong menjadi A1:F7/);
  });

  it('drops what cannot be used with a sentence, and never throws', () => {
    const wb = tanpaJudul();
    const bad: TableCorrection[] = [
      { ...marking, sheet: 'Tidak Ada' },
      { ...marking, range: 'B4:H' },
      { ...marking, range: 'K20:M30' },
      { ...marking, range: 'A3:F3' },
      { ...marking, kind: 'neraca' },
      { ...marking, columns: { anggaran_lain: 'D' } },
    ];
    // Nothing recognised to fall back on, whatever the recogniser makes of this sheet.
    const rec = applyCorrections({ tables: [], scaleTables: [], notices: [] }, bad, wb);
    expect(rec.tables).toHaveLength(0);
    const said = rec.notices.filter(n => n.startsWith('Tabel yang ditandai'));
    expect(said).toHaveLength(6);
    expect(said[0]).toMatch(/lembar itu tidak ada/);
    expect(said[1]).toMatch(/"B4:H" bukan rentang sel yang sah/);
    expect(said[2]).toMatch(/di luar sel yang berisi data/);
    expect(said[3]).toMatch(/tidak ada baris isi/);
    expect(said[4]).toMatch(/jenis tabel "neraca" tidak dikenal/);
    expect(said[5]).toMatch(/tidak ada peran kolom yang dapat dipakai \(peran "anggaran_lain" tidak dikenal/);
  });

  it('a marking that cannot be used leaves the recognised table in place', () => {
    const wb = kinerja();
    const found = recognise(wb).tables;
    expect(found).toHaveLength(1);
    const rec = applyCorrections(recognise(wb), [{ sheet: 'Kinerja', headerRow: 1, range: 'A1:E3', kind: 'realisasi_kinerja', columns: { anggaran_lain: 'D' } }], wb);
    expect(rec.tables).toEqual(found);
    expect(rec.notices.join(' ')).toMatch(/tidak ada peran kolom yang dapat dipakai/);
  });

  it('keeps the usable roles and notes the ones it dropped', () => {
    const wb = tanpaJudul();
    const rec = applyCorrections(recognise(wb), [{ ...marking, columns: { ...marking.columns, pagu: 'K', sisa: 'D', foo: 'A' }, headerRows: 0 }], wb);
    const t = rec.tables.find(x => x.sheet === 'Lampiran')!;
    expect(Object.keys(t.columns).sort()).toEqual(['capaian', 'indikator', 'no', 'realisasi', 'satuan', 'target']);
    expect(t.notes).toEqual(
      expect.arrayContaining([
        'jumlah baris judul 0 tidak sah, dipakai 1 baris judul',
        'kolom K untuk peran pagu di luar rentang A–F, diabaikan',
        'kolom D sudah berperan target, peran sisa diabaikan',
        'peran "foo" tidak dikenal, kolom A diabaikan',
      ]),
    );
  });

  it('any marking on any small sheet: never throws, tables stay inside the data, the run completes', () => {
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: -50, max: 300 }), fc.constantFrom('Target', 'IKM', '12,5', '80%', 'Jumlah', '-', ''));
    const sheet = fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 9 });
    const letter = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'Z', 'XFD', 'a', '', '1', 'AAAA');
    const correction = fc.record({
      sheet: fc.constantFrom('Lampiran', 'Hilang'),
      headerRow: fc.integer({ min: 1, max: 10 }),
      range: fc.constantFrom('A1:G9', 'B2:D5', 'C3:C4', 'A:C', '2:4', 'H1:J3', 'A1', 'B4:H', 'ZZ1:A1', 'E5:B2'),
      headerRows: fc.option(fc.integer({ min: -1, max: 12 }), { nil: undefined }),
      kind: fc.option(fc.constantFrom('dpa', 'perjanjian_kinerja', 'realisasi_kinerja', 'realisasi_anggaran', 'efisiensi', 'bukan'), { nil: undefined }),
      columns: fc.option(fc.dictionary(fc.constantFrom('target', 'realisasi', 'capaian', 'pagu', 'persen', 'uraian', 'indikator', 'lain'), letter), { nil: undefined }),
      ignore: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(sheet, fc.array(correction, { maxLength: 3 }), (rows, koreksi) => {
        const wb = book(grid('Lampiran', rows));
        const rec = applyCorrections(recognise(wb), koreksi, wb);
        const g = wb.sheets[0];
        for (const t of rec.tables.filter(x => x.notes[0] === 'ditandai pengguna')) {
          expect(t.headerRows[0]).toBeGreaterThanOrEqual(1);
          expect(t.bodyTop).toBeLessThanOrEqual(t.bodyBottom);
          expect(t.bodyBottom).toBeLessThanOrEqual(lastRow(g));
          expect(t.right).toBeLessThanOrEqual(lastCol(g));
          for (const m of Object.values(t.columns)) expect(m.col >= t.left && m.col <= t.right).toBe(true);
        }
        evaluateWorkbook(wb, withKoreksi(koreksi));
      }),
      { numRuns: 300 },
    );
  });
});
