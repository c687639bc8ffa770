import { generateNarasi, type NarasiOptions, type NarasiParagraph } from '../engine/narasi/generate';
import { fillSlots, JENIS_TABEL, KALIMAT } from '../engine/narasi/templates';
import { sheetRef } from '../model/address';
import { OWN_SHEET_TITLES, type PlannedCell, type SheetWrite } from '../model/write-plan';
import type { Evaluation } from './check';

/** Name of the sheet of draft sentences. */
export const NARASI_SHEET = 'Narasi';
/** Width of the paragraph column, in characters: one printed landscape A4 line of ~110 characters. */
export const NARASI_WIDTH = 110;
/** Width of the source column (a link to the cell the paragraph is about). */
export const SUMBER_WIDTH = 18;

/** Points per printed line of the default font (11 pt) and the padding of a row. */
export const TINGGI_BARIS = 15;

/**
 * The Narasi sheet always carries the height of each row, so wrapped paragraphs print whole: LibreOffice
 * keeps the default 15 pt for rows without a height on import, and Excel only refits rows it is told to.
 */
export interface NarasiSheetWrite extends SheetWrite {
  rowHeights: (number | undefined)[];
}

const heading = (t: string): PlannedCell => ({ value: t, bold: true, wrap: true, fill: 'FFD9E1F2' });

/**
 * Lines a wrapped text takes in a column `width` characters wide, word by word. A column of width w holds
 * about 1,1 w characters of prose in Calibri and in LibreOffice's substitutes; counting w per line leaves a
 * little room under a paragraph rather than clipping its last line.
 */
export function barisTeks(text: string, width: number): number {
  const limit = Math.max(8, Math.floor(width));
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= limit) used += 1 + w;
      else {
        lines++;
        used = w;
      }
      while (used > limit) {
        lines++;
        used -= limit;
      }
    }
  }
  return Math.max(1, lines);
}

/** Row heights for wrapped cells of a sheet, from its column widths. */
export function tinggiBaris(rows: PlannedCell[][], widths: number[]): (number | undefined)[] {
  return rows.map(row => {
    let lines = 1;
    row.forEach((pc, c) => {
      if (!pc || !pc.wrap || typeof pc.value !== 'string') return;
      lines = Math.max(lines, barisTeks(pc.value, widths[c] ?? 10));
    });
    return lines > 1 ? lines * TINGGI_BARIS + 3 : undefined;
  });
}

/**
 * "Narasi": a title block, then per recognised table a heading and one wrapped paragraph per row, each with
 * a link to its source cell. Printed landscape, fitted to one page wide (the adapters' page setup for
 * `landscape`), so a reader can copy paragraphs straight into Bab III.
 */
export function narasiSheet(ev: Evaluation, opts: NarasiOptions = {}, paragraphs: NarasiParagraph[] = generateNarasi(ev, opts)): NarasiSheetWrite {
  const rows: PlannedCell[][] = [
    [{ value: OWN_SHEET_TITLES[2], bold: true }],
    [{ value: fillSlots(KALIMAT.lembarBukuKerja, { bukuKerja: ev.report.workbook }), wrap: true }],
    [{ value: fillSlots(KALIMAT.lembarSkala, { skala: ev.scaleSource }), wrap: true }],
  ];
  if (ev.report.settings?.efisiensi) rows.push([{ value: `Definisi efisiensi: ${ev.report.settings.efisiensi}.`, wrap: true }]);
  rows.push([{ value: KALIMAT.lembarPetunjuk, wrap: true }]);
  rows.push([]);
  rows.push([heading('Paragraf'), heading('Sumber')]);
  const headerRow = rows.length;

  // Paragraphs stay in table order; a heading opens each table's section.
  let lastTable = '';
  for (const p of paragraphs) {
    if (p.tableId !== lastTable) {
      lastTable = p.tableId;
      const t = ev.tables.find(x => x.table.id === p.tableId)?.table;
      const judul = t?.title ? `: ${t.title}` : '';
      rows.push([{ value: fillSlots(KALIMAT.lembarBagian, { jenisTabel: JENIS_TABEL[t?.kind ?? ''] ?? 'Tabel', lembar: p.sheet, judul }), bold: true, wrap: true }, {}]);
    }
    rows.push([
      { value: p.text, wrap: true },
      { value: `${p.sheet}!${p.cell}`, link: `${sheetRef(p.sheet)}!${p.cell}`, wrap: true },
    ]);
  }
  if (!paragraphs.length) rows.push([{ value: KALIMAT.lembarKosong, wrap: true }]);
  const columnWidths = [NARASI_WIDTH, SUMBER_WIDTH];
  return {
    name: NARASI_SHEET,
    rows,
    columnWidths,
    rowHeights: tinggiBaris(rows, columnWidths),
    freezeRows: headerRow,
    landscape: true,
  };
}
