/**
 * Corrections given on the command line (`--koreksi <file.json>`): a JSON array of TableCorrection, the same
 * shape the add-in stores in the workbook (docs/koreksi.md). Pure: the CLI reads the file and passes its text.
 */
import type { TableCorrection } from '../model/table-correction';
import { overlaps, parseRange } from '../model/address';
import { sanitizeCorrection } from './index';

/** A corrections file that cannot be used; the message is one sentence for the user. */
export class KoreksiFileError extends Error {}

export interface KoreksiFile {
  koreksi: TableCorrection[];
  /** Sentences about entries left out. */
  notices: string[];
}

export function parseKoreksiFile(text: string, name: string): KoreksiFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new KoreksiFileError(`Berkas koreksi ${name} bukan JSON yang sah (${(e as Error).message}); lihat contoh di docs/koreksi.md.`);
  }
  if (!Array.isArray(raw)) {
    throw new KoreksiFileError(`Berkas koreksi ${name} harus berisi daftar (array) koreksi tabel, mis. [{"sheet": "Lampiran", "range": "B4:H20", …}]; lihat docs/koreksi.md.`);
  }
  const koreksi: TableCorrection[] = [];
  const notices: string[] = [];
  raw.forEach((entry, i) => {
    const c = sanitizeCorrection(entry);
    if (c) koreksi.push(c);
    else notices.push(`Koreksi ke-${i + 1} di berkas ${name} diabaikan: harus menyebut "sheet" dan "headerRow" (bilangan bulat ≥ 1) atau "range" yang sah.`);
  });
  return { koreksi, notices };
}

/** Both name the same table: the same sheet and first header row, or marked ranges that overlap. */
function sameTable(a: TableCorrection, b: TableCorrection): boolean {
  if (a.sheet !== b.sheet) return false;
  if (a.headerRow === b.headerRow) return true;
  const ra = a.range ? parseRange(a.range) : undefined;
  const rb = b.range ? parseRange(b.range) : undefined;
  return !!ra && !!rb && overlaps(ra, rb);
}

/** The workbook's stored corrections with the file's added; for the same table the file's correction wins. */
export function mergeKoreksi(stored: TableCorrection[], fromFile: TableCorrection[], name: string): KoreksiFile {
  const notices: string[] = [];
  const kept = stored.filter(s => {
    const over = fromFile.find(f => sameTable(s, f));
    if (over) {
      notices.push(
        `Koreksi dari berkas ${name} dipakai untuk tabel di lembar "${s.sheet}" baris ${s.headerRow}, menggantikan koreksi yang tersimpan di buku kerja.`,
      );
    }
    return !over;
  });
  return { koreksi: [...kept, ...fromFile], notices };
}
