/**
 * The pane's and the ribbon's few direct requests to Excel, beside the workbook adapter's reads and writes:
 * select a cell, export the summary as a new workbook, write one status line. These requests live beside the
 * adapter (src/workbook/office holds every Excel.run); components reach them through props, never by import.
 */
import type { SheetWrite } from '../../model/write-plan';
import { buildXlsx, toBase64 } from '../export/xlsx-writer';
import { intersection, parseRange, rangeA1 } from '../../model/address';

/**
 * Where the ribbon writes an error when no dialog can be shown and there is no summary sheet yet.
 * "Hapus Hasil" (ribbon or pane) removes it with the other results.
 */
export const STATUS_SHEET = 'Status Hitung Capaian';

export type ExportResult =
  /** Excel opened the summary as a new workbook (ExcelApi 1.8 `Excel.createWorkbook`). */
  | { via: 'buku-kerja-baru' }
  /** The host cannot create workbooks: the browser downloaded the .xlsx instead. */
  | { via: 'unduhan'; fileName: string };

/** The range selected in the sheet, for marking a table by hand. */
export interface SelectedRange {
  sheet: string;
  /** A1 address without the sheet, cut to the cells that hold data ("B4:H20"). */
  address: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Text of the range's first rows (up to HEAD_ROWS), for the column headers the pane shows. */
  headRows: string[][];
}

/** Rows and columns of the selection read for its headers: enough for a header block, small for any selection. */
export const HEAD_ROWS = 3;
export const MAX_MARKED_COLUMNS = 60;

export interface HostActions {
  /** Activates the sheet and selects the cell, in one round trip. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The selected range and its first rows' text; a sentence for the user when nothing usable is selected. */
  selectedRange(): Promise<SelectedRange>;
  exportSummary(sheets: SheetWrite[], fileName: string): Promise<ExportResult>;
  /** Opens an .xlsx as a new workbook (ExcelApi 1.8), else downloads it as `fileName`. */
  openWorkbook(bytes: Uint8Array, fileName: string): Promise<ExportResult>;
}

export interface CommandHost {
  /**
   * Writes a line of text two rows under the used range of `sheet`. With `create`, a missing sheet is added;
   * without it, a missing sheet is an error.
   */
  writeStatusLine(sheet: string, text: string, create: boolean): Promise<void>;
  /** Deletes a sheet of ours when it exists. */
  removeSheet(sheet: string): Promise<void>;
}

/** What is needed of the Office globals; the real ones by default, stand-ins in tests. */
export interface OfficeHost {
  excel: Pick<typeof Excel, 'run'> & { createWorkbook?: (base64?: string) => Promise<void> };
  isSetSupported(name: string, version: string): boolean;
  /** Saves a file through the browser; absent where downloads are impossible. */
  download?(bytes: Uint8Array, fileName: string): void;
}

