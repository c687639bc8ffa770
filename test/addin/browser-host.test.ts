/**
 * The built pane and ribbon where they cannot work, in chromium: each case must end on its Indonesian sentence,
 * never on "Memuat Hitung Capaian…" or a button stuck on "Menyiapkan…".
 *  - office.js blocked (the request to Microsoft's CDN aborted, as by a filtering proxy or no internet);
 *  - the real office.js (npm package @microsoft/office-js, served from node_modules through the route, no
 *    network) in a plain browser tab, outside Office;
 *  - the fake host playing Word, and playing an Excel below the add-in's floor (ExcelApi 1.6);
 *  - the ribbon's function file on that old Excel: the command ends and a dialog tells why.
 * Nothing leaves 127.0.0.1: requests elsewhere are aborted, and the test asserts which ones were attempted.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, ensureBuilt } from './build';
import { bundleFakeHost } from './browser/bundle';
import { CHROMIUM, OFFICE_JS, launchOffline } from './browser/chromium';
import type { HarnessConfig } from './browser/fake-host';
import { MESSAGES } from '../../src/addin-common/office-ready';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require('../../scripts/serve-dist.js') as {
  serveDist(root: string, port?: number): Promise<{ url: string; close(): Promise<void>; requests: string[] }>;
};

/** Where @microsoft/office-js keeps the files Microsoft's CDN serves under /lib/1/hosted/. */
const OFFICE_JS_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const CDN_BASE = OFFICE_JS.replace(/office\.js$/, '');

/** A workbook with one small sheet: these tests never get as far as reading it. */
const WORKBOOK = {
  name: 'Kosong.xlsx',
  sheets: [
    { name: 'Lembar1', index: 0, visible: true, protected: false, originRow: 1, originCol: 1, rowCount: 1, colCount: 1, cells: [[{ value: 'a' }]], merges: [] },
  ],
};

interface Harness {
  invoke(name: string, timeoutMs?: number): Promise<{ completed: boolean; ms: number }>;
  dialogs: { url: string; closed: boolean }[];
  associations: Map<string, unknown>;
}
declare const __HC__: Harness;

const usable = fs.existsSync(CHROMIUM) && fs.existsSync(path.join(OFFICE_JS_DIST, 'office.js'));

(usable ? describe : describe.skip)('pane and ribbon where Hitung Capaian cannot run', () => {
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let tmp = '';
  const foreign: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-host-'));
    const [, fakeOffice] = await Promise.all([ensureBuilt(), bundleFakeHost(path.join(tmp, 'fake'))]);
    server = await serveDist(DIST);
    context = await launchOffline({ profile: path.join(tmp, 'profile'), width: 400, fakeOffice, serverUrl: server.url, foreign });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function open(file: string, config: Partial<HarnessConfig> | undefined, office: 'fake' | 'blocked' | 'real' = 'fake'): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', e => pageErrors.push(`${file}: ${e.message}`));
    // Page routes come before the context's, which answers the CDN with the fake host.
    if (office === 'blocked') {
      await page.route(`${CDN_BASE}**`, route => route.abort('connectionrefused'));
    } else if (office === 'real') {
      await page.route(`${CDN_BASE}**`, async route => {
        const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(CDN_BASE).pathname.length));
        const file = path.resolve(OFFICE_JS_DIST, rel);
        if (!file.startsWith(OFFICE_JS_DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
          await route.fulfill({ status: 404, body: '' });
          return;
        }
        await route.fulfill({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream', body: fs.readFileSync(file) });
      });
    }
    if (config) await page.addInitScript(`window.__HC_CONFIG__ = ${JSON.stringify({ workbook: WORKBOOK, ...config })};`);
    await page.goto(server.url + file);
    return page;
  }

  /** The pane's message, once shown; and the pane is no longer on its loading line or "Menyiapkan…". */
  async function expectPaneSays(page: Page, sentence: string): Promise<void> {
    await page.getByText(sentence, { exact: false }).waitFor({ timeout: 20_000 });
    const body = await page.locator('body').innerText();
    expect(body).toContain('Panel belum dapat digunakan');
    expect(body).not.toContain('Memuat Hitung Capaian');
    expect(body).not.toContain('ExcelApi');
    expect(body).not.toContain('Menyiapkan');
    // The button stays, disabled, under the message.
    expect(await page.getByTestId('hitung').getAttribute('aria-disabled')).toBe('true');
  }

  test('office.js blocked: the pane says office.js could not load and what to do', async () => {
    const page = await open('taskpane.html', undefined, 'blocked');
    await expectPaneSays(page, MESSAGES.officeJsMissing);
    await page.close();
  }, 60_000);

  test('the real office.js in a browser tab outside Office: the pane says to open it in Excel', async () => {
    const page = await open('taskpane.html', undefined, 'real');
    await expectPaneSays(page, MESSAGES.outsideOffice);
    // office.js itself came from node_modules through the route, not from Microsoft.
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe('function');
    await page.close();
  }, 60_000);

  test('opened in Word: the pane says it runs in Excel only', async () => {
    const page = await open('taskpane.html', { host: 'Word' });
    await expectPaneSays(page, MESSAGES.notExcel('Word'));
    await page.close();
  }, 60_000);

  test('an Excel below the floor: the pane names the Excel versions that work, never "ExcelApi"', async () => {
    const page = await open('taskpane.html', { requirementSets: ['ExcelApi 1.6'] });
    await expectPaneSays(page, MESSAGES.excelTooOld);
    expect(MESSAGES.excelTooOld).toMatch(/Microsoft 365/);
    expect(MESSAGES.excelTooOld).toMatch(/Excel 2019/);
    expect(MESSAGES.excelTooOld).toMatch(/Excel di web/);
    await page.close();
  }, 60_000);

  test('the ribbon on an Excel below the floor: the command ends and its dialog shows the reason', async () => {
    const page = await open('commands.html', { requirementSets: ['ExcelApi 1.6'], autoCloseDialogMs: 300 });
    await page.waitForFunction(() => __HC__.associations.size >= 2, undefined, { timeout: 20_000 });
    for (const name of ['hitungCapaian', 'hapusHasil']) {
      const result = await page.evaluate(n => __HC__.invoke(n, 15_000), name);
      expect(result.completed).toBe(true);
    }
    const dialogs = await page.evaluate(() => __HC__.dialogs.map(d => d.url));
    expect(dialogs).toHaveLength(2);
    for (const url of dialogs) expect(new URL(url).searchParams.get('pesan')).toBe(MESSAGES.excelTooOld);
    await page.close();

    // The dialog page shows its text at once, even where Office.onReady never answers.
    const dialog = await open(dialogs[0].slice(server.url.length), { readyDelayMs: 10 * 60_000 });
    await dialog.getByText(MESSAGES.excelTooOld).waitFor({ timeout: 10_000 });
    expect(await dialog.locator('h1').innerText()).toBe('Hitung Capaian tidak selesai');
    await dialog.close();
  }, 90_000);

  test('nothing left 127.0.0.1 and no page threw', () => {
    // Only what office.js itself may try beyond its own files (none is answered); never the add-in's pages.
    for (const url of foreign) expect(url).not.toContain(server.url);
    expect(foreign.filter(u => !/^https:\/\/[^/]*(microsoft|office|oaspapps|live|msocdn|msauth|aria|events\.data)[^/]*\//.test(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
