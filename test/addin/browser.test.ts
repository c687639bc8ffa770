/**
 * The built add-in in a real browser (Debian's chromium through playwright-core), against a fake Office host:
 * office.js is answered with a bundle of test/fakes/fake-excel.ts holding seed 000's V2 workbook. Nothing
 * leaves 127.0.0.1: every other request is aborted and the test asserts none was made.
 *
 * Scenario: open the pane, measure time to interactive, run "Hitung Capaian", see the IKM finding on
 * 'Capaian Kinerja'!E21, select its cell by click and by keyboard, export, clear; read, copy and follow the
 * Narasi tab's paragraphs (clipboard and its textarea fallback); a failing ribbon run that opens the error
 * dialog (the ribbon's buttons themselves are tested in ribbon.test.ts). Screenshots go to test-artifacts/.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, ensureBuilt } from './build';
import { bundleFakeHost } from './browser/bundle';
import type { HarnessConfig, Selection } from './browser/fake-host';

const CHROMIUM = '/usr/bin/chromium';
const CORPUS = path.join(__dirname, '..', 'corpus', '000-V2.xlsx');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** What the page sees of the harness (window.__HC__). */
interface Harness {
  invoke(name: string, timeoutMs?: number): Promise<{ completed: boolean; ms: number }>;
  selection(): Selection | undefined;
  activeSheet(): string | undefined;
  sheetNames(): string[];
  sheetText(name: string): Record<string, string>;
  settings: Record<string, unknown>;
  dialogs: { url: string; closed: boolean }[];
  createdWorkbooks: string[];
  parentMessages: string[];
  associations: Map<string, unknown>;
}
declare const __HC__: Harness;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require('../../scripts/serve-dist.js') as {
  serveDist(root: string, port?: number): Promise<{ url: string; close(): Promise<void>; requests: string[] }>;
};

/** Everything this suite needs that other engineers provide; missing pieces fail the suite with their names. */
function prerequisites(): string[] {
  const need = [
    ['src/usecase/run.ts', 'the use case (runHitung, runClear, summaryExportPlan)'],
    ['src/workbook/office/adapter.ts', 'the Office adapter (OfficeWorkbook)'],
    ['test/fakes/fake-excel.ts', 'the fake Excel object model (createFakeExcel)'],
    ['src/workbook/xlsx/read.ts', 'the xlsx reader (readXlsxFile)'],
  ];
  const missing = need.filter(([f]) => !fs.existsSync(path.join(ROOT, f))).map(([f, what]) => `${f} — ${what}`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`${CHROMIUM} — Debian's chromium (apt-get install chromium)`);
  if (!fs.existsSync(CORPUS)) missing.push(`${CORPUS} — seed 000 V2 workbook of the shared corpus`);
  return missing;
}

const missing = prerequisites();

