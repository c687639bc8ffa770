import type ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { a1, columnLetter, columnNumber } from '../address';
import type { WorkbookData } from '../grid';
import { RUN_RECORD_SHEET, type BlockWrite, type WritePlan } from '../plan';
import { WorkbookRefusal, type ApplyResult, type WorkbookPort } from '../port';
import { assertSheetsUnprotected, assertWritable } from './guard';
import { loadWorkbook, workbookToData } from './read';
import {
  blockRange, readRecord, rectangleFree, removeRecordSheet, undoRecord, writeBlock, writeFills, writeNotes, writeRecord, writeSheet,
  type XlsxRunRecord,
} from './write';

const MAX_SHEET_NAME = 31;

/**
 * WorkbookPort over an .xlsx file: reads the input, writes the result to a separate output file.
 * Every run first undoes the previous run (from the hidden record sheet), so results are replaced, never stacked.
 */
/**
 * Reads a file as the user made it: an earlier run's sheets, columns, fills and notes are left out,
 * so checking a workbook we already wrote to never checks our own results.
 */
export async function readUserWorkbook(file: string): Promise<WorkbookData> {
  return workbookToData(await loadPristine(file), path.basename(file));
}

/** The file loaded with an earlier run undone and its record removed: the user's own workbook. */
async function loadPristine(file: string): Promise<ExcelJS.Workbook> {
  const wb = await loadWorkbook(file);
  undoRecord(wb, readRecord(wb));
  removeRecordSheet(wb);
  return wb;
}

/** Fast deflate: the files are rewritten on every run, and level 9 triples the save time for ~5% size. */
export const ZIP_OPTIONS = { zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } } } as const;

export class XlsxWorkbook implements WorkbookPort {
  /** Indonesian notices from the last apply/clear (renamed sheets, moved or skipped blocks). */
  notices: string[] = [];
  /** The workbook as read(), kept for apply() so a run parses the file once. */
  private pristine?: ExcelJS.Workbook;
  /** Names our sheets actually got in the last apply (plan name → written name). */
  sheetNames: Record<string, string> = {};

  constructor(readonly inputPath: string, readonly outputPath: string) {
    if (path.resolve(inputPath) === path.resolve(outputPath)) {
      throw new WorkbookRefusal(
        'Berkas keluaran sama dengan berkas masukan. Pilih nama lain untuk -o agar berkas asli tetap utuh.',
        'same_file',
      );
    }
  }

  /** The input as the user made it: an earlier run's sheets, columns, fills and notes are left out. */
  async read(): Promise<WorkbookData> {
    this.pristine = await loadPristine(this.inputPath);
    return workbookToData(this.pristine, path.basename(this.inputPath));
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    await assertWritable(this.inputPath);
    // The workbook read() loaded is already the user's own state; parsing the file again would
    // double the time of a run on a large workbook.
    const wb = this.pristine ?? (await loadWorkbook(this.inputPath));
    this.pristine = undefined;
    this.notices = [];
    this.sheetNames = {};
    undoRecord(wb, readRecord(wb));
    assertSheetsUnprotected(wb, [...plan.fills.map(f => f.sheet), ...plan.notes.map(n => n.sheet), ...plan.blocks.map(b => b.sheet)]);

    const rec: XlsxRunRecord = { version: 1, at: new Date().toISOString(), sheets: [], blocks: [], fills: {}, notes: {}, cellStyles: {}, columnWidths: {} };
    const result: ApplyResult = { sheetsWritten: [], cellsWritten: 0, cellsFilled: 0, notesWritten: 0 };

    for (const sw of plan.sheets) {
      const name = this.freeName(wb, sw.name);
      if (name !== sw.name) {
        this.notices.push(`Lembar "${sw.name}" sudah ada dan bukan buatan alat ini; hasil ditulis ke lembar "${name}".`);
      }
      this.sheetNames[sw.name] = name;
      result.cellsWritten += writeSheet(wb, name, sw);
      rec.sheets.push(name);
      result.sheetsWritten.push(name);
    }

    for (const b of plan.blocks) {
      const ws = wb.getWorksheet(b.sheet);
      if (!ws) continue;
      let box = blockRange(b.topLeft, b.rows);
      let shift = 0;
      while (!rectangleFree(ws, box) && shift < 10) {
        shift++;
        box = { ...box, left: box.left + 1, right: box.right + 1 };
      }
      if (!rectangleFree(ws, box)) {
        this.notices.push(`Kolom hasil hitung ulang untuk lembar "${b.sheet}" di ${b.topLeft} tidak ditulis karena sel di sebelah kanan tabel sudah terisi.`);
        continue;
      }
      const topLeft = a1(box.top, box.left);
      if (shift) {
        this.notices.push(`Kolom hasil hitung ulang di lembar "${b.sheet}" digeser ke kolom ${columnLetter(box.left)} karena kolom ${b.topLeft.replace(/\d+$/, '')} sudah terisi.`);
      }
      const w = writeBlock(ws, shift ? shiftBlock(b, shift) : b, topLeft, rec);
      rec.blocks.push({ sheet: b.sheet, range: w.range });
      result.cellsWritten += w.cells;
    }

    result.cellsFilled = writeFills(wb, plan.fills, rec);
    result.notesWritten = writeNotes(wb, plan.notes, rec);
    writeRecord(wb, rec);
    await this.save(wb);
    return result;
  }

