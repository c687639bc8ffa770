/**
 * Marking a table by hand, in the built pane (Debian's chromium through playwright-core) against the fake Office
 * host: the user selects a range the recogniser cannot read (its header row holds no header words), marks it as
 * a Realisasi Kinerja table with column roles, and sees the table in the Tabel tab and its planted error in
 * Temuan. The ribbon, run on the settings the pane saved, reports the same finding. Nothing leaves 127.0.0.1.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, ensureBuilt } from './build';
import { bundleFakeHost } from './browser/bundle';
import { CHROMIUM, launchOffline } from './browser/chromium';
import type { HarnessConfig } from './browser/fake-host';
import { book, grid } from '../helpers/grid';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SETTINGS_KEY = 'hitungCapaian.pengaturan';

interface Harness {
  fake: { selectRange(sheet: string, address: string): void };
  settings: Record<string, unknown>;
  invoke(name: string, timeoutMs?: number): Promise<{ completed: boolean; ms: number }>;
  associations: Map<string, unknown>;
  sheetText(name: string): Record<string, string>;
  sheetNames(): string[];
}
declare const __HC__: Harness;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require('../../scripts/serve-dist.js') as {
  serveDist(root: string, port?: number): Promise<{ url: string; close(): Promise<void>; requests: string[] }>;
};

/**
 * Row 3 is the header row, with no header words ("a", "b", "b:a"). Row 7: 9 of 12 desa is 75,00%, the table
 * says 80: the planted error.
 */
const WORKBOOK = book(
  grid('Lampiran', [
    ['Lampiran III. Capaian indikator tahun 2024'],
    [],
    ['', 'Ukuran', '', 'a', 'b', 'b:a'],
    [1, 'Indeks Kepuasan Masyarakat', 'indeks', 85, 80.5, 94.71],
    [2, 'Persentase dokumen perencanaan tepat waktu', '%', 90, 81, 90],
    [3, 'Nilai SAKIP', 'nilai', 70, 72.5, 103.57],
    [4, 'Jumlah desa mandiri', 'desa', 12, 9, 80],
  ]),
);

const ROLES: [string, string][] = [
  ['A', 'no'],
  ['B', 'indikator'],
  ['C', 'satuan'],
  ['D', 'target'],
  ['E', 'realisasi'],
  ['F', 'capaian'],
];

const ready = fs.existsSync(CHROMIUM);

