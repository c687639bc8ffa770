/**
 * What a user ends up seeing on each Excel an office runs, in the built pane in chromium against the fake
 * Office host playing one API level at a time (seed 000's V2 workbook):
 *   ExcelApi 1.7 / 1.8 (Office 2016 updated, Office 2019): cells highlighted by the tool's own conditional-format
 *     rule, no notes, and the pane says where the explanations are;
 *   1.9 / 1.17 (Office 2021, Office 2024): cells filled, no notes, the same sentence about notes;
 *   1.18 (Microsoft 365, Excel on the web): cells filled and annotated, a plain "Selesai".
 * Then, on one level: text typed into Narasi and Ringkasan Capaian survives the next run and the user is told;
 * a workbook with no table gets "nothing written" and is left as it was. Nothing leaves 127.0.0.1.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { CHROMIUM } from './browser/chromium';
import type { HarnessConfig } from './browser/fake-host';
import { ARTIFACTS, startPaneSession, type PaneSession } from './browser/session';
import type { FakeExcel } from '../fakes/fake-excel';

const SEED = path.join(__dirname, '..', 'corpus', '000-V2.xlsx');
/** The finding every level must show: the IKM capaian of seed 000 (Capaian Kinerja!E21, 94,71 written). */
const IKM = 'Capaian Kinerja!E21';
const NOTES_MISSING = 'Versi Excel ini belum mendukung catatan sel; penjelasan setiap temuan ada di lembar Temuan dan di panel.';

interface Harness {
  fake: FakeExcel;
  sheetNames(): string[];
  sheetText(name: string): Record<string, string>;
}
declare const __HC__: Harness;

const haveChromium = fs.existsSync(CHROMIUM);

