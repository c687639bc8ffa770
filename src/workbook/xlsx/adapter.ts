import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import type { WorkbookData } from '../../model/grid';
import type { WritePlan } from '../../model/write-plan';
import { WorkbookRefusal, type ApplyResult, type WorkbookPort } from '../../model/workbook-port';
import { openPackage, readFileOrRefuse, readPackageBuffer, readParts, type PartSource } from './package-read';
import { XlsxPackage } from './patch/package';
import { patch, unpatch } from './patch/patcher';

/**
 * WorkbookPort over an .xlsx file: reads the input, writes the result to a separate output file.
 * Writing is surgical (./patch): the output is the input package with only the parts this tool must
 * change rewritten; every other part keeps its exact compressed bytes. Every run first takes the
 * previous run out (only what is provably still ours), so results are replaced, never stacked.
 */

/** Deflate level of the parts we rewrite: level 9 triples the time of a large sheet for ~5% size. */
const DEFLATE_LEVEL = 4;

let fullGc: (() => void) | null | undefined;

/**
 * A full garbage collection, when this Node lets one be asked for (else nothing). Between checking and writing:
 * the check's grid and values are garbage by then, but V8 sized its heap for them and would let the writer's
 * allocations pile on top before collecting (about 800 MB instead of 500 MB at 100,000 rows).
 */
function collectGarbage(): void {
  if (fullGc === undefined) {
    fullGc = null;
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      if (typeof gc === 'function') fullGc = gc as () => void;
    } catch {
      // Not offered here: V8 collects when it decides to.
    }
  }
  fullGc?.();
}

/** The input's package with an earlier run taken out, and what that said. */
function pristinePackage(file: string): { buf: Buffer; pkg: XlsxPackage; notices: string[]; hadRecord: boolean; fills: number; notes: number } {
  const buf = readFileOrRefuse(file);
  // The reader's checks first (zip bomb, .ods/.xlsb, encrypted entries), each with its own sentence.
  openPackage(buf, path.basename(file));
  const pkg = XlsxPackage.fromBuffer(buf, path.basename(file));
  const u = unpatch(pkg);
  // Taking a large earlier run out leaves its scans and texts behind: given back before the grid is read.
  if (u.record) collectGarbage();
  return { buf, pkg, notices: u.notices, hadRecord: !!u.record, fills: u.fillsRestored, notes: u.notesRestored };
}

/**
 * The grid the user's workbook holds: the file's own bytes when no earlier run is in it, else the package
 * with that run taken out, read in place: neither is read from disk a second time.
 */
function userGrid(file: string, buf: Buffer, pkg: XlsxPackage, hadRecord: boolean): WorkbookData {
  const name = path.basename(file);
  return hadRecord ? readParts(packageParts(pkg), name).data : readPackageBuffer(buf, name).data;
}

/**
 * Reads a file as the user made it: an earlier run's sheets, columns, fills and notes are left out,
 * so checking a workbook we already wrote to never checks our own results.
 */
export async function readUserWorkbook(file: string): Promise<WorkbookData> {
  const { buf, pkg, hadRecord } = pristinePackage(file);
  return userGrid(file, buf, pkg, hadRecord);
}

/** The patcher's package as the grid reader sees a zip: part names as stored (exact case), bytes not kept. */
function packageParts(pkg: XlsxPackage): PartSource {
  const names = new Set(pkg.names());
  return {
    has: n => names.has(n),
    read: n => pkg.readOnce(n)!,
    size: n => pkg.size(n),
    names: () => [...names],
    stream: (n, onChunk) => onChunk(pkg.readOnce(n)!),
  };
}

/** True when two paths name one file, also on case-insensitive file systems. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export class XlsxWorkbook implements WorkbookPort {
  /** Indonesian notices from the last read/apply/clear (renamed sheets, moved or skipped blocks, kept cells). */
  notices: string[] = [];
  /** The package read() prepared (earlier run taken out), kept for apply() so a run opens the file once. */
  private pristine?: XlsxPackage;
  /** Names our sheets actually got in the last apply (plan name → written name). */
  sheetNames: Record<string, string> = {};

  constructor(readonly inputPath: string, readonly outputPath: string) {
    if (sameFile(inputPath, outputPath)) {
      throw new WorkbookRefusal(
        'Berkas keluaran sama dengan berkas masukan. Pilih nama lain untuk -o agar berkas asli tetap utuh.',
        'same_file',
      );
    }
  }

  /** The input as the user made it: an earlier run's sheets, columns, fills and notes are left out. */
  async read(): Promise<WorkbookData> {
    const { buf, pkg, notices, hadRecord } = pristinePackage(this.inputPath);
    this.pristine = pkg;
    this.notices = notices;
    return userGrid(this.inputPath, buf, pkg, hadRecord);
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    let pkg = this.pristine;
    let notices = this.notices;
    if (!pkg) ({ pkg, notices } = pristinePackage(this.inputPath));
    this.pristine = undefined;
    collectGarbage();
    const res = patch(pkg, plan, new Date().toISOString());
    this.notices = [...notices, ...res.notices];
    this.sheetNames = res.sheetNames;
    await this.save(pkg);
    return { sheetsWritten: res.sheetsWritten, cellsWritten: res.cellsWritten, cellsFilled: res.cellsFilled, notesWritten: res.notesWritten };
  }

  async clear(): Promise<ApplyResult> {
    const u = pristinePackage(this.inputPath);
    this.notices = u.notices;
    if (!u.hadRecord) this.notices.push('Buku kerja tidak memuat hasil dari alat ini; tidak ada yang dihapus.');
    await this.save(u.pkg);
    return { sheetsWritten: [], cellsWritten: 0, cellsFilled: u.fills, notesWritten: u.notes };
  }

  /** Saves through a temporary file so a failed save never leaves half a workbook at the output path. */
  private async save(pkg: XlsxPackage): Promise<void> {
    const tmp = path.join(path.dirname(path.resolve(this.outputPath)), `.${path.basename(this.outputPath)}.${process.pid}.tmp`);
    try {
      await pkg.save(tmp, DEFLATE_LEVEL);
      fs.renameSync(tmp, this.outputPath);
    } catch (e) {
      if (fs.existsSync(tmp)) fs.unlinkSync(tmp);
      const code = (e as NodeJS.ErrnoException).code ?? 'tidak dapat ditulis';
      throw new WorkbookRefusal(`Berkas ${path.basename(this.outputPath)} tidak dapat disimpan (${code}). Periksa apakah berkas sedang dibuka di Excel atau foldernya dapat ditulisi.`, 'save_failed');
    }
  }
}
