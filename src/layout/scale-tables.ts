import type { FoundScaleTable } from './model';
import type { SheetView } from './sheet-view';
import { cellText, words } from './text';

/**
 * A workbook's own kategori scale: a header with "Rentang/Interval/Nilai Capaian" and "Kategori/
 * Predikat", then lines of range text and label until a blank row.
 */
export function findScaleTable(view: SheetView, r: number): { table: FoundScaleTable; end: number } | undefined {
  const cols = view.nonBlankCols(r);
  if (cols.length < 2 || cols.length > 5) return undefined;
  // A header row holds only text; this cheap test skips data rows.
  if (cols.some(c => typeof view.cell(r, c)!.value !== 'string')) return undefined;
  let rangeCol: number | undefined;
  let labelCol: number | undefined;
  for (const c of cols) {
    const w = words(cellText(view.cell(r, c)));
    if (rangeCol === undefined && /(rentang|interval|range|skala nilai|nilai capaian|tingkat capaian \(%\)|capaian \(%\)|^nilai$|^skor$)/.test(w)) rangeCol = c;
    else if (labelCol === undefined && /(kategori|predikat|kriteria|keterangan|interpretasi)/.test(w)) labelCol = c;
  }
  if (rangeCol === undefined || labelCol === undefined) return undefined;
  const lines: FoundScaleTable['lines'] = [];
  let end = r;
  for (let x = r + 1; x <= view.bottom && lines.length < 12; x++) {
    const range = cellText(view.cell(x, rangeCol));
    const label = cellText(view.cell(x, labelCol));
    if (!range && !label) break;
    // A range line holds a number or comparison words; a label is text.
    if (!/\d/.test(range) || !label || /\d{3,}/.test(label.replace(/\s/g, ''))) {
      if (lines.length === 0 && /^\(?\d+\)?$/.test(range)) { end = x; continue; } // a numbering row
      break;
    }
    lines.push({ row: x, range, label });
    end = x;
  }
  if (lines.length < 2) return undefined;
  let title: string | undefined;
  for (let t = r - 1; t >= Math.max(view.top, r - 2); t--) {
    const c = view.nonBlankCols(t);
    if (c.length === 1) { title = cellText(view.cell(t, c[0])); break; }
  }
  return { table: { sheet: view.sheet.name, ...(title ? { title } : {}), lines }, end };
}
