/**
 * Builds .xlsx packages byte by byte for the reader's tests: a zip writer that can also lie (declared
 * sizes, flags) as hostile files do, and the few parts a workbook needs around the sheets under test.
 */
import * as zlib from 'zlib';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** 8 deflate (default) or 0 stored. */
  method?: 0 | 8;
  /** Compressed bytes to write instead of deflating `data` (then `size` must be given). */
  raw?: Buffer;
  /** Uncompressed size to declare; the real one when absent. */
  size?: number;
  /** CRC-32 of the uncompressed bytes, for `raw` parts (0 when absent). */
  crc?: number;
  flags?: number;
}

export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : p.data;
    const method = p.method ?? 8;
    const body = p.raw ?? (method === 8 ? zlib.deflateRawSync(data) : data);
    const size = p.size ?? data.length;
    const crc = p.raw ? (p.crc ?? 0) >>> 0 : zlib.crc32(data) >>> 0;
    const name = Buffer.from(p.name, 'utf8');
    const flags = (p.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(flags, 8);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(body.length, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(cen, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  /** Part name, e.g. xl/worksheets/sheet1.xml or xl/anggaran.xml. */
  part: string;
  /** The rows inside <sheetData>. */
  rows?: string;
  /** What follows </sheetData> (mergeCells, sheetProtection…). */
  after?: string;
  /** The whole part instead (other namespaces or prefixes). */
  xml?: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Relationship target as the workbook writes it (relative to xl/ by default). */
  target?: string;
}

export interface BookSpec {
  sheets: SheetSpec[];
  strings?: string[];
  /** Inner XML of <styleSheet>. */
  styles?: string;
  workbookPr?: string;
}

/** The parts of a minimal workbook around the given sheets. */
export function workbookParts(spec: BookSpec): ZipPart[] {
  const parts: ZipPart[] = [];
  const overrides = spec.sheets.map(s => `<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  parts.push({
    name: '[Content_Types].xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
  });
  parts.push({ name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` });
  const rels = spec.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${s.target ?? s.part.replace(/^xl\//, '')}"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>`);
  if (spec.strings) rels.push(`<Relationship Id="rIdT" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts.push({ name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` });
  const sheets = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  parts.push({ name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}">${spec.workbookPr ?? ''}<sheets>${sheets}</sheets></workbook>` });
  parts.push({
    name: 'xl/styles.xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${spec.styles ?? '<fonts count="1"><font><sz val="11"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs>'}</styleSheet>`,
  });
  if (spec.strings) {
    parts.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${spec.strings.map(t => (t.startsWith('<') ? `<si>${t}</si>` : `<si><t>${esc(t)}</t></si>`)).join('')}</sst>` });
  }
  for (const s of spec.sheets) {
    parts.push({ name: s.part, data: s.xml ?? `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>${s.rows ?? ''}</sheetData>${s.after ?? ''}</worksheet>` });
  }
  return parts;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A plain worksheet body from rows of values (numbers, or strings written inline). */
export function rowsXml(rows: (number | string | null)[][], startRow = 1): string {
  return rows
    .map((line, i) => {
      const r = startRow + i;
      const cells = line
        .map((v, j) => {
          if (v === null) return '';
          const ref = String.fromCharCode(65 + j) + r;
          return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r}">${cells}</row>`;
    })
    .join('');
}
