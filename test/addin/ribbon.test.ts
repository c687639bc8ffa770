/**
 * The ribbon's buttons in the built add-in, in chromium against the fake Office host (as browser.test.ts), on
 * seed 000's V2 workbook: "Hitung Capaian" tells its counts in a dialog and brings the Temuan sheet forward;
 * "Hapus Hasil" asks first ("Batal" and the dialog's X keep everything, "Hapus" removes) and, where dialogs are
 * blocked, deletes nothing and says so; an open pane notices a run of the ribbon. Nothing leaves 127.0.0.1.
 * Screenshots go to test-artifacts/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { CHROMIUM } from './browser/chromium';
import type { HarnessConfig } from './browser/fake-host';
import { ARTIFACTS, startPaneSession, type PaneSession } from './browser/session';
import { HAPUS_NEEDS_PANE } from '../../src/commands/ribbon-text';
import type { WorkbookData } from '../../src/model/grid';

const CORPUS = path.join(__dirname, '..', 'corpus', '000-V2.xlsx');
const RESULT_SHEETS = ['Ringkasan Capaian', 'Temuan', 'Narasi'];

interface Harness {
  invoke(name: string, timeoutMs?: number): Promise<{ completed: boolean; ms: number }>;
  answerDialog(message: string, index?: number): void;
  activeSheet(): string | undefined;
  sheetNames(): string[];
  sheetText(name: string): Record<string, string>;
  settings: Record<string, unknown>;
  dialogs: { url: string; closed: boolean; messages: string[] }[];
  parentMessages: string[];
  associations: Map<string, unknown>;
}
declare const __HC__: Harness;

const ready = fs.existsSync(CHROMIUM) && fs.existsSync(CORPUS);

(ready ? describe : describe.skip)('the ribbon buttons, in chromium', () => {
  let session: PaneSession;
  let workbookJson = '';

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wb = await (require('../../src/workbook/xlsx/read') as typeof import('../../src/workbook/xlsx/read')).readXlsxFile(CORPUS);
    workbookJson = JSON.stringify(wb);
    session = await startPaneSession('pita');
  }, 400_000);

  afterAll(async () => {
    await session?.close();
  });

  const openPage = (file: string, config: Partial<HarnessConfig> = {}): Promise<Page> => session.openPage(file, workbookJson, config);

  async function openCommands(config: Partial<HarnessConfig> = {}): Promise<Page> {
    const page = await openPage('commands.html', config);
    await page.waitForFunction(() => __HC__.associations.has('hitungCapaian') && __HC__.associations.has('hapusHasil'));
    return page;
  }

  /** Presses a ribbon button; `answer` is what its dialog's page answers (`null`: no dialog is awaited). */
  async function press(page: Page, name: 'hitungCapaian' | 'hapusHasil', answer: string | null): Promise<{ completed: boolean; dialog?: URL }> {
    const before = await page.evaluate(() => __HC__.dialogs.length);
    const run = page.evaluate(n => __HC__.invoke(n), name);
    if (answer === null) return { completed: (await run).completed };
    await page.waitForFunction(n => __HC__.dialogs.length > n, before, { timeout: 30_000 });
    const url = new URL(await page.evaluate(() => __HC__.dialogs[__HC__.dialogs.length - 1].url));
    await page.evaluate(a => __HC__.answerDialog(a), answer);
    return { completed: (await run).completed, dialog: url };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  const sheets = (page: Page) => page.evaluate(() => __HC__.sheetNames());
  const text = (page: Page, sheet: string) => page.evaluate(s => Object.values(__HC__.sheetText(s)).join('\n'), sheet);

  test('Hitung Capaian tells its counts in a dialog and brings the Temuan sheet forward', async () => {
    const page = await openCommands();
    const { completed, dialog } = await press(page, 'hitungCapaian', 'tutup');
    expect(completed).toBe(true);
    expect(await sheets(page)).toEqual(expect.arrayContaining(RESULT_SHEETS));
    expect(dialog!.pathname).toBe('/dialog.html');
    // Seed 000 V2: 8 tables, 102 values recomputed, 66 findings; one recognition notice makes it partial.
    expect(dialog!.searchParams.get('judul')).toBe('Hitung Capaian selesai, sebagian belum terbaca');
    const message = dialog!.searchParams.get('pesan')!;
    expect(message).toContain('Tabel diperiksa: 8\nNilai dihitung ulang: 102\nTemuan: 66 (33 galat, 9 peringatan, 24 info)');
    expect(message).toContain('Sebagian buku kerja tidak terbaca dengan pasti');
    expect(message).toContain('Lembar Temuan dibuka.');
    expect(message).not.toMatch(/ExcelApi/);
    expect(dialog!.searchParams.get('ya')).toBeNull();
    expect(await page.evaluate(() => __HC__.activeSheet())).toBe('Temuan');
    expect(await page.evaluate(() => __HC__.dialogs[0].closed)).toBe(true);
    expect(await text(page, 'Ringkasan Capaian')).toMatch(/Dijalankan dari pita pada .*8 tabel dikenali, 102 nilai dihitung/);
    expect(await page.evaluate(() => __HC__.settings['hitungCapaian.terakhir'])).toMatchObject({ ok: true, source: 'pita', action: 'hitung' });
    await page.close();

    // The dialog page shows the counts and answers "Tutup".
    const shown = await openPage(`dialog.html${dialog!.search}`);
    await shown.locator('#pesan').waitFor();
    expect(await shown.locator('#pesan').innerText()).toBe(message);
    expect(await shown.getByRole('button').count()).toBe(1);
    await shot(shown, 'dialog-hasil-pita');
    await shown.getByRole('button', { name: 'Tutup' }).click();
    expect(await shown.evaluate(() => __HC__.parentMessages)).toEqual(['tutup']);
    await shown.close();
  }, 120_000);

  test('where no table is recognised, the dialog says so and points to the Tabel tab', async () => {
    const plain: WorkbookData = {
      name: 'Surat.xlsx',
      sheets: [
        {
          name: 'Surat',
          index: 0,
          visible: true,
          protected: false,
          originRow: 1,
          originCol: 1,
          rowCount: 2,
          colCount: 1,
          cells: [[{ value: 'Kepada Yth. Kepala Dinas' }], [{ value: 'Dengan hormat, bersama ini kami sampaikan laporan.' }]],
          merges: [],
        },
      ],
    };
    const page = await openCommands({ workbook: plain });
    const { completed, dialog } = await press(page, 'hitungCapaian', 'tutup');
    expect(completed).toBe(true);
    expect(dialog!.searchParams.get('judul')).toBe('Tidak ada tabel yang dikenali');
    expect(dialog!.searchParams.get('pesan')).toMatch(/tidak ada angka yang diperiksa[\s\S]*Buka Panel\), lalu pilih tab Tabel/);
    expect(await page.evaluate(() => __HC__.activeSheet())).not.toBe('Temuan');
    await page.close();
  }, 120_000);

  test('Hapus Hasil asks first: "Batal" and the dialog\'s X keep everything, "Hapus" removes', async () => {
    const page = await openCommands();
    await press(page, 'hitungCapaian', 'tutup');
    const names = await sheets(page);
    const summary = await text(page, 'Ringkasan Capaian');

    const cancelled = await press(page, 'hapusHasil', 'batal');
    expect(cancelled.completed).toBe(true);
    expect(cancelled.dialog!.searchParams.get('judul')).toBe('Hapus hasil Hitung Capaian?');
    expect(cancelled.dialog!.searchParams.get('ya')).toBe('Hapus');
    expect(cancelled.dialog!.searchParams.get('tidak')).toBe('Batal');
    const question = cancelled.dialog!.searchParams.get('pesan')!;
    expect(question).toContain('lembar Ringkasan Capaian, Temuan, Narasi');
    expect(question).toContain('warna penanda dan catatan sel');
    expect(question).toContain('Data dan angka Anda sendiri tidak diubah.');
    expect(question).toMatch(/yang sudah Anda isi atau ubah tidak dihapus: lembar itu disimpan dengan nama bertanggal/);
    expect(await sheets(page)).toEqual(names);
    expect(await text(page, 'Ringkasan Capaian')).toBe(summary);
    expect(await page.evaluate(() => __HC__.settings['hitungCapaian.terakhir'])).toMatchObject({ action: 'hitung' });

    const removed = await press(page, 'hapusHasil', 'ya');
    expect(removed.completed).toBe(true);
    const after = await sheets(page);
    for (const s of RESULT_SHEETS) expect(after).not.toContain(s);
    expect(after.length).toBeLessThan(names.length);
    expect(await page.evaluate(() => __HC__.settings['hitungCapaian.terakhir'])).toMatchObject({ ok: true, source: 'pita', action: 'hapus' });
    await page.close();

    // Closing the dialog by its X (DialogEventReceived) is "Batal" too.
    const closing = await openCommands({ autoCloseDialogMs: 200 });
    expect((await press(closing, 'hitungCapaian', null)).completed).toBe(true);
    const kept = await sheets(closing);
    expect(kept).toEqual(expect.arrayContaining(RESULT_SHEETS));
    expect((await press(closing, 'hapusHasil', null)).completed).toBe(true);
    expect(await closing.evaluate(() => __HC__.dialogs.length)).toBe(2);
    expect(await sheets(closing)).toEqual(kept);
    await closing.close();

    // The question page: "Batal" has the focus, Escape cancels, "Hapus" answers 'ya'.
    const ask = await openPage(`dialog.html${cancelled.dialog!.search}`);
    await ask.locator('#pesan').waitFor();
    expect(await ask.locator('#pesan').innerText()).toBe(question);
    expect(await ask.evaluate(() => document.activeElement?.textContent)).toBe('Batal');
    await shot(ask, 'dialog-hapus-pita');
    await ask.keyboard.press('Enter');
    await ask.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Hapus' }).click();
    expect(await ask.evaluate(() => __HC__.parentMessages)).toEqual(['batal', 'batal', 'ya']);
    await ask.close();
  }, 180_000);

  test('where dialogs are blocked, Hapus Hasil deletes nothing and says the pane is needed', async () => {
    const page = await openCommands({ dialogFails: true });
    expect((await press(page, 'hitungCapaian', null)).completed).toBe(true);
    const names = await sheets(page);
    expect(names).toEqual(expect.arrayContaining(RESULT_SHEETS));
    // Without the dialog the run still says its result under the summary, and shows the findings.
    expect(await text(page, 'Ringkasan Capaian')).toMatch(/Dijalankan dari pita pada/);
    expect(await page.evaluate(() => __HC__.activeSheet())).toBe('Temuan');

    const summary = await text(page, 'Ringkasan Capaian');
    expect((await press(page, 'hapusHasil', null)).completed).toBe(true);
    // Nothing deleted; the message goes to the status sheet (the result sheets stay exactly as the run wrote them).
    expect(await sheets(page)).toEqual([...names, 'Status Hitung Capaian']);
    expect(await text(page, 'Ringkasan Capaian')).toBe(summary);
    expect(await text(page, 'Status Hitung Capaian')).toContain(HAPUS_NEEDS_PANE);
    expect(await page.evaluate(() => __HC__.activeSheet())).toBe('Status Hitung Capaian');
    await page.close();

    // A failed run's status sheet (no dialog to tell the error) is not removed by the ribbon either.
    const failed = await openCommands({ dialogFails: true });
    await failed.evaluate(() => (__HC__ as unknown as { fake: { failNextSync(code: string): void } }).fake.failNextSync('GeneralException'));
    expect((await press(failed, 'hitungCapaian', null)).completed).toBe(true);
    expect(await text(failed, 'Status Hitung Capaian')).toMatch(/coba lagi/);
    expect((await press(failed, 'hapusHasil', null)).completed).toBe(true);
    const status = await text(failed, 'Status Hitung Capaian');
    expect(status).toMatch(/coba lagi/);
    expect(status).toContain(HAPUS_NEEDS_PANE);
    await failed.close();
  }, 120_000);

  test('an open pane notices a run of the ribbon, shows its results on request, and empties after Hapus', async () => {
    const shared = { sharedDocument: 'dokumen-pita' };
    const pane = await openPage('taskpane.html', shared);
    await pane.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });
    expect(await pane.getByTestId('pita-baru').count()).toBe(0);

    const ribbon = await openCommands(shared);
    await press(ribbon, 'hitungCapaian', 'tutup');
    // Back in the pane (Office gives it the focus again): it re-reads the document's settings.
    await pane.evaluate(() => window.dispatchEvent(new Event('focus')));
    const notice = pane.getByTestId('pita-baru');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toMatch(/Hasil baru dari tombol pita[\s\S]*8 tabel dikenali, 102 nilai dihitung/);
    await shot(pane, 'pane-400-pita-baru');
    // The notice fits the narrowest pane without a sideways scroll.
    await pane.setViewportSize({ width: 320, height: 900 });
    expect(await pane.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(pane, 'pane-320-pita-baru');
    await pane.setViewportSize({ width: 400, height: 900 });

    await notice.getByRole('button', { name: 'Tampilkan hasil' }).click();
    await pane.getByTestId('status').waitFor({ timeout: 60_000 });
    expect(await pane.getByTestId('status').innerText()).toMatch(/Hasil dari tombol pita[\s\S]*8 tabel dikenali, 102 nilai dihitung/);
    expect(await pane.getByRole('tab', { name: /Temuan/ }).innerText()).toContain('66');
    await pane.locator('[data-testid="temuan"][data-cell="Capaian Kinerja!E21"]').waitFor();
    expect(await pane.getByTestId('pita-baru').count()).toBe(0);
    // Shown, not written again: the ribbon's run is still the last one.
    expect(await pane.evaluate(() => __HC__.settings['hitungCapaian.terakhir'])).toMatchObject({ source: 'pita', action: 'hitung' });

    await press(ribbon, 'hapusHasil', 'ya');
    await pane.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await pane.waitForFunction(() => /Hasil dihapus dari tombol pita/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    expect(await pane.locator('[data-testid="temuan"]').count()).toBe(0);
    // The pane is free again: a new run can start from it.
    expect(await pane.getByTestId('hitung').getAttribute('aria-disabled')).not.toBe('true');
    expect(await pane.getByTestId('hitung').isDisabled()).toBe(false);
    await pane.waitForTimeout(500); // the buttons' colour transition, for the screenshot only
    await shot(pane, 'pane-400-pita-hapus');
    await ribbon.close();
    await pane.close();
  }, 180_000);

  test('nothing was requested outside 127.0.0.1 and no page had a script error', () => {
    expect(session.foreign).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
