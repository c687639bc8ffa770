import { parseA1 } from '../../../model/address';
import type { XlsxPackage } from './package';
import { addContentType, addRel, CT, isType, readRels, REL_TYPE, relativeTarget, relIdAttr, removeContentType, removeRel } from './opc';
import { insertionPoint, sheetLayout } from './sheet-edit';
import { attr, elementEnd, elements, escapeText, findTag, rootPrefix, runsText, tagEnd } from './xml';

/**
 * Our notes merged into a sheet's legacy comments part (with a shape in its VML drawing), or a new pair
 * of parts when the sheet has none. Existing notes are never changed: a cell that already has one keeps it.
 */

export const NOTE_AUTHOR = 'Hitung Capaian';

export interface NotesUndo {
  comments: string;
  vml: string;
  /** True when we created both parts (and their relationships). */
  created: boolean;
  /** Created case: relationship ids from the sheet, the legacyDrawing text, content-type texts. */
  relComments?: string;
  relVml?: string;
  legacyDrawing?: string;
  ctComments?: string;
  ctVml?: string;
  /** Merged case: index of the author we appended, if any. */
  authorAdded?: boolean;
  /** Cell → the text we wrote. */
  cells: Record<string, string>;
  /** Cell → VML shape id we wrote. */
  shapes: Record<string, string>;
}

const VML_HEAD = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
  + '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
  + '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function shapeXml(id: string, ref: string): string {
  const { row, col } = parseA1(ref);
  const r0 = row - 1;
  const c0 = col - 1;
  return `<v:shape id="${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">`
    + '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
    + '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
    + `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c0 + 1}, 15, ${Math.max(0, r0 - 1)}, 10, ${c0 + 4}, 15, ${r0 + 4}, 4</x:Anchor>`
    + `<x:AutoFill>False</x:AutoFill><x:Row>${r0}</x:Row><x:Column>${c0}</x:Column></x:ClientData></v:shape>`;
}

function commentXml(p: string, ref: string, authorId: number, text: string): string {
  return `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text><${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="Tahoma"/></${p}rPr><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r></${p}text></${p}comment>`;
}

/** Cells that already carry a legacy note on the sheet. */
export function existingNoteCells(pkg: XlsxPackage, sheetPart: string): Set<string> {
  const rel = readRels(pkg, sheetPart).find(r => !r.external && isType(r, REL_TYPE.comments));
  const out = new Set<string>();
  const xml = rel && pkg.text(rel.part);
  if (!xml) return out;
  const p = rootPrefix(xml);
  for (const e of elements(xml, `${p}comment`)) {
    const ref = attr(xml.slice(e.start, tagEnd(xml, e.start).end), 'ref');
    if (ref) out.add(ref.toUpperCase());
  }
  return out;
}

/**
 * Adds notes to one sheet. `sheetXml` is the sheet part's current text; returns the possibly changed text
 * (a <legacyDrawing> added) and the undo, or a reason (Indonesian) why the notes were not written.
 */
