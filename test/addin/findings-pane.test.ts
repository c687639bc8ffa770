/**
 * The findings list at scale, in the built pane in chromium against the fake Office host (as browser.test.ts):
 * a workbook of about 500 findings (scripts/make-scale-fixtures.js, temuan-500.xlsx). Filtering by sheet and
 * rule, searching by indicator name and cell, the toolbar that stays in view, the group of 300 text numbers as
 * one card that opens, the end of the list reached from the search box in a handful of key presses, and a
 * polarity list that holds indicators only. Nothing leaves 127.0.0.1. Screenshots go to test-artifacts/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { CHROMIUM } from './browser/chromium';
import type { Selection } from './browser/fake-host';
import { ARTIFACTS, startPaneSession, type PaneSession } from './browser/session';

interface Harness {
  selection(): Selection | undefined;
}
declare const __HC__: Harness;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFixture } = require('../../scripts/make-scale-fixtures.js') as { writeFixture(name: string, dir: string): Promise<string> };

const haveChromium = fs.existsSync(CHROMIUM);

(haveChromium ? describe : describe.skip)('findings list at 500 findings, in chromium', () => {
  let session: PaneSession;
  let workbookJson = '';
  let findingsCount = 0;

  beforeAll(async () => {
    session = await startPaneSession('temuan500');
    const file = await writeFixture('temuan-500.xlsx', session.tmp);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wb = await (require('../../src/workbook/xlsx/read') as typeof import('../../src/workbook/xlsx/read')).readXlsxFile(file);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { evaluateWorkbook } = require('../../src/usecase/check') as typeof import('../../src/usecase/check');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DEFAULT_SETTINGS } = require('../../src/usecase/settings') as typeof import('../../src/usecase/settings');
    findingsCount = evaluateWorkbook(wb, DEFAULT_SETTINGS).report.findings.length;
    workbookJson = JSON.stringify(wb);
  }, 400_000);

  afterAll(async () => {
    await session?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  const cards = (page: Page) => page.locator('[data-testid="daftar-temuan"] > li');
  const cellsShown = (page: Page) => page.locator('[data-testid="temuan"]').evaluateAll(els => els.map(e => e.getAttribute('data-cell')!));

  /** Opens a filter menu and picks an option, as a user does with the mouse. */
  async function choose(page: Page, testId: string, option: RegExp): Promise<void> {
    const menu = page.getByTestId(testId);
    await menu.click();
    await page.waitForFunction(id => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-expanded') === 'true', testId, { timeout: 10_000 });
    await shot(page, `temuan500-menu-${testId}`);
    await page.getByRole('option', { name: option }).click();
  }

  async function openAndRun(): Promise<Page> {
    const page = await session.openPage('taskpane.html', workbookJson);
    await page.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });
    await page.getByTestId('hitung').click();
    await page.getByTestId('status').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('status').innerText()).toMatch(/Selesai/);
    await page.getByTestId('daftar-temuan').waitFor();
    return page;
  }

  test('filter, search, a sticky toolbar, the group card, keyboard reach to the end, indicators-only polarity', async () => {
    const page = await openAndRun();
    expect(findingsCount).toBeGreaterThanOrEqual(500);
    const total = findingsCount.toLocaleString('id-ID');
    const entries = await cards(page).count();
    // 300 text numbers are one card: the list has 300 − 1 lines fewer than there are findings.
    expect(await page.getByTestId('temuan-jumlah').innerText()).toBe(`${total} temuan dalam ${(findingsCount - 299).toLocaleString('id-ID')} baris daftar`);
    const group = page.getByTestId('temuan-grup');
    // A card names its row beside the cell, and the rule in words.
    const f3 = page.locator('[data-testid="temuan"][data-cell="Capaian Kinerja!F3"]');
    expect(await f3.innerText()).toContain('Persentase layanan administrasi kependudukan 1 yang selesai tepat waktu');
    expect(await f3.innerText()).toContain('Capaian tidak sesuai perhitungan');
    await shot(page, 'temuan500-awal');

    // Keyboard: from the search box, Tab passes the three filters and lands on the list (one stop); End reaches
    // the last card. Eight presses in all, where the old list needed hundreds.
    await page.getByTestId('temuan-cari').focus();
    let presses = 0;
    for (let i = 0; i < 4; i++, presses++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entry'))).toBe('0');
    await page.keyboard.press('End');
    presses++;
    await page.waitForFunction(n => document.activeElement?.getAttribute('data-entry') === String(n - 1), entries + (findingsCount - 299 - entries), { timeout: 10_000 });
    const last = await page.evaluate(() => Number(document.activeElement?.getAttribute('data-entry')));
    expect(last).toBe(findingsCount - 299 - 1);
    // The last line is the group: one card with its count, in words.
    expect(await group.count()).toBe(1);
    expect(await group.innerText()).toContain('300 sel');
    expect(await group.innerText()).toContain('Angka disimpan sebagai teks');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="temuan-grup"]') !== null)).toBe(true);
    // Arrow keys move by one, Enter selects the focused finding's cell.
    await page.keyboard.press('ArrowUp');
    presses++;
    const focusedCell = await page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    await page.keyboard.press('Enter');
    presses++;
    const [sheet, cell] = [focusedCell!.slice(0, focusedCell!.lastIndexOf('!')), focusedCell!.slice(focusedCell!.lastIndexOf('!') + 1)];
    await page.waitForFunction(c => __HC__.selection()?.cell === c, cell, { timeout: 10_000 });
    expect(await page.evaluate(() => __HC__.selection())).toEqual({ sheet, cell });
    // One Tab leaves the list.
    await page.keyboard.press('Tab');
    presses++;
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="daftar-temuan"]') === null)).toBe(true);
    expect(presses).toBeLessThanOrEqual(8);

    // The toolbar stays in view while the list scrolls.
    await page.evaluate(() => window.scrollTo(0, 6000));
    const box = await page.getByTestId('temuan-toolbar').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(5);
    await shot(page, 'temuan500-gulir');
    await page.evaluate(() => window.scrollTo(0, 0));

    // Filter by sheet: only the Anggaran group remains; opened, it lists its 300 cells.
    await choose(page, 'saring-lembar', /^Anggaran/);
    expect(await page.getByTestId('temuan-jumlah').innerText()).toContain(`300 dari ${total} temuan cocok`);
    expect(await cards(page).count()).toBe(1);
    await group.locator('button').first().focus();
    await page.keyboard.press('Enter');
    expect(await group.locator('button').first().getAttribute('aria-expanded')).toBe('true');
    // Its cells follow it in the list; End reaches the last of them.
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-entry') === '300', undefined, { timeout: 10_000 });
    const anggaran = await cellsShown(page);
    expect(anggaran).toHaveLength(300);
    expect(anggaran.every(c => c.startsWith('Anggaran!C'))).toBe(true);
    await shot(page, 'temuan500-grup-terbuka');
    await page.getByRole('button', { name: 'Hapus saringan' }).click();

    // Filter by rule: every card is a kategori finding.
    await choose(page, 'saring-aturan', /^Kategori tidak sesuai skala/);
    const kategori = await cellsShown(page);
    expect(kategori.length).toBeGreaterThan(0);
    expect(kategori.every(c => /^Capaian Kinerja!G\d+$/.test(c))).toBe(true);
    await page.getByRole('button', { name: 'Hapus saringan' }).click();

    // Search by indicator name, then by cell address.
    await page.getByTestId('temuan-cari').fill('pengaduan masyarakat');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="temuan"]').length <= 3);
    const pengaduan = await cellsShown(page);
    expect(pengaduan.length).toBeGreaterThan(0);
    expect(pengaduan.every(c => /^Capaian Kinerja![A-Z]10$/.test(c))).toBe(true);
    await shot(page, 'temuan500-cari');
    await page.getByTestId('temuan-cari').fill('Anggaran!C7');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="temuan-grup"]').length === 1 && !document.querySelector('[data-testid="temuan"][data-cell^="Capaian"]'));
    await page.getByTestId('temuan-cari').fill('');

    // The polarity list: the 200 indicators, never a year of the IKM table nor the RATA-RATA row.
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    const names = await page.locator('[aria-label^="Polaritas "]').evaluateAll(els => els.map(e => e.getAttribute('aria-label')!.slice('Polaritas '.length)));
    expect(names).toHaveLength(200);
    expect(names.filter(n => /^(tahun\s*)?(19|20)\d\d$/i.test(n) || /^(rata|total)/i.test(n))).toEqual([]);
    expect(names).toContain('Jumlah pengaduan masyarakat yang tidak ditindaklanjuti');
    await shot(page, 'temuan500-polaritas');

    expect(session.pageErrors).toEqual([]);
    expect(session.foreign).toEqual([]);
    await page.close();
  }, 300_000);
});
