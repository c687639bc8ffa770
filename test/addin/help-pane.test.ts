/**
 * Help where it is needed, in the built pane (Debian's chromium through playwright-core) against the fake Office
 * host holding seed 000's V2 workbook: the first-run explanation shows, is dismissed and stays dismissed after a
 * reload; the Bantuan link opens bantuan.html (Office's browser window where there is one, else a new window);
 * a finding's "Apa artinya?" opens the words of docs/aturan.md, loaded only then; "Coba dengan contoh" opens the
 * bundled sample as a new workbook; an export after a settings change is refused with what to do, and the
 * export after running again is stamped. Every request of the whole file is recorded: none leaves 127.0.0.1.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './build';
import { CHROMIUM } from './browser/chromium';
import type { HarnessConfig } from './browser/fake-host';
import { ARTIFACTS, startPaneSession, type PaneSession } from './browser/session';
import { RULE_MEANING } from '../../src/taskpane/help/rule-meaning';
import { explainRule } from '../../src/taskpane/state/rule-help';

const CORPUS = path.join(__dirname, '..', 'corpus', '000-V2.xlsx');
const SAMPLE = path.join(ROOT, 'samples', 'contoh-realisasi.xlsx');

interface Harness {
  createdWorkbooks: string[];
  sheetNames(): string[];
}
declare const __HC__: Harness;
declare const Office: { context: { ui: Record<string, unknown> } };

const ready = fs.existsSync(CHROMIUM) && fs.existsSync(CORPUS);

(ready ? describe : describe.skip)('help in the task pane', () => {
  let session: PaneSession;
  let workbookJson = '';

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const workbook = await (require('../../src/workbook/xlsx/read') as typeof import('../../src/workbook/xlsx/read')).readXlsxFile(CORPUS);
    workbookJson = JSON.stringify(workbook);
    session = await startPaneSession('bantuan');
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  function watch(page: Page, name: string): void {
    page.on('pageerror', e => session.pageErrors.push(`${name}: ${e.message}`));
    page.on('console', m => {
      if (m.type() === 'error') session.pageErrors.push(`${name} console: ${m.text()}`);
    });
  }

  async function openPane(config: Partial<HarnessConfig> = {}): Promise<Page> {
    const page = await session.openPage('taskpane.html', workbookJson, config);
    await page.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });
    return page;
  }

  async function runHitung(page: Page): Promise<void> {
    await page.getByTestId('hitung').click();
    await page.getByTestId('status').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => /Selesai/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

  test('the first-run explanation shows what will be written, and stays dismissed after a reload', async () => {
    const page = await openPane();
    const intro = page.getByTestId('pengenalan');
    await intro.waitFor();
    const text = await intro.innerText();
    expect(text).toContain('Sebelum menghitung pertama kali');
    for (const words of ['"Ringkasan Capaian", "Temuan" dan "Narasi"', 'warna pada sel', 'catatan pada sel', '(hitung ulang)', 'lembar tersembunyi "HitungCapaian_Data"', 'Hapus Hasil menghapus', 'Simpan buku kerja sebelum menghitung pertama kali']) {
      expect(text).toContain(words);
    }
    await shot(page, 'bantuan-pengenalan');
    await intro.getByRole('button', { name: 'Mengerti, tutup penjelasan ini' }).click();
    expect(await page.getByTestId('pengenalan').count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });
    await page.getByTestId('bantuan').waitFor();
    expect(await page.getByTestId('pengenalan').count()).toBe(0);
    await page.close();
  });

  test('the Bantuan link opens bantuan.html, in Office\'s browser window where Office has one', async () => {
    const page = await openPane();
    const foot = page.getByTestId('bantuan');
    expect(await foot.getByTestId('privasi').innerText()).toContain('Data Anda tidak keluar dari komputer ini');

    expect(await foot.getByRole('link', { name: 'Bantuan' }).getAttribute('href')).toBe('bantuan.html');
    // This fake Office has no openBrowserWindow: a new window opens.
    const [help] = await Promise.all([session.context.waitForEvent('page'), foot.getByRole('link', { name: 'Bantuan' }).click()]);
    watch(help, 'bantuan.html');
    await help.waitForLoadState();
    expect(help.url()).toBe(session.url + 'bantuan.html');
    const body = await help.locator('body').innerText();
    for (const words of ['Data Anda tidak keluar dari komputer ini', 'Simpan buku kerja', 'HitungCapaian_Data', 'Hapus Hasil', 'Coba dengan contoh', 'Apa artinya?', 'bukan rumus']) {
      expect(body).toContain(words);
    }
    await help.close();

    // Where Office offers openBrowserWindow, the page goes there instead.
    await page.evaluate(() => {
      const opened: string[] = [];
      (window as unknown as { __opened: string[] }).__opened = opened;
      Office.context.ui.openBrowserWindow = (url: string) => opened.push(url);
    });
    await foot.getByRole('link', { name: 'Bantuan' }).click();
    expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual([session.url + 'bantuan.html']);
    await page.close();
  });

  test('a finding explains what its rule means and what to do, in the words of docs/aturan.md', async () => {
    const page = await openPane();
    const chunk = () => session.requests.filter(r => /bantuan-aturan\.[0-9a-f]+\.chunk\.js$/.test(r)).length;
    const before = chunk();
    await runHitung(page);
    const card = page.locator('li', { has: page.locator('[data-testid="temuan"][data-cell="Capaian Kinerja!E21"]') });
    const toggle = card.getByTestId('apa-artinya');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // Loaded on demand: the meanings are not fetched until a finding is opened.
    expect(chunk()).toBe(before);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const expected = explainRule('capaian_selisih', RULE_MEANING)!;
    const body = card.getByTestId('arti-aturan');
    await body.getByText(expected.meaning).waitFor();
    expect(await body.innerText()).toBe(`Apa artinya\n${expected.meaning}\nApa yang harus dilakukan\n${expected.todo}`);
    expect(expected.meaning).toContain('capaian tertulis berbeda dari realisasi/target × 100 (indikator positif)');
    expect(chunk()).toBe(before + 1);
    await card.screenshot({ path: path.join(ARTIFACTS, 'bantuan-apa-artinya.png') });
    // Closed again, the words are gone from the reading order.
    await toggle.click();
    expect(await body.isHidden()).toBe(true);
    await page.close();
  });

  test('"Coba dengan contoh" opens the bundled sample as a new workbook', async () => {
    const page = await openPane();
    const before = await page.evaluate(() => __HC__.createdWorkbooks.length);
    await page.getByRole('button', { name: 'Coba dengan contoh' }).click();
    await page.waitForFunction(n => __HC__.createdWorkbooks.length === n + 1, before, { timeout: 20_000 });
    const base64 = await page.evaluate(() => __HC__.createdWorkbooks[__HC__.createdWorkbooks.length - 1]);
    expect(Buffer.from(base64, 'base64').equals(fs.readFileSync(SAMPLE))).toBe(true);
    await page.getByTestId('contoh-status').getByText('Contoh dibuka sebagai buku kerja baru').waitFor();
    // Fetched on demand from the add-in's own server, not carried in the pane's scripts.
    expect(session.requests).toContain('/contoh-realisasi.xlsx');
    await page.close();
  });

  test('where Excel cannot create workbooks, the sample is downloaded and the pane says how to open it', async () => {
    const page = await openPane({ requirementSets: ['ExcelApi 1.7'] });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Coba dengan contoh' }).click()]);
    expect(download.suggestedFilename()).toBe('contoh-realisasi.xlsx');
    await page.getByTestId('contoh-status').getByText(/diunduh sebagai berkas "contoh-realisasi.xlsx"/).waitFor();
    expect(await page.evaluate(() => __HC__.createdWorkbooks.length)).toBe(0);
    await page.close();
  });

  test('export after a settings change is refused with what to do; after running again it is stamped', async () => {
    const page = await openPane();
    await runHitung(page);
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByLabel('Skala kategori').selectOption('berhasil');
    const before = await page.evaluate(() => __HC__.createdWorkbooks.length);
    await page.getByRole('button', { name: 'Ekspor Ringkasan' }).click();
    const status = page.getByTestId('status');
    await status.getByText('Ringkasan belum diekspor').waitFor();
    expect(await status.innerText()).toContain('Tekan Hitung Capaian lagi, lalu Ekspor Ringkasan.');
    expect(await page.evaluate(() => __HC__.createdWorkbooks.length)).toBe(before);
    await shot(page, 'bantuan-ekspor-ditolak');

    await runHitung(page);
    await page.getByRole('button', { name: 'Ekspor Ringkasan' }).click();
    await page.waitForFunction(n => __HC__.createdWorkbooks.length === n + 1, before, { timeout: 20_000 });
    const base64 = await page.evaluate(() => __HC__.createdWorkbooks[__HC__.createdWorkbooks.length - 1]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(Buffer.from(base64, 'base64') as unknown as import('exceljs').Buffer);
    const ringkasan = exported.getWorksheet('Ringkasan Capaian')!;
    expect(String(ringkasan.getCell('A2').value)).toMatch(/^Angka di buku kerja ini adalah nilai \(bukan rumus\) yang diambil pada \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} dari buku kerja "000-V2\.xlsx"\./);
    // The summary's own lines follow the stamp, unchanged.
    expect(String(ringkasan.getCell('A3').value)).toBe('Buku kerja: 000-V2.xlsx');
    expect(String(ringkasan.getCell('A5').value)).toMatch(/^Skala kategori: /);
    await page.close();
  });

  test('no request left 127.0.0.1 during the whole file, and no page had a script error', () => {
    expect(session.foreign).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
