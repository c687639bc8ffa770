/**
 * A small .xlsx writer for the exported summary workbook, run in the browser (exceljs stays out of the add-in
 * bundle). It writes what a SheetWrite can hold: values, formulas with their cached result, bold, wrap, fills,
 * number formats, column widths, frozen header rows, an autofilter, landscape printing and in-workbook links.
 * The zip is stored (not deflated): summary sheets are small, and Excel reads stored entries fine.
 */
import { crc32 } from '../crc32';
import { dosDateTime, joinBytes, UTF8_NAMES, zipChunks } from '../zip-write';
import type { PlannedCell, SheetWrite } from '../../model/write-plan';

const enc = new TextEncoder();

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 forbids (control characters other than tab, LF, CR) are dropped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheet a link or formula reference names ("'Temuan'!A5" → "Temuan"); undefined when it names none. */
function referencedSheet(ref: string): string | undefined {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return undefined;
  const name = ref.slice(0, bang).trim();
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Sheets a formula refers to: 'Lampiran 2'!D5 and PK!D5 name "Lampiran 2" and "PK". */
function sheetsInFormula(formula: string): string[] {
  const out: string[] = [];
  const re = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*))!/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return out;
}

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** ARGB for a fill: 'FFC7CE', '#FFC7CE' and 'FFFFC7CE' all become 'FFFFC7CE'. */
function argb(fill: string): string | undefined {
  const hex = fill.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return 'FF' + hex;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  return undefined;
}

class Styles {
  private numFmts = new Map<string, number>();
  private fills: string[] = [];
  private xfs: string[] = ['0|0|0|0'];

  /** Index into cellXfs for a cell's look; 0 is the default. */
  index(cell: PlannedCell): number {
    let numFmtId = 0;
    if (cell.numFmt && cell.numFmt !== 'General') {
      numFmtId = BUILTIN_FORMATS[cell.numFmt] ?? this.numFmts.get(cell.numFmt) ?? 0;
      if (numFmtId === 0) {
        numFmtId = 164 + this.numFmts.size;
        this.numFmts.set(cell.numFmt, numFmtId);
      }
    }
    const fontId = cell.bold ? 1 : 0;
    let fillId = 0;
    const color = cell.fill ? argb(cell.fill) : undefined;
    if (color) {
      let i = this.fills.indexOf(color);
      if (i < 0) i = this.fills.push(color) - 1;
      fillId = 2 + i; // 0 and 1 are the two fills Excel reserves
    }
    const key = `${numFmtId}|${fontId}|${fillId}|${cell.wrap ? 1 : 0}`;
    let i = this.xfs.indexOf(key);
    if (i < 0) i = this.xfs.push(key) - 1;
    return i;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('');
    const fills = this.fills.map(c => `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/><bgColor indexed="64"/></patternFill></fill>`).join('');
    const xfs = this.xfs
      .map(k => {
        const [numFmtId, fontId, fillId, wrap] = k.split('|').map(Number);
        const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}`;
        const align = wrap ? '<alignment wrapText="1" vertical="top"/>' : '';
        return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${apply}${wrap ? ' applyAlignment="1"' : ''}>${align}</xf>`;
      })
      .join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      `<fills count="${2 + this.fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

class SharedStrings {
  private list: string[] = [];
  private index = new Map<string, number>();
  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.push(s) - 1;
      this.index.set(s, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map(s => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`
    );
  }
}