(haveChromium ? describe : describe.skip)('the pane on each Excel API level', () => {
  let session: PaneSession;
  let workbookJson = '';

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wb = await (require('../../src/workbook/xlsx/read') as typeof import('../../src/workbook/xlsx/read')).readXlsxFile(SEED);
    workbookJson = JSON.stringify(wb);
    session = await startPaneSession('levels');
  }, 400_000);

  afterAll(async () => {
    await session?.close();
    expect(session.foreign).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  async function openPane(config: Partial<HarnessConfig>, workbook = workbookJson): Promise<Page> {
    const page = await session.openPage('taskpane.html', workbook, config);
    await page.waitForFunction(() => performance.getEntriesByName('hc-interactive').length > 0, undefined, { timeout: 30_000 });
    return page;
  }

  /** Presses Hitung Capaian and returns the status the pane shows when it is done. */
  async function hitung(page: Page): Promise<string> {
    const before = await page.getByTestId('status').count() ? await page.getByTestId('status').innerText() : '';
    await page.getByTestId('hitung').click();
    await page.waitForFunction(
      prev => {
        const el = document.querySelector('[data-testid="status"]') as HTMLElement | null;
        const busy = document.querySelector('[data-testid="hitung"]')?.getAttribute('aria-disabled') === 'true';
        return !!el && !busy && el.innerText !== prev;
      },
      before,
      { timeout: 60_000 },
    );
    return (await page.getByTestId('status').innerText()).replace(/\s+/g, ' ');
  }

  const seen = (page: Page) =>
    page.evaluate(() => ({
      shown: __HC__.fake.shownFills(),
      fills: __HC__.fake.fills(),
      rules: __HC__.fake.conditionalFormats().length,
      notes: __HC__.fake.notes(),
    }));

  test.each([
    ['1.7', 'rule', false],
    ['1.8', 'rule', false],
    ['1.9', 'fill', false],
    ['1.17', 'fill', false],
    ['1.18', 'fill', true],
  ] as const)('ExcelApi %s: the IKM cell is highlighted (%s), notes %s, and the user is told what is missing', async (level, how, notes) => {
    const page = await openPane({ requirementSets: [`ExcelApi ${level}`] });
    const status = await hitung(page);
    await page.screenshot({ path: path.join(ARTIFACTS, `api-${level}.png`) });
    const after = await seen(page);

    // The finding's cell is coloured on every level; below 1.9 by the tool's rule, the user's fill untouched.
    expect(after.shown[IKM]).toMatch(/^#[0-9A-F]{6}$/);
    if (how === 'rule') {
      expect(after.fills[IKM]).toBeUndefined();
      expect(after.rules).toBeGreaterThan(0);
    } else {
      expect(after.fills[IKM]).toBe(after.shown[IKM]);
      expect(after.rules).toBe(0);
    }
    // Notes where the host has them; else one plain sentence, never an API version.
    expect(status).not.toMatch(/ExcelApi|API 1\.\d/i);
    if (notes) {
      expect(after.notes[IKM]).toMatch(/Hitung Capaian/);
      expect(status).not.toContain(NOTES_MISSING);
    } else {
      expect(Object.keys(after.notes)).toEqual([]);
      expect(status).toContain(NOTES_MISSING);
    }
    // Seed 000 holds one column the recogniser reads with doubt, so no level says a plain "Selesai".
    expect(status).toMatch(/^Selesai, sebagian belum terbaca/);
    // The Temuan sheet, which every level gets, explains the finding.
    const temuan = await page.evaluate(() => Object.values(__HC__.sheetText('Temuan')).join(' | '));
    expect(temuan).toContain('Capaian tertulis 91,09 tidak sesuai: realisasi 80,50 terhadap target 85 dengan realisasi/target × 100 memberi 94,71%.');

    // Hapus Hasil takes every highlight back on this level too.
    await page.getByRole('button', { name: 'Hapus Hasil' }).click();
    await page.getByRole('button', { name: 'Ya, hapus hasil' }).click();
    await page.waitForFunction(() => !__HC__.sheetNames().includes('Temuan'), undefined, { timeout: 30_000 });
    const cleared = await seen(page);
    expect(cleared.shown[IKM]).toBeUndefined();
    expect(cleared.rules).toBe(0);
    await page.close();
  }, 120_000);

  test('text typed into Narasi and Ringkasan Capaian is kept by the next run, and the user is told', async () => {
    const page = await openPane({ requirementSets: ['ExcelApi 1.18'] });
    await hitung(page);
    const typed = await page.evaluate(() => {
      const below = (sheet: string) => {
        const rows = Object.keys(__HC__.sheetText(sheet)).map(k => Number(/\d+$/.exec(k)![0]));
        return `B${Math.max(...rows) + 2}`;
      };
      const narasi = below('Narasi');
      const ringkasan = below('Ringkasan Capaian');
      __HC__.fake.type('Narasi', narasi, 'Analisis kami: IKM turun karena survei dilakukan sebelum layanan daring dibuka.');
      __HC__.fake.type('Ringkasan Capaian', ringkasan, 'Diperiksa Kasubag Perencanaan');
      return { narasi, ringkasan };
    });
    expect(typed.narasi).toMatch(/^B\d+$/);

    const status = await hitung(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-isian-dipertahankan.png') });
    const names = await page.evaluate(() => __HC__.sheetNames());
    const keptNarasi = names.find(n => /^Narasi \(\d\d\.\d\d\.\d\d\)$/.test(n));
    const keptRingkasan = names.find(n => /^Ringkasan Capaian \(\d\d\.\d\d\.\d\d\)$/.test(n));
    expect(keptNarasi).toBeDefined();
    expect(keptRingkasan).toBeDefined();
    const text = (sheet: string) => page.evaluate(s => Object.values(__HC__.sheetText(s)).join(' | '), sheet);
    expect(await text(keptNarasi!)).toContain('Analisis kami: IKM turun');
    expect(await text(keptRingkasan!)).toContain('Diperiksa Kasubag Perencanaan');
    expect(await text('Narasi')).not.toContain('Analisis kami');
    expect(status).toContain(`lembar itu disimpan sebagai "${keptNarasi}" dan hasil baru ditulis ke "Narasi"`);
    expect(status).toContain(`lembar itu disimpan sebagai "${keptRingkasan}"`);
    await page.close();
  }, 120_000);

  test('a workbook with no table: nothing is written, and the pane says what to do', async () => {
    const empty = JSON.stringify({
      name: 'catatan.xlsx',
      sheets: [
        {
          name: 'Catatan',
          index: 0,
          originRow: 1,
          originCol: 1,
          rowCount: 3,
          colCount: 2,
          visible: true,
          protected: false,
          hiddenRows: [],
          merges: [],
          cells: [[{ value: 'Rapat koordinasi' }, { value: 'Senin' }], [{ value: 'Peserta' }, { value: 12 }], [{ value: 'Tempat' }, { value: 'Aula' }]],
        },
      ],
    });
    const page = await openPane({ requirementSets: ['ExcelApi 1.18'] }, empty);
    const status = await hitung(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-tanpa-tabel.png') });
    expect(status).toMatch(/^Tidak ada yang ditulis/);
    expect(status).toContain('Tidak ada tabel yang dikenali');
    expect(status).toContain('Buku kerja tidak diubah');
    expect(await page.evaluate(() => __HC__.sheetNames())).toEqual(['Catatan']);
    // The Tabel tab, where a table can be marked by hand, is open; there is nothing to export.
    expect(await page.getByRole('tab', { name: /Tabel/ }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('button', { name: 'Ekspor Ringkasan' }).getAttribute('aria-disabled')).toBe('true');
    await page.close();
  }, 120_000);
});