describe('task pane and ribbon in chromium', () => {
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let fakeOffice = '';
  let workbookJson = '';
  let userDataDir = '';
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (missing.length) {
      throw new Error(`The browser test needs what is not in the tree yet:\n  ${missing.join('\n  ')}`);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-browser-'));
    const [, bundle, workbook] = await Promise.all([
      ensureBuilt(),
      bundleFakeHost(path.join(tmp, 'fake')),
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('../../src/workbook/xlsx/read') as typeof import('../../src/workbook/xlsx/read')).readXlsxFile(CORPUS),
    ]);
    fakeOffice = bundle;
    workbookJson = JSON.stringify(workbook);
    server = await serveDist(DIST);
    userDataDir = path.join(tmp, 'profile');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 400, height: 900 },
      locale: 'id-ID',
      serviceWorkers: 'block',
    });
    await context.route('**/*', async route => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_JS.replace(/office\.js$/, ''))) {
        await route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice });
      } else if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) {
        await route.continue();
      } else {
        foreignRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) fs.rmSync(path.dirname(userDataDir), { recursive: true, force: true });
  });

  async function openPage(file: string, config: Partial<HarnessConfig> = {}, width = 400): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('pageerror', e => pageErrors.push(`${file}: ${e.message}`));
    page.on('console', m => {
      if (m.type() === 'error') pageErrors.push(`${file} console: ${m.text()}`);
      if (m.type() === 'warning') console.warn(`${file} console: ${m.text()}`);
    });
    await page.addInitScript(`window.__HC_CONFIG__ = Object.assign({ workbook: ${workbookJson} }, ${JSON.stringify(config)});`);
    await page.goto(server.url + file);
    return page;
  }

  /** Opens the pane and waits until "Hitung Capaian" can be pressed; returns ms from navigation start. */
  async function openPane(config: Partial<HarnessConfig> = {}, width = 400): Promise<{ page: Page; tti: number }> {
    const page = await openPage('taskpane.html', config, width);
    await page.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });
    const tti = await page.evaluate(() => performance.getEntriesByName('hc-interactive')[0].startTime);
    const button = page.getByTestId('hitung');
    await expectEnabled(button);
    return { page, tti };
  }

  async function expectEnabled(locator: ReturnType<Page['getByTestId']>): Promise<void> {
    expect(await locator.getAttribute('aria-disabled')).not.toBe('true');
    expect(await locator.isDisabled()).toBe(false);
  }

  async function runHitung(page: Page): Promise<void> {
    await page.getByTestId('hitung').click();
    await page.getByTestId('status').waitFor({ timeout: 60_000 });
    const status = await page.getByTestId('status').innerText();
    if (!/Selesai/.test(status)) throw new Error(`Hitung Capaian did not finish: ${status}`);
  }

  /** The visible pane (what a user sees first); `full` adds the whole scrolled page as <name>-penuh.png. */
  const shot = async (page: Page, name: string, full = false) => {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    if (full) await page.screenshot({ path: path.join(ARTIFACTS, `${name}-penuh.png`), fullPage: true });
  };

  test('the pane runs Hitung Capaian, lists findings and selects their cells', async () => {
    const { page, tti } = await openPane();
    console.log(`time to interactive (navigation start → "Hitung Capaian" enabled): ${tti.toFixed(0)} ms`);
    expect(tti).toBeLessThan(5000);
    await shot(page, 'pane-400-awal');

    await runHitung(page);
    expect(await page.evaluate(() => __HC__.sheetNames())).toContain('Ringkasan Capaian');

    const ikm = page.locator('[data-testid="temuan"][data-cell="Capaian Kinerja!E21"]');
    await ikm.waitFor();
    const text = await ikm.innerText();
    expect(text).toContain('E21');
    expect(text).toContain('94,71');
    await shot(page, 'pane-400-temuan', true);

    await ikm.click();
    await page.waitForFunction(() => __HC__.selection()?.cell === 'E21', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => __HC__.selection())).toEqual({ sheet: 'Capaian Kinerja', cell: 'E21' });
    expect(await page.evaluate(() => __HC__.activeSheet())).toBe('Capaian Kinerja');

    // Keyboard: Enter on another finding selects its cell.
    const other = page.locator('[data-testid="temuan"]:not([data-cell="Capaian Kinerja!E21"])').nth(1);
    const otherCell = (await other.getAttribute('data-cell'))!;
    await other.focus();
    await page.keyboard.press('Enter');
    const [sheet, cell] = [otherCell.slice(0, otherCell.lastIndexOf('!')), otherCell.slice(otherCell.lastIndexOf('!') + 1)];
    expect(`${sheet}!${cell}`).not.toBe('Capaian Kinerja!E21');
    await page.waitForFunction(c => __HC__.selection()?.cell === c, cell, { timeout: 10_000 });
    expect(await page.evaluate(() => __HC__.selection())).toEqual({ sheet, cell });
    await shot(page, 'pane-400-fokus-keyboard');

    // Export: a new workbook (ExcelApi 1.8+) holding the summary sheets.
    await page.getByRole('button', { name: 'Ekspor Ringkasan' }).click();
    await page.waitForFunction(() => __HC__.createdWorkbooks.length === 1, undefined, { timeout: 20_000 });
    const base64 = await page.evaluate(() => __HC__.createdWorkbooks[0]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(Buffer.from(base64, 'base64') as unknown as import('exceljs').Buffer);
    expect(exported.worksheets.map(w => w.name)).toContain('Ringkasan Capaian');

    // Tables and settings, then a setting and a correction that are saved in the workbook.
    await page.getByRole('tab', { name: /Tabel/ }).click();
    const firstTable = page.getByTestId('tabel').first();
    await firstTable.locator('summary').click();
    await shot(page, 'pane-400-tabel');
    await firstTable.getByLabel('Abaikan tabel ini pada perhitungan berikutnya').check();
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByLabel('Skala kategori').selectOption('berhasil');
    await shot(page, 'pane-400-pengaturan');
    await page.waitForFunction(() => {
      const s = __HC__.settings['hitungCapaian.pengaturan'] as { pengaturan?: { skala?: string; koreksi?: { ignore?: boolean }[] } } | undefined;
      return s?.pengaturan?.skala === 'berhasil' && s.pengaturan.koreksi?.[0]?.ignore === true;
    });

    // Hapus Hasil, with its confirmation.
    await page.getByRole('button', { name: 'Hapus Hasil' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'pane-400-konfirmasi-hapus');
    await page.getByRole('button', { name: 'Ya, hapus hasil' }).click();
    await page.waitForFunction(() => !__HC__.sheetNames().includes('Ringkasan Capaian'), undefined, { timeout: 30_000 });
    expect(await page.getByTestId('status').innerText()).toContain('Hasil dihapus');
    await page.close();
  }, 180_000);

  test.each([
    ['light', 320],
    ['light', 400],
    ['dark', 320],
    ['dark', 400],
  ] as const)('the pane after a run, %s theme at %i px, has no horizontal overflow', async (theme, width) => {
    const { page } = await openPane({ theme }, width);
    await runHitung(page);
    await page.locator('[data-testid="temuan"]').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
    const dark = /rgb\((\d+), (\d+), (\d+)\)/.exec(bg)!.slice(1).map(Number).every(v => v < 80);
    expect(dark).toBe(theme === 'dark');
    await shot(page, `pane-${width}-${theme}`);
    await page.getByRole('tab', { name: /Tabel/ }).click();
    await page.getByTestId('tabel').nth(2).locator('summary').click();
    await page.getByTestId('tabel').nth(2).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page, `pane-${width}-${theme}-tabel`);

    await page.getByRole('tab', { name: /Narasi/ }).click();
    await page.locator('[data-testid="narasi"]').first().waitFor();
    await page.getByRole('tablist').evaluate(el => el.scrollIntoView());
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page, theme === 'light' ? `pane-${width}-narasi` : `pane-${width}-dark-narasi`);
    await page.close();
  }, 120_000);

  test('a slow run shows its steps in a progress bar and an aria-live region', async () => {
    const { page } = await openPane({ syncDelayMs: 400 });
    await page.getByTestId('hitung').click();
    const live = page.locator('#hc-kemajuan');
    await page.getByRole('progressbar').waitFor({ timeout: 10_000 });
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.innerText()).toMatch(/Membaca buku kerja…|Mengenali tabel…|Menghitung…|Memeriksa…|Menyusun hasil…|Menulis hasil…/);
    expect(await page.getByTestId('hitung').getAttribute('aria-disabled')).toBe('true');
    await shot(page, 'pane-400-kemajuan');
    const steps = new Set<string>();
    while (!(await page.getByTestId('status').isVisible())) {
      steps.add((await live.innerText()).trim());
      await page.waitForTimeout(50);
    }
    expect([...steps].filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('status').innerText()).toContain('Selesai');
    await page.close();
  }, 120_000);

  test('the Narasi tab shows the Bab III paragraphs, copies them and selects their source cells', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const { page } = await openPane();
    await runHitung(page);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.evaluate(() => navigator.clipboard.writeText(''));

    await page.getByRole('tab', { name: 'Narasi' }).click();
    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe('hc-tab-narasi');
    const ikm = page.locator('[data-testid="narasi"][data-cell="Capaian Kinerja!E21"]').filter({ hasText: 'Indeks Kepuasan Masyarakat' });
    await ikm.waitFor();
    /** A paragraph as shown ("Rp" and its amount are kept on one line by a no-break space). */
    const shownText = async (item: typeof ikm) => (await item.locator('p').innerText()).replace(/\u00a0/g, ' ').trim();
    const ikmText = await shownText(ikm);
    expect(ikmText).toContain('94,71%');
    expect(ikmText).toMatch(/^Realisasi indikator “Indeks Kepuasan Masyarakat \(IKM\)”/);
    expect(await page.getByRole('heading', { level: 2, name: /^Capaian Kinerja/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: /^Capaian sasaran/ }).count()).toBeGreaterThan(0);

    // "Salin" copies that paragraph, says so in a live region, and the button confirms.
    const salin = ikm.getByRole('button', { name: /^Salin paragraf Indeks Kepuasan Masyarakat/ });
    await salin.click();
    const status = page.getByTestId('narasi-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => document.querySelector('[data-testid="narasi-status"]')?.textContent === 'Disalin ke papan klip.');
    expect(await clipboard()).toBe(ikmText);
    expect(await salin.innerText()).toContain('Disalin');

    // The source link selects the paragraph's cell, by click and by keyboard.
    const another = page.locator('[data-testid="narasi"][data-cell="Realisasi Anggaran!C13"]');
    await another.getByTestId('narasi-sumber').click();
    await page.waitForFunction(() => __HC__.selection()?.cell === 'C13', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => __HC__.selection())).toEqual({ sheet: 'Realisasi Anggaran', cell: 'C13' });
    const source = ikm.getByRole('button', { name: 'Pilih sel sumber E21 di lembar Capaian Kinerja' });
    await source.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => __HC__.selection()?.cell === 'E21', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => __HC__.selection())).toEqual({ sheet: 'Capaian Kinerja', cell: 'E21' });

    // Keyboard on another paragraph's "Salin": Tab from its source link, then Space.
    const lampiran = page.locator('[data-testid="narasi"][data-cell="Lampiran 2!C14"]');
    await lampiran.getByTestId('narasi-sumber').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('narasi-salin');
    await shot(page, 'pane-400-narasi-fokus');
    await page.keyboard.press('Space');
    const lampiranText = await shownText(lampiran);
    expect(lampiranText).toContain('Rp ');
    await page.waitForFunction(t => navigator.clipboard.readText().then(c => c === t), lampiranText, { timeout: 10_000 });
    // Focus stays on the button that was pressed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('narasi-salin');

    // Where the Clipboard API is refused (as in some Office webviews) the textarea fallback copies instead:
    // "Salin semua" gives every paragraph of the Narasi sheet, one blank line apart.
    await page.evaluate(async () => {
      await navigator.clipboard.writeText('');
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    });
    const salinSemua = page.getByRole('button', { name: /^Salin semua \(\d+\)$/ });
    const total = Number(/\((\d+)\)/.exec(await salinSemua.innerText())![1]);
    expect(total).toBeGreaterThan(50);
    await salinSemua.click();
    await page.waitForFunction(() => navigator.clipboard.readText().then(c => c.length > 0), undefined, { timeout: 10_000 });
    const parts = (await clipboard()).split('\n\n');
    expect(parts).toHaveLength(total);
    // Every copied paragraph is one the run wrote to the Narasi sheet.
    const sheetValues = new Set(Object.values(await page.evaluate(() => __HC__.sheetText('Narasi'))).map(v => v.trim()));
    expect(parts.filter(p => !sheetValues.has(p))).toEqual([]);
    expect(parts[0]).toBe(ikmText);
    expect(await status.innerText()).toBe('Disalin ke papan klip.');

    // Where neither way copies, the status says how to copy by hand, and the paragraph text can be selected.
    await page.evaluate(() => {
      document.execCommand = () => false;
    });
    await salin.click();
    await page.waitForFunction(() => /tidak dapat disalin/.test(document.querySelector('[data-testid="narasi-status"]')?.textContent ?? ''));
    expect(await status.innerText()).toBe('Teks tidak dapat disalin otomatis. Pilih teks paragrafnya, lalu tekan Ctrl+C.');
    expect(await salin.innerText()).toBe('Salin');
    expect(await ikm.locator('p').evaluate(el => getComputedStyle(el).userSelect)).not.toBe('none');

    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('tablist').evaluate(el => el.scrollIntoView());
    await shot(page, 'pane-400-narasi-disalin');
    await page.close();
  }, 120_000);

  test('a failing ribbon run shows the dialog, and completes once it closes', async () => {
    const page = await openPage('commands.html', { autoCloseDialogMs: 300 });
    await page.waitForFunction(() => __HC__.associations.has('hitungCapaian'));
    await page.evaluate(() => (__HC__ as unknown as { fake: { failNextSync(code: string, message: string): void } }).fake.failNextSync('GeneralException', 'Excel sedang sibuk'));
    const run = await page.evaluate(() => __HC__.invoke('hitungCapaian'));
    expect(run.completed).toBe(true);
    const dialogs = await page.evaluate(() => __HC__.dialogs);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].closed).toBe(true);
    const url = new URL(dialogs[0].url);
    expect(url.pathname).toBe('/dialog.html');
    // The adapter turns Office errors into a sentence that says what to do next.
    expect(url.searchParams.get('pesan')).toMatch(/coba lagi/);
    await page.close();

    // The dialog page itself shows the message and answers "Tutup".
    const dialog = await openPage(`dialog.html${url.search}`);
    await dialog.locator('#pesan').waitFor();
    expect(await dialog.locator('#pesan').innerText()).toBe(url.searchParams.get('pesan'));
    await shot(dialog, 'dialog-galat');
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    expect(await dialog.evaluate(() => __HC__.parentMessages)).toEqual(['tutup']);
    await dialog.close();
  }, 120_000);

  test('nothing was requested outside 127.0.0.1 and no page had a script error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
