import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid } from '../helpers/grid';

describe('tidak_dapat_dihitung: what the engine cannot compute is said, not skipped', () => {
  const ev = evaluateWorkbook(
    book(
      grid('IKU', [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Jumlah kasus pelanggaran Perda', 0, 2, 100],
        [2, 'Indeks Kepuasan Masyarakat', { value: '#DIV/0!', error: true }, 80.5, 94.71],
        [3, 'Nilai SAKIP', 'BB', 70, 100],
        [4, 'Nilai LAKIP', 60.18, '-', '-'],
      ]),
    ),
    DEFAULT_SETTINGS,
  );
  const notes = Object.fromEntries(ev.report.findings.filter(f => f.rule === 'tidak_dapat_dihitung').map(f => [f.cell, f.message]));

  it('target 0 is never divided by; the reason is given', () => {
    expect(notes.E2).toMatch(/Target bernilai 0/);
  });
  it('an error value or a text target is named', () => {
    expect(notes.E3).toMatch(/galat #DIV\/0!/);
    expect(notes.E4).toMatch(/"BB" bukan angka/);
  });
  it('an empty realisasi is left to nilai_kosong, not said twice', () => {
    expect(notes.E5).toBeUndefined();
    expect(ev.report.findings.find(f => f.cell === 'D5')?.rule).toBe('nilai_kosong');
  });
});