(ready ? describe : describe.skip)('marking a table by hand in the task pane', () => {
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let fakeOffice = '';
  let tmp = '';
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-tandai-'));
    const [, bundle] = await Promise.all([ensureBuilt(), bundleFakeHost(path.join(tmp, 'fake'))]);
    fakeOffice = bundle;
    server = await serveDist(DIST);
    context = await launchOffline({ profile: path.join(tmp, 'profile'), width: 320, fakeOffice, serverUrl: server.url, foreign: foreignRequests });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function openPage(file: string, config: Partial<HarnessConfig> = {}, workbook = WORKBOOK): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', e => pageErrors.push(`${file}: ${e.message}`));
    page.on('console', m => {
      if (m.type() === 'error') pageErrors.push(`${file} console: ${m.text()}`);
    });
    await page.addInitScript(`window.__HC_CONFIG__ = Object.assign({ workbook: ${JSON.stringify(workbook)} }, ${JSON.stringify(config)});`);
    await page.goto(server.url + file);
    return page;
  }

  const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('select, mark as Realisasi Kinerja with roles, see the table and its finding; the ribbon agrees', async () => {
    const page = await openPage('taskpane.html');
    await page.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });

    await page.getByRole('tab', { name: /Tabel/ }).click();
    // Nothing selected in the table yet: A1 holds only the title, so the pane says why it cannot be marked.
    await page.getByRole('button', { name: 'Tandai tabel dari pilihan' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toBe('Pilih rentang yang mencakup baris judul dan paling sedikit satu baris isi tabel.');

    await page.evaluate(() => __HC__.fake.selectRange('Lampiran', 'A3:F7'));
    // By keyboard: focus the button and press Enter.
    await page.getByRole('button', { name: 'Tandai tabel dari pilihan' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('tandai-tabel');
    await form.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tandai Lampiran!A3:F7 sebagai tabel');
    // Each column is shown with its header text.
    expect(await form.innerText()).toContain('Kolom F — "b:a"');
    expect(await form.innerText()).toContain('Kolom A — tanpa judul');
    const save = form.getByRole('button', { name: 'Simpan dan hitung ulang' });
    expect(await save.isDisabled()).toBe(true);

    // The kind, chosen from the Fluent UI Dropdown with the keyboard.
    const kind = form.getByRole('combobox', { name: /Jenis tabel/ });
    await kind.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    // DPA, Perjanjian Kinerja, Realisasi Kinerja: the third option.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await kind.innerText()).toContain('Realisasi Kinerja');
    // The closed list leaves nothing over the pane.
    expect(await page.evaluate(() => !!document.elementFromPoint(160, 300)?.closest('main'))).toBe(true);
    for (const [letter, role] of ROLES) await form.getByLabel(`Peran kolom ${letter}`).selectOption(role);
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-320-tandai-tabel.png') });

    expect(await save.isDisabled()).toBe(false);
    await save.click();
    await page.getByTestId('status').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('status').innerText()).toContain('Selesai');

    // Saved in the workbook's settings, as the CLI and the ribbon read them.
    const stored = await page.evaluate(k => __HC__.settings[k], SETTINGS_KEY);
    expect(stored).toEqual({
      versi: 1,
      pengaturan: expect.objectContaining({
        koreksi: [
          {
            sheet: 'Lampiran',
            headerRow: 3,
            range: 'A3:F7',
            headerRows: 1,
            kind: 'realisasi_kinerja',
            columns: { no: 'A', indikator: 'B', satuan: 'C', target: 'D', realisasi: 'E', capaian: 'F' },
          },
        ],
      }),
    });

    // The Tabel tab (still open) lists the marked table.
    const card = page.getByTestId('tabel').filter({ hasText: 'Lampiran!A3:F7' });
    await card.waitFor();
    expect(await card.locator('summary').innerText()).toMatch(/Realisasi Kinerja[\s\S]*keyakinan 100[\s\S]*ditandai/);
    await card.locator('summary').click();
    expect(await card.innerText()).toContain('ditandai pengguna');
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-320-tabel-ditandai.png'), fullPage: true });

    // Temuan: 9 of 12 desa is 75,00%, not 80.
    await page.getByRole('tab', { name: /Temuan/ }).click();
    const finding = page.locator('[data-testid="temuan"][data-cell="Lampiran!F7"]');
    await finding.waitFor();
    expect(await finding.innerText()).toContain('75,00');
    expect(await page.locator('[data-testid="temuan"][data-cell^="Lampiran!F"]').count()).toBe(1);
    await page.close();

    // The ribbon, on the same workbook with the settings the pane saved, reports the same finding.
    // The ribbon's result dialog is closed as a user would, after a moment.
    const ribbon = await openPage('commands.html', { settings: { [SETTINGS_KEY]: stored }, autoCloseDialogMs: 300 });
    await ribbon.waitForFunction(() => __HC__.associations.has('hitungCapaian'));
    expect((await ribbon.evaluate(() => __HC__.invoke('hitungCapaian'))).completed).toBe(true);
    const temuan = Object.values(await ribbon.evaluate(() => __HC__.sheetText('Temuan'))).join('\n');
    expect(temuan).toContain('capaian_selisih');
    expect(temuan).toMatch(/realisasi 9 terhadap target 12 .* 75,00%/);
    await ribbon.close();
  }, 240_000);

  test('numbers the tool cannot read are said out loud, never "all correct", with the way to the Tabel tab', async () => {
    // Two columns of numbers with no header words and no arithmetic between them to prove a reading.
    const unreadable = book(grid('Data', [['Data pendukung'], ['x', 12, 7], ['y', 3, 19], ['z', 8, 8]]));
    const page = await openPage('taskpane.html', {}, unreadable);
    await page.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Hitung Capaian' }).click();
    await page.getByTestId('status').waitFor({ timeout: 60_000 });
    const status = await page.getByTestId('status').innerText();
    expect(status).toContain('Tidak ada yang ditulis');
    expect(status).toContain('Tidak ada tabel yang dikenali');
    expect(status).toContain('Buku kerja tidak diubah');
    expect(await page.evaluate(() => __HC__.sheetNames())).toEqual(['Data']);
    await page.getByRole('tab', { name: /Temuan/ }).click();
    const temuan = await page.locator('main').innerText();
    expect(temuan).not.toContain('semua angka yang diperiksa sesuai');
    expect(temuan).toContain('Tidak ada tabel yang dikenali');
    await page.getByRole('button', { name: 'Buka tab Tabel' }).click();
    await page.getByText(/Catatan pengenalan/).click();
    expect(await page.locator('main').innerText()).toMatch(/Catatan pengenalan[\s\S]*baris 2–4: berisi 2 kolom angka/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-320-tidak-terbaca.png') });
    await page.close();
  }, 120_000);

  test('nothing was requested outside 127.0.0.1 and no page had a script error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
