import type { XlsxPackage } from './package';
import { attr, elementEnd, elements, escapeAttr, findTag, rootPrefix, tagEnd } from './xml';

/** Package plumbing: relationships, content types and the workbook's sheet list. */

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  worksheet: `${NS_REL}/worksheet`,
  comments: `${NS_REL}/comments`,
  vmlDrawing: `${NS_REL}/vmlDrawing`,
};
export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Resolved part name (no leading slash) for internal targets. */
  part: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return normalise(target.slice(1));
  const dir = source.slice(0, source.lastIndexOf('/') + 1);
  return normalise(dir + target);
}

function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(p).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** Target for a relationship from `source` to `part`, relative like Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let k = 0;
  while (k < from.length && k < to.length - 1 && from[k] === to[k]) k++;
  return [...from.slice(k).map(() => '..'), ...to.slice(k)].join('/');
}

export function readRels(pkg: XlsxPackage, source: string): Rel[] {
  const xml = pkg.text(relsPathOf(source));
  if (!xml) return [];
  const out: Rel[] = [];
  const p = rootPrefix(xml);
  for (const e of elements(xml, `${p}Relationship`)) {
    const tag = xml.slice(e.start, tagEnd(xml, e.start).end);
    const target = attr(tag, 'Target') ?? '';
    const external = attr(tag, 'TargetMode') === 'External';
    out.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target, external, part: external ? '' : resolveTarget(source, target) });
  }
  return out;
}

/** Relationship types compared by their last segment, so Strict and Transitional names both match. */
export const isType = (rel: Rel, t: string) => rel.type === t || rel.type.endsWith(t.slice(t.lastIndexOf('/')));

/** Adds a relationship (creating the rels part when absent); returns its id and the exact text added. */
export function addRel(pkg: XlsxPackage, source: string, type: string, target: string): { id: string; added: string; created: boolean } {
  const path = relsPathOf(source);
  let xml = pkg.text(path);
  const created = xml === undefined;
  if (xml === undefined) {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  }
  const ids = new Set(readRelsText(xml).map(r => r.id));
  let n = 1;
  while (ids.has(`rIdHC${n}`)) n++;
  const id = `rIdHC${n}`;
  const p = rootPrefix(xml);
  const added = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`;
  const close = xml.lastIndexOf(`</${p}Relationships>`);
  if (close < 0) {
    // <Relationships .../> self-closing
    const at = findTag(xml, `${p}Relationships`);
    const t = tagEnd(xml, at);
    xml = `${xml.slice(0, t.end - 2)}>${added}</${p}Relationships>${xml.slice(t.end)}`;
  } else xml = xml.slice(0, close) + added + xml.slice(close);
  pkg.set(path, xml);
  return { id, added, created };
}

function readRelsText(xml: string): { id: string }[] {
  const p = rootPrefix(xml);
  return elements(xml, `${p}Relationship`).map(e => ({ id: attr(xml.slice(e.start, tagEnd(xml, e.start).end), 'Id') ?? '' }));
}

/** Removes the relationship with `id` (whatever its formatting); drops a rels part left empty if we created it. */
export function removeRel(pkg: XlsxPackage, source: string, id: string, dropIfEmpty: boolean): boolean {
  const path = relsPathOf(source);
  const xml = pkg.text(path);
  if (!xml) return false;
  const p = rootPrefix(xml);
  for (const e of elements(xml, `${p}Relationship`)) {
    const tag = xml.slice(e.start, tagEnd(xml, e.start).end);
    if (attr(tag, 'Id') !== id) continue;
    const next = xml.slice(0, e.start) + xml.slice(e.end);
    if (dropIfEmpty && elements(next, `${p}Relationship`).length === 0) pkg.remove(path);
    else pkg.set(path, next);
    return true;
  }
  return false;
}

/** Adds an Override (or Default) to [Content_Types].xml unless one already covers it; returns the text added. */
export function addContentType(pkg: XlsxPackage, entry: { part?: string; extension?: string; type: string }): string | undefined {
  let xml = pkg.text('[Content_Types].xml') ?? '';
  const p = rootPrefix(xml);
  if (entry.extension) {
    const has = elements(xml, `${p}Default`).some(e => (attr(xml.slice(e.start, tagEnd(xml, e.start).end), 'Extension') ?? '').toLowerCase() === entry.extension!.toLowerCase());
    if (has) return undefined;
  } else if (contentTypeOverride(xml, entry.part!)) return undefined;
  const added = entry.extension
    ? `<${p}Default Extension="${entry.extension}" ContentType="${entry.type}"/>`
    : `<${p}Override PartName="/${escapeAttr(entry.part!)}" ContentType="${entry.type}"/>`;
  const close = xml.lastIndexOf(`</${p}Types>`);
  xml = xml.slice(0, close) + added + xml.slice(close);
  pkg.set('[Content_Types].xml', xml);
  return added;
}

function contentTypeOverride(xml: string, part: string): { start: number; end: number } | undefined {
  const p = rootPrefix(xml);
  return elements(xml, `${p}Override`).find(e => (attr(xml.slice(e.start, tagEnd(xml, e.start).end), 'PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase());
}

/** Removes the exact text we added, or else the Override naming `part`. */
export function removeContentType(pkg: XlsxPackage, added: string | undefined, part?: string): void {
  let xml = pkg.text('[Content_Types].xml');
  if (!xml) return;
  if (added && xml.includes(added)) xml = xml.replace(added, '');
  else if (part) {
    const o = contentTypeOverride(xml, part);
    if (o) xml = xml.slice(0, o.start) + xml.slice(o.end);
  }
  pkg.set('[Content_Types].xml', xml);
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: 'visible' | 'hidden' | 'veryHidden';
  relId: string;
  /** Part name, '' when the relationship is missing. */
  part: string;
  /** Offsets of the <sheet> element in workbook.xml. */
  start: number;
  end: number;
}

/** The workbook part (from the package's root relationships) and its sheets in order. */
export function workbookPart(pkg: XlsxPackage): string {
  const rel = readRels(pkg, '').find(r => /\/officeDocument$/.test(r.type));
  return rel ? rel.part : 'xl/workbook.xml';
}

export function readSheets(pkg: XlsxPackage, wbPart: string): SheetEntry[] {
  const xml = pkg.text(wbPart) ?? '';
  const p = rootPrefix(xml);
  const rels = readRels(pkg, wbPart);
  const out: SheetEntry[] = [];
  const sheetsAt = findTag(xml, `${p}sheets`);
  if (sheetsAt < 0) return out;
  const sheetsEnd = elementEnd(xml, sheetsAt, `${p}sheets`);
  for (const e of elements(xml, `${p}sheet`, sheetsAt, sheetsEnd)) {
    const tag = xml.slice(e.start, tagEnd(xml, e.start).end);
    const relId = relIdAttr(tag) ?? '';
    const rel = rels.find(r => r.id === relId);
    const state = attr(tag, 'state');
    out.push({
      name: attr(tag, 'name') ?? '',
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      relId,
      part: rel && !rel.external && isType(rel, REL_TYPE.worksheet) ? rel.part : '',
      start: e.start,
      end: e.end,
    });
  }
  return out;
}

/** The relationship id of a tag, whatever prefix binds the relationships namespace. */
export function relIdAttr(tag: string): string | undefined {
  const m = /\s([\w.-]+):id\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[3] ?? m[4]) : undefined;
}
