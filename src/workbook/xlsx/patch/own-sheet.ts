import { a1, columnLetter } from '../../../model/address';
import type { PlannedCell, SheetWrite } from '../../../model/write-plan';
import type { StyleBook } from './styles';
import { escapeAttr, escapeText } from './xml';

/**
 * Fresh sheet XML for our own sheets and cells: inline strings (the shared-string table stays the user's),
 * styles appended to styles.xml through the StyleBook.
 */

export const isEmptyPlanned = (pc: PlannedCell | undefined): boolean =>
  !pc || (pc.value === undefined && pc.formula === undefined && !pc.fill && !pc.bold);

function numberText(n: number): string | undefined {
  return Number.isFinite(n) ? String(n) : undefined;
}

/** The style index of a planned cell (appended to styles.xml the first time; the same index after). */
export function cellStyle(pc: PlannedCell, styles: StyleBook): number {
  return styles.own({ numFmt: pc.numFmt, bold: pc.bold, link: !!pc.link, wrap: pc.wrap, fill: pc.fill });
}

/** One <c> element for a planned cell (prefix p for the host part's namespace prefix). */
export function cellXml(ref: string, pc: PlannedCell, styles: StyleBook, p = ''): string {
  const s = cellStyle(pc, styles);
  const sAttr = s ? ` s="${s}"` : '';
  const c = `${p}c`;
  const v = pc.value;
  if (pc.formula) {
    const f = `<${p}f>${escapeText(pc.formula)}</${p}f>`;
    if (typeof v === 'number' && numberText(v) !== undefined) return `<${c} r="${ref}"${sAttr}>${f}<${p}v>${numberText(v)}</${p}v></${c}>`;
    if (typeof v === 'string') return `<${c} r="${ref}"${sAttr} t="str">${f}<${p}v>${escapeText(v)}</${p}v></${c}>`;
    if (typeof v === 'boolean') return `<${c} r="${ref}"${sAttr} t="b">${f}<${p}v>${v ? 1 : 0}</${p}v></${c}>`;
    return `<${c} r="${ref}"${sAttr}>${f}</${c}>`;
  }
  if (typeof v === 'number' && numberText(v) !== undefined) return `<${c} r="${ref}"${sAttr}><${p}v>${numberText(v)}</${p}v></${c}>`;
  if (typeof v === 'boolean') return `<${c} r="${ref}"${sAttr} t="b"><${p}v>${v ? 1 : 0}</${p}v></${c}>`;
  if (typeof v === 'string' && v !== '') {
    return `<${c} r="${ref}"${sAttr} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeText(v)}</${p}t></${p}is></${c}>`;
  }
  return `<${c} r="${ref}"${sAttr}/>`;
}

/** What a planned cell leaves in the file, as cellSignature reads it back. */
export function plannedSignature(pc: PlannedCell): string {
  if (pc.formula) return `=${pc.formula}`;
  const v = pc.value;
  if (typeof v === 'number' && Number.isFinite(v)) return `n:${String(v)}`;
  if (typeof v === 'boolean') return `b:${v ? 1 : 0}`;
  if (typeof v === 'string' && v !== '') return `s:${v}`;
  return '';
}

/**
 * A whole sheet of ours. Returns the XML as pieces (a row each, never joined into one string) and the number
 * of cells written.
 */
export function ownSheetXml(sw: SheetWrite, styles: StyleBook): { xml: string[]; cells: number } {
  const rows: string[] = [];
  const links: string[] = [];
  let cells = 0;
  let maxCol = 1;
  sw.rows.forEach((row, r) => {
    const parts: string[] = [];
    row.forEach((pc, c) => {
      if (isEmptyPlanned(pc)) return;
      const ref = a1(r + 1, c + 1);
      parts.push(cellXml(ref, pc, styles));
      if (pc.link && pc.value !== undefined && pc.value !== null) {
        links.push(`<hyperlink ref="${ref}" location="${escapeAttr(pc.link)}" display="${escapeAttr(String(pc.value))}"/>`);
      }
      cells++;
      if (c + 1 > maxCol) maxCol = c + 1;
    });
    const h = sw.rowHeights?.[r];
    if (!parts.length && !h) return;
    const ht = h ? ` ht="${h}" customHeight="1"` : '';
    rows.push(`<row r="${r + 1}"${ht}>${parts.join('')}</row>`);
  });
  const lastRow = Math.max(1, sw.rows.length);
  const dim = `A1:${columnLetter(maxCol)}${lastRow}`;
  const freeze = sw.freezeRows
    ? `<pane ySplit="${sw.freezeRows}" topLeftCell="A${sw.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
    : '';
  const cols = (sw.columnWidths || [])
    .map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const head = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="${dim}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols ? `<cols>${cols}</cols>` : '',
    '<sheetData>',
  ].join('');
  const tail = [
    '</sheetData>',
    sw.autoFilter ? `<autoFilter ref="${sw.autoFilter}"/>` : '',
    links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '',
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="9" orientation="${sw.landscape ? 'landscape' : 'portrait'}" fitToHeight="0"/>`,
    '</worksheet>',
  ].join('');
  rows.unshift(head);
  rows.push(tail);
  return { xml: rows, cells };
}

/** The very-hidden record sheet: column A holds the record's text pieces. */
export function recordSheetXml(pieces: string[]): string {
  const rows = pieces
    .map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeText(t)}</t></is></c></row>`)
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<dimension ref="A1:A${Math.max(1, pieces.length)}"/>`,
    `<sheetData>${rows}</sheetData>`,
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ].join('');
}