export function addNotes(pkg: XlsxPackage, sheetPart: string, sheetXml: string, notes: { cell: string; text: string }[]): { sheetXml: string; undo?: NotesUndo; skipped: string[]; reason?: string } {
  const rels = readRels(pkg, sheetPart);
  const commentsRel = rels.find(r => !r.external && isType(r, REL_TYPE.comments));
  const lay = sheetLayout(sheetXml);
  if (!lay) return { sheetXml, skipped: notes.map(n => n.cell), reason: 'struktur lembar tidak dikenali' };
  const ld = findTag(sheetXml, `${lay.prefix}legacyDrawing`, lay.dataEnd);
  const ldRel = ld >= 0 ? rels.find(r => r.id === relIdAttr(sheetXml.slice(ld, tagEnd(sheetXml, ld).end))) : undefined;
  const existing = existingNoteCells(pkg, sheetPart);
  const todo = notes.filter(n => !existing.has(n.cell.toUpperCase()));
  const skipped = notes.filter(n => existing.has(n.cell.toUpperCase())).map(n => n.cell);
  if (!todo.length) return { sheetXml, skipped };

  if (commentsRel) {
    if (!ldRel || !pkg.has(ldRel.part) || !pkg.has(commentsRel.part)) return { sheetXml, skipped: notes.map(n => n.cell), reason: 'bagian catatan yang ada tidak lengkap' };
    let cx = pkg.text(commentsRel.part)!;
    let vml = pkg.text(ldRel.part)!;
    if (!/xmlns:v=/.test(vml) || !/xmlns:x=/.test(vml) || !/xmlns:o=/.test(vml)) return { sheetXml, skipped: notes.map(n => n.cell), reason: 'gambar VML catatan memakai bentuk yang tidak dikenali' };
    const p = rootPrefix(cx);
    const undo: NotesUndo = { comments: commentsRel.part, vml: ldRel.part, created: false, cells: {}, shapes: {} };
    // Author: ours if present, else appended at the end (existing authorIds keep their meaning).
    const authorsAt = findTag(cx, `${p}authors`);
    if (authorsAt < 0) return { sheetXml, skipped: notes.map(n => n.cell), reason: 'bagian catatan tanpa daftar penulis' };
    const authorsEnd = elementEnd(cx, authorsAt, `${p}authors`);
    const authors = elements(cx, `${p}author`, authorsAt, authorsEnd).map(e => runsTextOrPlain(cx.slice(e.start, e.end)));
    let authorId = authors.indexOf(NOTE_AUTHOR);
    if (authorId < 0) {
      authorId = authors.length;
      const t = tagEnd(cx, authorsAt);
      const add = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
      cx = t.selfClosing ? cx.slice(0, authorsAt) + `<${p}authors>${add}</${p}authors>` + cx.slice(t.end) : cx.slice(0, authorsEnd - `</${p}authors>`.length) + add + cx.slice(authorsEnd - `</${p}authors>`.length);
      undo.authorAdded = true;
    }
    const listClose = cx.lastIndexOf(`</${p}commentList>`);
    if (listClose < 0) return { sheetXml, skipped: notes.map(n => n.cell), reason: 'bagian catatan tanpa daftar catatan' };
    cx = cx.slice(0, listClose) + todo.map(n => commentXml(p, n.cell, authorId, n.text)).join('') + cx.slice(listClose);
    let next = maxShapeId(vml) + 1;
    const shapes: string[] = [];
    if (!/_x0000_t202/.test(vml)) shapes.push(VML_HEAD.slice(VML_HEAD.indexOf('<v:shapetype')));
    for (const n of todo) {
      const id = `_x0000_s${next++}`;
      shapes.push(shapeXml(id, n.cell));
      undo.cells[n.cell] = n.text;
      undo.shapes[n.cell] = id;
    }
    const vclose = vml.lastIndexOf('</xml>');
    vml = vml.slice(0, vclose) + shapes.join('') + vml.slice(vclose);
    pkg.set(commentsRel.part, cx);
    pkg.set(ldRel.part, vml);
    return { sheetXml, undo, skipped };
  }
  if (ld >= 0) return { sheetXml, skipped: notes.map(n => n.cell), reason: 'lembar sudah memiliki gambar VML lain' };

  // New parts, named after the first free number.
  let k = 1;
  while (pkg.has(`xl/comments${k}.xml`) || pkg.has(`xl/drawings/vmlDrawing${k}.vml`)) k++;
  const commentsPart = `xl/comments${k}.xml`;
  const vmlPart = `xl/drawings/vmlDrawing${k}.vml`;
  const undo: NotesUndo = { comments: commentsPart, vml: vmlPart, created: true, cells: {}, shapes: {} };
  const body = todo.map(n => commentXml('', n.cell, 0, n.text)).join('');
  pkg.set(commentsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>${body}</commentList></comments>`);
  let id = 1025;
  const shapes = todo.map(n => {
    const sid = `_x0000_s${id++}`;
    undo.cells[n.cell] = n.text;
    undo.shapes[n.cell] = sid;
    return shapeXml(sid, n.cell);
  });
  pkg.set(vmlPart, `${VML_HEAD}${shapes.join('')}</xml>`);
  const rc = addRel(pkg, sheetPart, REL_TYPE.comments, relativeTarget(sheetPart, commentsPart));
  const rv = addRel(pkg, sheetPart, REL_TYPE.vmlDrawing, relativeTarget(sheetPart, vmlPart));
  undo.relComments = rc.id;
  undo.relVml = rv.id;
  undo.ctComments = addContentType(pkg, { part: commentsPart, type: CT.comments });
  undo.ctVml = addContentType(pkg, { extension: 'vml', type: CT.vml });
  const tag = `<${lay.prefix}legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rv.id}"/>`;
  const at = insertionPoint(sheetXml, lay, 'legacyDrawing');
  undo.legacyDrawing = tag;
  return { sheetXml: sheetXml.slice(0, at) + tag + sheetXml.slice(at), undo, skipped };
}

