import { attr, elementEnd, elements, escapeAttr, findTag, rootPrefix, setAttr, tagEnd } from './xml';

/**
 * styles.xml seen as five lists the patcher may only append to: numFmts, fonts, fills, borders, cellXfs.
 * Existing entries and their indexes never change, so every cell of the user keeps its look.
 */

export type StyleList = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const CHILD: Record<StyleList, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };
const ORDER: StyleList[] = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'];

/** What the record keeps to take appended styles back out. */
export interface StylesUndo {
  /** Per list: original child count and count attribute (null = absent), or "created" when the list was new. */
  lists: Partial<Record<StyleList, { children: number; count: string | null } | 'created'>>;
}

/** Built-in number formats Excel knows by id. */
const BUILTIN_FMT: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

export interface OwnStyle {
  numFmt?: string;
  bold?: boolean;
  link?: boolean;
  wrap?: boolean;
  fill?: string;
}

export class StyleBook {
  private p: string;
  private existing: Record<StyleList, string[]>;
  private added: Record<StyleList, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private fmtIds = new Map<string, number>();
  private nextFmtId: number;
  private memo = new Map<string, number>();

  constructor(private xml: string) {
    this.p = rootPrefix(xml);
    this.existing = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
    for (const l of ORDER) {
      const r = this.listRange(l);
      if (!r) continue;
      this.existing[l] = elements(xml, this.p + CHILD[l], r.innerStart, r.innerEnd).map(e => xml.slice(e.start, e.end));
    }
    let maxId = 163;
    for (const f of this.existing.numFmts) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode');
      if (code !== undefined && !this.fmtIds.has(code)) this.fmtIds.set(code, id);
      if (id > maxId) maxId = id;
    }
    this.nextFmtId = maxId + 1;
  }

  /** True when styles.xml has the lists a cell style needs. */
  get usable(): boolean {
    return this.existing.fonts.length > 0 && this.existing.fills.length >= 2 && this.existing.borders.length > 0 && this.existing.cellXfs.length > 0;
  }

  get changed(): boolean {
    return ORDER.some(l => this.added[l].length > 0);
  }

  private listRange(l: StyleList): { start: number; tagEnd: number; innerStart: number; innerEnd: number; end: number; selfClosing: boolean } | undefined {
    const q = this.p + l;
    const i = findTag(this.xml, q);
    if (i < 0) return undefined;
    const t = tagEnd(this.xml, i);
    if (t.selfClosing) return { start: i, tagEnd: t.end, innerStart: t.end, innerEnd: t.end, end: t.end, selfClosing: true };
    const end = elementEnd(this.xml, i, q);
    return { start: i, tagEnd: t.end, innerStart: t.end, innerEnd: end - `</${q}>`.length, end, selfClosing: false };
  }

  private append(l: StyleList, xml: string): number {
    const key = `${l}\u0000${xml}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    this.added[l].push(xml);
    const index = this.existing[l].length + this.added[l].length - 1;
    this.memo.set(key, index);
    return index;
  }

  private el(name: string): string {
    return this.p + name;
  }

  private solidFill(argb: string): number {
    const e = (n: string) => this.el(n);
    return this.append('fills', `<${e('fill')}><${e('patternFill')} patternType="solid"><${e('fgColor')} rgb="${argb}"/><${e('bgColor')} indexed="64"/></${e('patternFill')}></${e('fill')}>`);
  }

  /** The cellXfs index showing cell style `s` (undefined = 0) with a solid fill. */
  withFill(s: number | undefined, argb: string): number {
    const key = `fill\u0000${s ?? 0}\u0000${argb}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const base = this.xfAt(s ?? 0);
    const fillId = this.solidFill(argb);
    const t = tagEnd(base, 0);
    let head = setAttr(base.slice(0, t.end), 'fillId', String(fillId));
    head = setAttr(head, 'applyFill', '1');
    const index = this.append('cellXfs', head + base.slice(t.end));
    this.memo.set(key, index);
    return index;
  }

  /** The cellXfs index showing cell style `s` with fill `fillId` (0 = no fill). */
  withFillId(s: number, fillId: number): number {
    const base = this.xfAt(s);
    const t = tagEnd(base, 0);
    const head = setAttr(base.slice(0, t.end), 'fillId', String(fillId));
    return this.append('cellXfs', head + base.slice(t.end));
  }

  /** The xf element at index i (xf 0 when out of range, as Excel does). */
  private xfAt(i: number): string {
    const all = this.existing.cellXfs;
    return all[i] ?? this.added.cellXfs[i - all.length] ?? all[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  private fmtId(code: string): number {
    if (code in BUILTIN_FMT) return BUILTIN_FMT[code];
    const known = this.fmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmtId++;
    this.fmtIds.set(code, id);
    this.append('numFmts', `<${this.el('numFmt')} numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private font(bold: boolean, link: boolean): number {
    if (!bold && !link) return 0;
    const base = this.existing.fonts[0] ?? '';
    const sz = /<(?:[\w]+:)?sz\s+val="([^"]+)"/.exec(base)?.[1] ?? '11';
    const name = /<(?:[\w]+:)?name\s+val="([^"]+)"/.exec(base)?.[1] ?? 'Calibri';
    const family = /<(?:[\w]+:)?family\s+val="([^"]+)"/.exec(base)?.[1];
    const e = (n: string) => this.el(n);
    const parts = [
      bold ? `<${e('b')}/>` : '',
      link ? `<${e('u')}/>` : '',
      `<${e('sz')} val="${sz}"/>`,
      link ? `<${e('color')} rgb="FF0563C1"/>` : `<${e('color')} theme="1"/>`,
      `<${e('name')} val="${name}"/>`,
      family ? `<${e('family')} val="${family}"/>` : '',
    ];
    return this.append('fonts', `<${e('font')}>${parts.join('')}</${e('font')}>`);
  }

  /** A cellXfs index for one of our cells. */
  own(st: OwnStyle): number {
    if (!st.numFmt && !st.bold && !st.link && !st.wrap && !st.fill) return 0;
    const key = `own\u0000${st.numFmt ?? ''}\u0000${st.bold ? 1 : 0}${st.link ? 1 : 0}${st.wrap ? 1 : 0}\u0000${st.fill ?? ''}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const numFmtId = st.numFmt ? this.fmtId(st.numFmt) : 0;
    const fontId = this.font(!!st.bold, !!st.link);
    const fillId = st.fill ? this.solidFill(st.fill) : 0;
    const flags = [numFmtId ? ' applyNumberFormat="1"' : '', fontId ? ' applyFont="1"' : '', fillId ? ' applyFill="1"' : '', st.wrap ? ' applyAlignment="1"' : ''].join('');
    const x = this.el('xf');
    const body = st.wrap ? `><${this.el('alignment')} vertical="top" wrapText="1"/></${x}>` : '/>';
    const index = this.append('cellXfs', `<${x} numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${flags}${body}`);
    this.memo.set(key, index);
    return index;
  }

  /** styles.xml with the appended entries, and what undoing them needs. */
  serialise(): { xml: string; undo: StylesUndo } {
    const undo: StylesUndo = { lists: {} };
    let xml = this.xml;
    // From the last list backwards so earlier offsets stay valid.
    for (const l of [...ORDER].reverse()) {
      const add = this.added[l];
      if (!add.length) continue;
      this.xml = xml;
      const r = this.listRange(l);
      const total = this.existing[l].length + add.length;
      if (!r) {
        const q = this.p + l;
        const block = `<${q} count="${total}">${add.join('')}</${q}>`;
        xml = insertList(xml, this.p, l, block);
        undo.lists[l] = 'created';
        continue;
      }
      const head = xml.slice(r.start, r.tagEnd);
      const countAttr = attr(head, 'count') ?? null;
      undo.lists[l] = { children: this.existing[l].length, count: countAttr };
      let newHead = setAttr(r.selfClosing ? head.slice(0, -2) + '>' : head, 'count', String(total));
      if (r.selfClosing) newHead = newHead + add.join('') + `</${this.p + l}>`;
      else newHead = newHead + xml.slice(r.innerStart, r.innerEnd) + add.join('') + `</${this.p + l}>`;
      xml = xml.slice(0, r.start) + newHead + xml.slice(r.end);
    }
    this.xml = xml;
    return { xml, undo };
  }
}

/** Inserts a list that styles.xml lacks at its schema position. */
function insertList(xml: string, p: string, l: StyleList, block: string): string {
  const after: string[] = [...ORDER.slice(ORDER.indexOf(l) + 1), 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
  for (const next of after) {
    const i = findTag(xml, p + next);
    if (i >= 0) return xml.slice(0, i) + block + xml.slice(i);
  }
  const close = xml.lastIndexOf(`</${p}styleSheet>`);
  return xml.slice(0, close) + block + xml.slice(close);
}

/** Takes appended entries back out of styles.xml. Returns undefined when the lists no longer look as we left them. */
export function undoStyles(xml: string, undo: StylesUndo): string | undefined {
  const p = rootPrefix(xml);
  let out = xml;
  for (const l of [...ORDER].reverse()) {
    const u = undo.lists[l];
    if (!u) continue;
    const q = p + l;
    const i = findTag(out, q);
    if (i < 0) return undefined;
    const t = tagEnd(out, i);
    const end = t.selfClosing ? t.end : elementEnd(out, i, q);
    if (u === 'created') {
      out = out.slice(0, i) + out.slice(end);
      continue;
    }
    const innerEnd = end - `</${q}>`.length;
    const kids = elements(out, p + CHILD[l], t.end, innerEnd);
    if (kids.length < u.children) return undefined;
    const keepTo = u.children ? kids[u.children - 1].end : t.end;
    let head = out.slice(i, t.end);
    head = u.count === null ? head.replace(/\s+count\s*=\s*("[^"]*"|'[^']*')/, '') : setAttr(head, 'count', u.count);
    out = out.slice(0, i) + head + out.slice(t.end, keepTo) + `</${q}>` + out.slice(end);
  }
  return out;
}

/** The solid fill colour (ARGB) of cell style s, or '' when the style has no plain rgb fill. */
export function fillArgbOf(xml: string, s: number): string {
  const p = rootPrefix(xml);
  const xfs = findTag(xml, `${p}cellXfs`);
  const fills = findTag(xml, `${p}fills`);
  if (xfs < 0 || fills < 0) return '';
  const xf = elements(xml, `${p}xf`, xfs, elementEnd(xml, xfs, `${p}cellXfs`))[s];
  if (!xf) return '';
  const fillId = Number(attr(xml.slice(xf.start, tagEnd(xml, xf.start).end), 'fillId') ?? 0);
  const fill = elements(xml, `${p}fill`, fills, elementEnd(xml, fills, `${p}fills`))[fillId];
  if (!fill) return '';
  const body = xml.slice(fill.start, fill.end);
  if (!/patternType="solid"/.test(body)) return '';
  return /<(?:[\w]+:)?fgColor\s+rgb="([0-9A-Fa-f]{8})"/.exec(body)?.[1].toUpperCase() ?? '';
}