  async clear(): Promise<ApplyResult> {
    await assertWritable(this.inputPath);
    const wb = await loadWorkbook(this.inputPath);
    const rec = readRecord(wb);
    this.notices = [];
    undoRecord(wb, rec);
    removeRecordSheet(wb);
    if (!rec) this.notices.push('Buku kerja tidak memuat hasil dari alat ini; tidak ada yang dihapus.');
    await this.save(wb);
    return {
      sheetsWritten: [],
      cellsWritten: 0,
      cellsFilled: rec ? Object.keys(rec.fills).length : 0,
      notesWritten: rec ? Object.keys(rec.notes).length : 0,
    };
  }

  /** A name for one of our sheets that does not overwrite a user's sheet: "Temuan", else "Temuan (2)", … */
  private freeName(wb: ExcelJS.Workbook, wanted: string): string {
    const taken = (n: string) => wb.worksheets.some(ws => ws.name.toLowerCase() === n.toLowerCase()) || n === RUN_RECORD_SHEET;
    if (!taken(wanted)) return wanted;
    for (let k = 2; ; k++) {
      const suffix = ` (${k})`;
      const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
      if (!taken(name)) return name;
    }
  }

  /** Saves through a temporary file so a failed save never leaves half a workbook at the output path. */
  private async save(wb: ExcelJS.Workbook): Promise<void> {
    const tmp = path.join(path.dirname(path.resolve(this.outputPath)), `.${path.basename(this.outputPath)}.${process.pid}.tmp`);
    try {
      await wb.xlsx.writeFile(tmp, ZIP_OPTIONS as unknown as Partial<ExcelJS.XlsxWriteOptions>);
      fs.renameSync(tmp, this.outputPath);
    } catch (e) {
      if (fs.existsSync(tmp)) fs.unlinkSync(tmp);
      throw new WorkbookRefusal(`Berkas ${path.basename(this.outputPath)} tidak dapat disimpan (${(e as Error).message}). Periksa apakah berkas sedang dibuka di Excel atau foldernya dapat ditulisi.`, 'save_failed');
    }
  }
}

/** A block moved right: references to the block's own columns (averages) move with it; source refs stay. */
function shiftBlock(b: BlockWrite, shift: number): BlockWrite {
  const box = blockRange(b.topLeft, b.rows);
  const move = (f: string) => f.replace(/(^|[^A-Za-z0-9_!'$])([A-Z]{1,3})(\d+)(?![A-Za-z0-9_(])/g, (m, pre: string, col: string, row: string) => {
    const n = columnNumber(col);
    return n >= box.left && n <= box.right ? `${pre}${columnLetter(n + shift)}${row}` : m;
  });
  return { ...b, rows: b.rows.map(r => r.map(pc => (pc && pc.formula ? { ...pc, formula: move(pc.formula) } : pc))) };
}