function runsTextOrPlain(authorEl: string): string {
  const m = /^<[^>]*>([\s\S]*)<\/[^>]*>$/.exec(authorEl);
  return m ? runsText(`<t>${m[1]}</t>`) : '';
}

function maxShapeId(vml: string): number {
  let max = 1024;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  // o:spid values share the id space.
  return max;
}

/**
 * Takes our notes back out of a sheet. A note whose text changed since, or that is no longer there,
 * is kept and reported. Returns the sheet XML (legacyDrawing removed when we added it) and kept cells.
 */
export function removeNotes(pkg: XlsxPackage, sheetPart: string, sheetXml: string, undo: NotesUndo): { sheetXml: string; kept: string[] } {
  const kept: string[] = [];
  let cx = pkg.text(undo.comments);
  let vml = pkg.text(undo.vml);
  if (cx === undefined) return { sheetXml, kept: Object.keys(undo.cells) };
  const p = rootPrefix(cx);
  const authorsAt = findTag(cx, `${p}authors`);
  const authors = authorsAt >= 0 ? elements(cx, `${p}author`, authorsAt, elementEnd(cx, authorsAt, `${p}authors`)).map(e => runsTextOrPlain(cx!.slice(e.start, e.end))) : [];
  const ours = authors.indexOf(NOTE_AUTHOR);
  const removed = new Set<string>();
  const list = elements(cx, `${p}comment`).reverse();
  for (const e of list) {
    const tag = cx.slice(e.start, tagEnd(cx, e.start).end);
    const ref = (attr(tag, 'ref') ?? '').toUpperCase();
    if (!(ref in undo.cells)) continue;
    const text = runsText(cx.slice(tagEnd(cx, e.start).end, e.end));
    // Text, not author: another program may rewrite the author list when it saves.
    if (text !== undo.cells[ref]) continue;
    cx = cx.slice(0, e.start) + cx.slice(e.end);
    removed.add(ref);
  }
  for (const c of Object.keys(undo.cells)) if (!removed.has(c)) kept.push(c);
  if (vml !== undefined) {
    for (const c of removed) {
      const id = undo.shapes[c];
      const re = new RegExp(`<v:shape\\b[^>]*\\bid="${id}"[\\s\\S]*?</v:shape>`);
      if (re.test(vml)) vml = vml.replace(re, '');
      else {
        // Renumbered by another program: the note shape anchored on the cell.
        const { row, col } = parseA1(c);
        vml = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, sh => (sh.includes(`<x:Row>${row - 1}</x:Row>`) && sh.includes(`<x:Column>${col - 1}</x:Column>`) && /ObjectType="Note"/.test(sh) ? '' : sh));
      }
    }
  }
  const remaining = elements(cx, `${p}comment`).length;
  if (undo.created && remaining === 0 && !kept.length) {
    pkg.remove(undo.comments);
    pkg.remove(undo.vml);
    if (undo.relComments) removeRel(pkg, sheetPart, undo.relComments, true);
    if (undo.relVml) removeRel(pkg, sheetPart, undo.relVml, true);
    removeContentType(pkg, undo.ctComments, undo.comments);
    if (undo.ctVml && !pkg.names().some(n => n.toLowerCase().endsWith('.vml'))) removeContentType(pkg, undo.ctVml);
    if (undo.legacyDrawing && sheetXml.includes(undo.legacyDrawing)) sheetXml = sheetXml.replace(undo.legacyDrawing, '');
    else {
      const lay = sheetLayout(sheetXml);
      const ld = lay ? findTag(sheetXml, `${lay.prefix}legacyDrawing`, lay.dataEnd) : -1;
      if (ld >= 0 && relIdAttr(sheetXml.slice(ld, tagEnd(sheetXml, ld).end)) === undo.relVml) sheetXml = sheetXml.slice(0, ld) + sheetXml.slice(tagEnd(sheetXml, ld).end);
    }
    return { sheetXml, kept };
  }
  if (undo.authorAdded && ours >= 0 && !elements(cx, `${p}comment`).some(e => Number(attr(cx!.slice(e.start, tagEnd(cx!, e.start).end), 'authorId')) === ours) && ours === authors.length - 1) {
    const a = elements(cx, `${p}author`, authorsAt, elementEnd(cx, authorsAt, `${p}authors`));
    const last = a[a.length - 1];
    cx = cx.slice(0, last.start) + cx.slice(last.end);
  }
  pkg.set(undo.comments, cx);
  if (vml !== undefined) pkg.set(undo.vml, vml);
  return { sheetXml, kept };
}
