import type { XlsxPackage } from './package';
import { addContentType, addRel, CT, NS_REL, readRels, readSheets, REL_TYPE, relativeTarget, relsPathOf, removeContentType, removeRel, type SheetEntry } from './opc';
import { attr, elementEnd, elements, escapeAttr, findTag, rootPrefix, setAttr, tagEnd } from './xml';

/** Adding and removing whole sheets: the part, its relationship, its content type and its <sheet> entry. */

/** `xml` may be given as pieces (kept as they are and joined only as the package is saved). */
export function addSheet(pkg: XlsxPackage, wbPart: string, name: string, xml: string | string[], state: 'visible' | 'hidden' | 'veryHidden'): string {
  let n = 1;
  while (pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  if (typeof xml === 'string') pkg.set(part, xml);
  else pkg.setChunks(part, () => xml);
  const rel = addRel(pkg, wbPart, REL_TYPE.worksheet, relativeTarget(wbPart, part));
  addContentType(pkg, { part, type: CT.worksheet });
  let wb = pkg.text(wbPart)!;
  const p = rootPrefix(wb);
  const sheets = readSheets(pkg, wbPart);
  const id = Math.max(0, ...sheets.map(s => s.sheetId)) + 1;
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)="${NS_REL.replace(/[/.]/g, '\\$&')}"`).exec(wb.slice(0, tagEnd(wb, findTag(wb, `${p}workbook`)).end))?.[1];
  const rid = relPrefix ? `${relPrefix}:id="${rel.id}"` : `xmlns:r="${NS_REL}" r:id="${rel.id}"`;
  const stateAttr = state === 'visible' ? '' : ` state="${state}"`;
  const el = `<${p}sheet name="${escapeAttr(name)}" sheetId="${id}"${stateAttr} ${rid}/>`;
  const at = findTag(wb, `${p}sheets`);
  const t = tagEnd(wb, at);
  if (t.selfClosing) wb = wb.slice(0, at) + wb.slice(at, t.end - 2) + `>${el}</${p}sheets>` + wb.slice(t.end);
  else {
    const end = elementEnd(wb, at, `${p}sheets`) - `</${p}sheets>`.length;
    wb = wb.slice(0, end) + el + wb.slice(end);
  }
  pkg.set(wbPart, wb);
  return part;
}

/** Renames a sheet's <sheet> entry (its part and relationships stay as they are). */
export function renameSheetEntry(pkg: XlsxPackage, wbPart: string, entry: SheetEntry, name: string): void {
  const wb = pkg.text(wbPart)!;
  const cur = readSheets(pkg, wbPart).find(s => s.name === entry.name)!;
  const tag = wb.slice(cur.start, tagEnd(wb, cur.start).end);
  pkg.set(wbPart, wb.slice(0, cur.start) + setAttr(tag, 'name', name) + wb.slice(cur.start + tag.length));
}

/**
 * Removes a sheet whatever wrote it last: its <sheet> entry, defined names scoped to it (local ids of
 * later sheets shift down), its relationship, part, own relationships and content type.
 */
export function removeSheet(pkg: XlsxPackage, wbPart: string, entry: SheetEntry): void {
  let wb = pkg.text(wbPart)!;
  const p = rootPrefix(wb);
  const index = readSheets(pkg, wbPart).findIndex(s => s.name === entry.name);
  const cur = readSheets(pkg, wbPart)[index];
  wb = wb.slice(0, cur.start) + wb.slice(cur.end);
  const dn = findTag(wb, `${p}definedNames`);
  if (dn >= 0) {
    const dnEnd = elementEnd(wb, dn, `${p}definedNames`);
    const names = elements(wb, `${p}definedName`, dn, dnEnd);
    let changed = false;
    let inner = '';
    let pos = tagEnd(wb, dn).end;
    const innerStart = pos;
    for (const e of names) {
      const tag = wb.slice(e.start, tagEnd(wb, e.start).end);
      const local = attr(tag, 'localSheetId');
      inner += wb.slice(pos, e.start);
      pos = e.end;
      if (local !== undefined && Number(local) === index) { changed = true; continue; }
      if (local !== undefined && Number(local) > index) {
        changed = true;
        inner += setAttr(tag, 'localSheetId', String(Number(local) - 1)) + wb.slice(tagEnd(wb, e.start).end, e.end);
        continue;
      }
      inner += wb.slice(e.start, e.end);
    }
    if (changed) {
      const close = dnEnd - `</${p}definedNames>`.length;
      inner += wb.slice(pos, close);
      const left = elements(inner, `${p}definedName`).length;
      wb = left ? wb.slice(0, innerStart) + inner + wb.slice(close) : wb.slice(0, dn) + wb.slice(dnEnd);
    }
  }
  // An active tab past the end would open on nothing.
  const count = readSheetsText(wb, p);
  wb = wb.replace(/(<(?:[\w.-]+:)?workbookView\b[^>]*\sactiveTab=")(\d+)(")/g, (m, a: string, n: string, b: string) => (Number(n) >= count ? `${a}${Math.max(0, count - 1)}${b}` : m));
  pkg.set(wbPart, wb);
  if (entry.relId) removeRel(pkg, wbPart, entry.relId, false);
  if (entry.part) {
    for (const r of readRels(pkg, entry.part)) {
      if (!r.external && pkg.has(r.part) && !partReferencedElsewhere(pkg, r.part, entry.part)) {
        pkg.remove(r.part);
        removeContentType(pkg, undefined, r.part);
      }
    }
    pkg.remove(relsPathOf(entry.part));
    pkg.remove(entry.part);
    removeContentType(pkg, undefined, entry.part);
  }
}

function readSheetsText(wb: string, p: string): number {
  const at = findTag(wb, `${p}sheets`);
  return at < 0 ? 0 : elements(wb, `${p}sheet`, at, elementEnd(wb, at, `${p}sheets`)).length;
}

function partReferencedElsewhere(pkg: XlsxPackage, part: string, except: string): boolean {
  for (const n of pkg.names()) {
    if (!n.endsWith('.rels') || n === relsPathOf(except)) continue;
    const source = n.replace(/_rels\/([^/]*)\.rels$/, '$1');
    if (readRels(pkg, source === n ? '' : source).some(r => r.part === part)) return true;
  }
  return false;
}
