/** Settings and table corrections remembered in the workbook's add-in settings. */
import { createSettingsStore, LAST_RUN_KEY, memorySettings, sanitizeSettings, SETTINGS_KEY } from '../../src/settings-store';
import { DEFAULT_SETTINGS, type RunSettings } from '../../src/usecase/settings';

const chosen: RunSettings = {
  skala: 'berhasil',
  efisiensi: 'sisa',
  capSebelumRataRata: 120,
  polaritas: { 'jumlah pengaduan masyarakat': 'negatif' },
  output: 'ringkasan',
  koreksi: [{ sheet: 'Capaian Kinerja', headerRow: 17, kind: 'realisasi_kinerja', columns: { capaian: 'E', kategori: '' } }],
};

describe('settings store', () => {
  test('a new workbook gets the default settings', async () => {
    const store = createSettingsStore(memorySettings());
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    expect(await store.loadLastRun()).toBeUndefined();
  });

  test('saves to the document and reads back what was saved', async () => {
    const backend = memorySettings();
    const store = createSettingsStore(backend);
    await store.save(chosen);
    expect(backend.saves).toBe(1);
    expect(backend.data[SETTINGS_KEY]).toEqual({ versi: 1, pengaturan: chosen });
    // Another runtime (the ribbon's) reads the same document.
    expect(await createSettingsStore(backend).load()).toEqual(chosen);
  });

  test('refreshes before reading, so the ribbon sees what the pane saved', async () => {
    const backend = memorySettings();
    let refreshed = 0;
    const withRefresh = { ...backend, refreshAsync: (cb?: (r: { status: unknown }) => void) => { refreshed++; cb?.({ status: 'succeeded' }); } };
    await createSettingsStore(withRefresh).load();
    expect(refreshed).toBe(1);
  });

  test('reports a failed save in Indonesian and keeps the error message', async () => {
    const backend = { ...memorySettings(), saveAsync: (cb?: (r: { status: unknown; error?: { message?: string } }) => void) => cb?.({ status: 'failed', error: { message: 'Dokumen hanya-baca' } }) };
    await expect(createSettingsStore(backend).save(chosen)).rejects.toThrow('Dokumen hanya-baca');
  });

  test('settings edited by hand or by another version never break a run', () => {
    expect(sanitizeSettings('rusak')).toEqual(DEFAULT_SETTINGS);
    expect(
      sanitizeSettings({
        skala: '',
        efisiensi: 'ajaib',
        capSebelumRataRata: -5,
        polaritas: { a: 'negatif', b: 'kadang' },
        output: 'di mana saja',
        koreksi: [{ sheet: 'PK', headerRow: 16, columns: { target: 'C', salah: 'c1' }, ignore: true }, { sheet: '', headerRow: 3 }, { sheet: 'X', headerRow: 0 }, 7],
        lain: true,
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      polaritas: { a: 'negatif' },
      koreksi: [{ sheet: 'PK', headerRow: 16, columns: { target: 'C' }, ignore: true }],
    });
  });

  test('reads settings stored as a JSON string too', async () => {
    const backend = memorySettings({ [SETTINGS_KEY]: JSON.stringify({ versi: 1, pengaturan: { ...chosen } }) });
    expect(await createSettingsStore(backend).load()).toEqual(chosen);
  });

  test('remembers the last run for the pane', async () => {
    const backend = memorySettings();
    const store = createSettingsStore(backend);
    const run = { at: '2025-01-02T03:04:05.000Z', source: 'pita' as const, ok: true, text: '3 tabel dikenali' };
    await store.saveLastRun(run);
    expect(backend.data[LAST_RUN_KEY]).toEqual(run);
    expect(await store.loadLastRun()).toEqual(run);
  });

  test('keeps what the last run did, and drops an unknown action', async () => {
    const store = createSettingsStore(memorySettings());
    const run = { at: '2025-01-02T03:04:05.000Z', source: 'pita' as const, action: 'hapus' as const, ok: true, text: 'Hasil dihapus' };
    await store.saveLastRun(run);
    expect(await store.loadLastRun()).toEqual(run);
    const odd = createSettingsStore(memorySettings({ [LAST_RUN_KEY]: { ...run, action: 'lain' } }));
    expect(await odd.loadLastRun()).toEqual({ at: run.at, source: 'pita', ok: true, text: run.text });
  });
});