function sheetXml(sheet: SheetWrite, first: boolean, exported: Set<string>, styles: Styles, strings: SharedStrings): string {
  const rows: string[] = [];
  const links: string[] = [];
  let maxCol = 0;
  sheet.rows.forEach((line, r) => {
    const cells: string[] = [];
    line.forEach((cell, c) => {
      if (!cell) return;
      const ref = colLetter(c + 1) + (r + 1);
      const s = styles.index(cell);
      const style = s ? ` s="${s}"` : '';
      const v = cell.value;
      // A formula is kept only when every sheet it names is in this workbook; otherwise its value stands alone.
      const formula = cell.formula && sheetsInFormula(cell.formula).every(n => exported.has(n)) ? cell.formula.replace(/^=/, '') : undefined;
      let xml: string;
      if (formula) {
        const cached =
          typeof v === 'number' && Number.isFinite(v)
            ? `<v>${v}</v>`
            : typeof v === 'boolean'
              ? `<v>${v ? 1 : 0}</v>`
              : typeof v === 'string'
                ? `<v>${esc(v)}</v>`
                : '';
        const t = typeof v === 'string' ? ' t="str"' : typeof v === 'boolean' ? ' t="b"' : '';
        xml = `<c r="${ref}"${style}${t}><f>${esc(formula)}</f>${cached}</c>`;
      } else if (typeof v === 'number' && Number.isFinite(v)) {
        xml = `<c r="${ref}"${style}><v>${v}</v></c>`;
      } else if (typeof v === 'boolean') {
        xml = `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
      } else if (typeof v === 'string' && v !== '') {
        xml = `<c r="${ref}"${style} t="s"><v>${strings.add(v)}</v></c>`;
      } else if (s) {
        xml = `<c r="${ref}"${style}/>`;
      } else {
        return;
      }
      cells.push(xml);
      maxCol = Math.max(maxCol, c + 1);
      if (cell.link) {
        const target = referencedSheet(cell.link);
        if (target && exported.has(target)) links.push(`<hyperlink ref="${ref}" location="${esc(cell.link)}" display="${esc(String(v ?? ''))}"/>`);
      }
    });
    if (cells.length) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });

  const freeze = sheet.freezeRows && sheet.freezeRows > 0
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.freezeRows + 1}" sqref="A${sheet.freezeRows + 1}"/>`
    : '';
  const view = `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${freeze}</sheetView></sheetViews>`;
  const cols = sheet.columnWidths?.length
    ? `<cols>${sheet.columnWidths
        .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${Math.min(255, w)}" customWidth="1"/>` : ''))
        .join('')}</cols>`
    : '';
  const dimension = maxCol ? `<dimension ref="A1:${colLetter(maxCol)}${Math.max(1, sheet.rows.length)}"/>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (sheet.landscape ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    dimension +
    view +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows.join('')}</sheetData>` +
    (sheet.autoFilter ? `<autoFilter ref="${esc(sheet.autoFilter)}"/>` : '') +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (sheet.landscape ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : '') +
    '</worksheet>'
  );
}

/** The workbook's parts, path → XML text. */
export function xlsxParts(sheets: SheetWrite[]): [string, string][] {
  if (!sheets.length) throw new Error('Tidak ada lembar untuk diekspor.');
  const styles = new Styles();
  const strings = new SharedStrings();
  const exported = new Set(sheets.map(s => s.name));
  // Excel needs one visible sheet; the first visible one is the active tab.
  const firstVisible = Math.max(0, sheets.findIndex(s => !s.hidden));
  const sheetParts = sheets.map((s, i) => sheetXml(s, i === firstVisible, exported, styles, strings));
  const defined = sheets
    .map((s, i) => (s.autoFilter ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(quoteSheet(s.name))}!${esc(absolute(s.autoFilter))}</definedName>` : ''))
    .join('');
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<bookViews><workbookView activeTab="${firstVisible}"/></bookViews>` +
    `<sheets>${sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden && i !== firstVisible ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets>` +
    (defined ? `<definedNames>${defined}</definedNames>` : '') +
    '</workbook>';
  const n = sheets.length;
  const workbookRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>';
  return [
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', workbookRels],
    ...sheetParts.map((xml, i) => [`xl/worksheets/sheet${i + 1}.xml`, xml] as [string, string]),
    // Styles and strings last: the sheets above registered every style and string they use.
    ['xl/styles.xml', styles.xml()],
    ['xl/sharedStrings.xml', strings.xml()],
  ];
}

function absolute(range: string): string {
  return range.replace(/([A-Za-z]+)(\d+)/g, '$$$1$$$2');
}

/** A zip of stored entries (method 0), enough for an OOXML package. */
export function zipStored(files: [string, Uint8Array][], when = new Date()): Uint8Array {
  const { time, date } = dosDateTime(when);
  const entries = files.map(([name, data]) => {
    const size = data.length;
    return { name: enc.encode(name), flags: UTF8_NAMES, method: 0, time, date, crc: crc32(data), csize: size, usize: size, data };
  });
  return joinBytes(zipChunks(entries));
}

export function buildXlsx(sheets: SheetWrite[], when?: Date): Uint8Array {
  return zipStored(
    xlsxParts(sheets).map(([name, xml]) => [name, enc.encode(xml)]),
    when,
  );
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
