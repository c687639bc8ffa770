import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS, type RunSettings } from '../../src/usecase/settings';
import { book, grid } from '../helpers/grid';

/** A table whose realisasi header is unreadable ("Capaian TW IV"), so the user maps it by hand. */
const wb = book(
  grid('Kinerja', [
    ['No', 'Indikator', 'Target', 'Capaian TW IV', 'Capaian (%)'],
    [1, 'Indeks Kepuasan Masyarakat', 85, 80.5, 91.09],
    [2, 'Jumlah dokumen perencanaan', 3, 3, 100],
  ]),
);
const withFix = (koreksi: RunSettings['koreksi']): RunSettings => ({ ...DEFAULT_SETTINGS, koreksi });

describe("the user's corrections of what recognition decided", () => {
  it('a column role set by the user is used for the recomputation', () => {
    const ev = evaluateWorkbook(wb, withFix([{ sheet: 'Kinerja', headerRow: 1, columns: { realisasi: 'D', capaian: 'E' } }]));
    const t = ev.report.tables[0];
    expect(t.columns).toMatchObject({ target: 'C', realisasi: 'D', capaian: 'E' });
    expect(t.reasons?.realisasi).toBe('dikoreksi pengguna');
    // seed 000: IKM 80,50 against 85 is 94,71%.
    expect(ev.report.results.find(r => r.cell === 'E2')?.value).toBe('94.71');
    expect(ev.report.findings.map(f => [f.cell, f.rule])).toContainEqual(['E2', 'capaian_selisih']);
  });

  it('an ignored table is left out entirely', () => {
    const ev = evaluateWorkbook(wb, withFix([{ sheet: 'Kinerja', headerRow: 1, ignore: true }]));
    expect(ev.report.tables).toHaveLength(0);
    expect(ev.report.findings).toHaveLength(0);
  });

  it('a correction pointing outside the sheet is dropped, not applied to empty cells', () => {
    const ev = evaluateWorkbook(wb, withFix([{ sheet: 'Kinerja', headerRow: 1, columns: { realisasi: 'ZZ' } }]));
    expect(ev.report.tables[0].columns.realisasi).not.toBe('ZZ');
    expect(ev.recognition.tables[0].notes.join(' ')).toMatch(/koreksi kolom realisasi = ZZ diabaikan/);
    expect(ev.report.findings.filter(f => f.cell.startsWith('ZZ'))).toHaveLength(0);
  });
});
