/**
 * The ribbon's function file: "Hitung Capaian" and "Hapus Hasil" run here without the pane. "Hitung Capaian"
 * ends with a dialog of counts and the Temuan (or Ringkasan) sheet in front; "Hapus Hasil" asks first.
 * The actions are registered as soon as this module runs, before Office.onReady, so a click that starts the
 * page is never lost. Every action ends with event.completed(), also after a failure.
 */
import { OfficeWorkbook } from '../workbook/office/adapter';
import { runClear, runHitung } from '../usecase/run';
import { officeSettingsStore, type SettingsStore } from '../settings-store';
import { createHostActions, STATUS_SHEET } from '../workbook/office/host-actions';
import { formatDateTime } from '../addin-common/format';
import { clearedRecord, errorText, failedHitungRecord, hitungRecord, keepLastRun, runSummaryLine } from '../addin-common/run-summary';
import { openDialog } from './dialog-client';
import { HAPUS_CANCEL, HAPUS_CONFIRM, HAPUS_NEEDS_PANE, HAPUS_QUESTION, HAPUS_TITLE, hitungResult } from './ribbon-text';
import { MESSAGES, MIN_EXCEL_API } from '../addin-common/office-ready';

interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/** A command's end, called once however many paths reach it. */
function completer(event: CommandEvent | undefined): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      event?.completed();
    } catch {
      // The host already closed the command; nothing left to tell it.
    }
  };
}

/** Shows a message in the dialog page; resolves when the user closes it, false when no dialog could open. */
async function showDialog(title: string, message: string): Promise<boolean> {
  return (await openDialog(title, message)).opened;
}

/**
 * Writes a dated line into the status sheet of ours (never into the result sheets: a line there would make the
 * next run take them for the user's typing); returns the sheet it went to. Hapus Hasil removes the status sheet.
 */
async function writeStatus(text: string): Promise<string | undefined> {
  const line = `${formatDateTime(new Date().toISOString())} — ${text}`;
  return createHostActions().writeStatusLine(STATUS_SHEET, line, true).then(
    () => STATUS_SHEET,
    () => undefined,
  );
}

/** Brings a sheet to the front (its first cell selected); a sheet that is not there is left alone. */
async function showSheet(sheet: string | undefined): Promise<void> {
  if (!sheet) return;
  await createHostActions()
    .selectCell(sheet, 'A1')
    .catch(e => console.warn(`Lembar ${sheet} tidak dapat dibuka.`, e));
}

/** Tells the user about a failure: a dialog, or else a line in a sheet of ours. */
async function reportError(action: string, text: string): Promise<void> {
  if (await showDialog(`${action} tidak selesai`, text)) return;
  await writeStatus(text);
}

/**
 * The sentence for an Excel below the add-in's floor, or undefined when this Excel can run the commands.
 * Checked before any work, so an old Excel gets a message instead of a command that never finishes.
 */
export function unsupportedExcel(): string | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported('ExcelApi', MIN_EXCEL_API) ? undefined : MESSAGES.excelTooOld;
  } catch {
    return MESSAGES.excelTooOld;
  }
}

/**
 * A ribbon action around its body: refused with a sentence on an Excel below the floor, a failure told to the
 * user (in the words `failure` gives, errorText's by default), and event.completed() called once whatever happens.
 */
function ribbonCommand(
  action: string,
  body: (store: SettingsStore) => Promise<void>,
  failure: (e: unknown, store: SettingsStore) => Promise<string> = async e => errorText(e, action),
): (event?: CommandEvent) => Promise<void> {
  return async event => {
    const done = completer(event);
    const refused = unsupportedExcel();
    if (refused) {
      await reportError(action, refused).finally(done);
      return;
    }
    const store = officeSettingsStore();
    try {
      await body(store);
    } catch (e) {
      await reportError(action, await failure(e, store));
    } finally {
      done();
    }
  };
}

export const hitungCapaian = ribbonCommand(
  'Hitung Capaian',
  async store => {
    const settings = await store.load();
    const at = new Date().toISOString();
    // The ribbon's line under the summary goes in with the run's own writes.
    const outcome = await runHitung(new OfficeWorkbook(), settings, undefined, {
      summaryNote: o => `Dijalankan dari pita pada ${formatDateTime(at)}: ${runSummaryLine(o.report, o.durationMs)}`,
    });
    await keepLastRun(store, hitungRecord(outcome, 'pita', at));
    // The sheet first, so the user sees it behind the dialog; without a dialog the status line above tells.
    const result = hitungResult(outcome.report, outcome.applied?.notices);
    await showSheet(result.sheet);
    await openDialog(result.title, result.message, { height: 40 });
  },
  async (e, store) => (await keepLastRun(store, failedHitungRecord(e, 'pita'))).text,
);

export const hapusHasil = ribbonCommand('Hapus Hasil', async store => {
  const answer = await openDialog(HAPUS_TITLE, HAPUS_QUESTION, { confirm: HAPUS_CONFIRM, cancel: HAPUS_CANCEL, height: 50 });
  if (!answer.opened) {
    // Never delete unasked: the pane has its own confirmation, which no host can block.
    await showSheet(await writeStatus(HAPUS_NEEDS_PANE));
    return;
  }
  // "Batal", the dialog's X and the time limit all keep everything.
  if (answer.message !== 'ya') return;
  const cleared = await runClear(new OfficeWorkbook());
  // The status sheet exists only after a message no dialog could show; it goes with the results.
  await createHostActions().removeSheet(STATUS_SHEET).catch(() => undefined);
  await keepLastRun(store, clearedRecord('pita'));
  // What was kept (sheets or columns the user changed) is said, never silently left behind.
  const kept = cleared.notices ?? [];
  if (kept.length) await openDialog('Hasil dihapus, dengan catatan', kept.join('\n\n'), { height: 40 });
});

/** Registers the ribbon's functions: the current way (Office.actions) and the older global-name lookup. */
function register(): void {
  const actions = { hitungCapaian, hapusHasil } as const;
  const g = globalThis as unknown as Record<string, unknown>;
  for (const [name, fn] of Object.entries(actions)) g[name] = fn;
  if (typeof Office === 'undefined' || !Office.actions) return;
  Office.actions.associate('hitungCapaian', hitungCapaian);
  Office.actions.associate('hapusHasil', hapusHasil);
}

register();
if (typeof Office !== 'undefined') Office.onReady(() => undefined);