function browserDownload(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The real Office globals, read when a request is made, never when the host is created: the pane creates its
 * services at module load, before anyone knows whether office.js loaded (a blocked office.js must still let
 * the pane show its message).
 */
export function defaultOfficeHost(): OfficeHost {
  return {
    get excel() {
      return Excel as OfficeHost['excel'];
    },
    isSetSupported: (name, version) => {
      try {
        return !!Office.context?.requirements?.isSetSupported(name, version);
      } catch {
        return false;
      }
    },
    download: typeof document !== 'undefined' ? browserDownload : undefined,
  };
}

/** Last row of an address such as "'Ringkasan Capaian'!A1:F30" (30). */
function lastRowOf(address: string): number {
  const m = /(\d+)$/.exec(address.slice(address.lastIndexOf('!') + 1));
  return m ? Number(m[1]) : 0;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A sentence meant for the user as it is, not wrapped in another. */
class UserSentence extends Error {}

/** "'Lembar 1'!B4:H20" → sheet "Lembar 1" and "B4:H20". */
function splitAddress(address: string): { sheet: string; ref: string } {
  const bang = address.lastIndexOf('!');
  const sheet = address.slice(0, bang);
  return { sheet: /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, ref: address.slice(bang + 1) };
}

export function createHostActions(host: OfficeHost = defaultOfficeHost()): HostActions & CommandHost {
  /** `refusal` says, with the reason in brackets or '', why neither way worked. */
  async function openWorkbook(bytes: Uint8Array, fileName: string, refusal: (why: string) => string): Promise<ExportResult> {
    let createError: unknown;
    if (host.isSetSupported('ExcelApi', '1.8') && typeof host.excel.createWorkbook === 'function') {
      try {
        await host.excel.createWorkbook(toBase64(bytes));
        return { via: 'buku-kerja-baru' };
      } catch (e) {
        createError = e; // e.g. a blocked pop-up in Excel on the web: fall back to a download
      }
    }
    if (!host.download) {
      throw new Error(refusal(createError ? ` (${reason(createError)})` : ''));
    }
    host.download(bytes, fileName);
    return { via: 'unduhan', fileName };
  }

  return {
    async selectCell(sheet, cell) {
      try {
        await host.excel.run(async context => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        });
      } catch (e) {
        throw new Error(
          `Sel ${cell} di lembar "${sheet}" tidak dapat dipilih (${reason(e)}). Pastikan lembar itu masih ada dan tidak tersembunyi.`,
        );
      }
    },

    async selectedRange() {
      try {
        return await host.excel.run(async context => {
          const selected = context.workbook.getSelectedRange();
          selected.load('address');
          await context.sync();
          const { sheet, ref } = splitAddress(selected.address);
          const area = parseRange(ref);
          if (!area) throw new UserSentence('Pilihan saat ini bukan satu rentang sel. Pilih satu rentang tabel (baris judul dan isinya), lalu coba lagi.');
          const ws = context.workbook.worksheets.getItem(sheet);
          const used = ws.getUsedRangeOrNullObject(true);
          used.load('address');
          await context.sync();
          // A whole column or row is cut to the cells that hold something.
          const usedArea = used.isNullObject ? undefined : parseRange(splitAddress(used.address).ref);
          const cut = usedArea && intersection(area, usedArea);
          if (!cut) throw new UserSentence(`Rentang ${ref} di lembar "${sheet}" tidak berisi data. Pilih rentang tabel (baris judul dan isinya), lalu coba lagi.`);
          if (cut.bottom === cut.top) throw new UserSentence('Pilih rentang yang mencakup baris judul dan paling sedikit satu baris isi tabel.');
          if (cut.right - cut.left + 1 > MAX_MARKED_COLUMNS) {
            throw new UserSentence(`Pilihan terlalu lebar (lebih dari ${MAX_MARKED_COLUMNS} kolom). Pilih hanya kolom-kolom tabel.`);
          }
          const head = ws.getRange(rangeA1(cut.top, cut.left, Math.min(cut.bottom, cut.top + HEAD_ROWS - 1), cut.right));
          head.load('values');
          await context.sync();
          const headRows = (head.values as unknown[][]).map(line => line.map(v => (v === null || v === undefined ? '' : String(v).trim())));
          return { sheet, address: rangeA1(cut.top, cut.left, cut.bottom, cut.right), ...cut, headRows };
        });
      } catch (e) {
        if (e instanceof UserSentence) throw e;
        throw new Error(`Pilihan di lembar tidak dapat dibaca (${reason(e)}). Pilih rentang tabel, lalu coba lagi.`);
      }
    },

    async exportSummary(sheets, fileName) {
      return openWorkbook(
        buildXlsx(sheets),
        fileName,
        why => `Ringkasan tidak dapat diekspor${why}. Salin lembar Ringkasan Capaian ke buku kerja baru secara manual.`,
      );
    },

    openWorkbook: (bytes, fileName) => openWorkbook(bytes, fileName, why => `Buku kerja "${fileName}" tidak dapat dibuka${why}.`),

    async writeStatusLine(sheet, text, create) {
      await host.excel.run(async context => {
        let ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name'); // isNullObject is known once something of the sheet is loaded
        await context.sync();
        if (ws.isNullObject) {
          if (!create) throw new Error(`Lembar "${sheet}" tidak ada.`);
          ws = context.workbook.worksheets.add(sheet);
        }
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('address');
        await context.sync();
        const row = used.isNullObject ? 1 : lastRowOf(used.address) + 2;
        ws.getRange(`A${row}`).values = [[text]];
        await context.sync();
      });
    },

    async removeSheet(sheet) {
      await host.excel.run(async context => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await context.sync();
        if (ws.isNullObject) return;
        ws.delete();
        await context.sync();
      });
    },
  };
}
