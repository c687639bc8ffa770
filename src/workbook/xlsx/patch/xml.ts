/**
 * Small string-level XML helpers for the patcher. The patcher edits parts by splicing at known offsets,
 * so everything it does not change keeps its exact bytes.
 */

const NEEDS_ESCAPE = /[&<>_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  // Characters XML 1.0 forbids are written as OOXML's _xHHHH_ escapes; a literal "_x" is escaped itself.
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, c => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(lt|gt|quot|apos|amp|#x[0-9A-Fa-f]+|#\d+);/g, (_m, e: string) => {
      switch (e) {
        case 'lt': return '<';
        case 'gt': return '>';
        case 'quot': return '"';
        case 'apos': return "'";
        case 'amp': return '&';
        default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      }
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Value of attribute `name` (no prefix match: "r" does not match "r:id") in a start tag, or undefined. */
const ATTR_RE = new Map<string, RegExp>();

export function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) {
    re = new RegExp(`[\\s<]${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    ATTR_RE.set(name, re);
  }
  const m = re.exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? '');
}

/** Prefix ("" or "x:") of the document element of a part. */
export function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
  return m && m[1] ? m[1] : '';
}

/** Finds `<prefix+name ...>` (the start tag, not a longer name) from `from`; -1 when absent. */
export function findTag(xml: string, qname: string, from = 0, to = xml.length): number {
  const open = `<${qname}`;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    const c = xml.charCodeAt(i + open.length);
    // space, tab, CR, LF, '>' or '/'
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47) return i;
    i = xml.indexOf(open, i + 1);
  }
  return -1;
}

/** Offset just after the start tag beginning at `i`, and whether it was self-closing. */
export function tagEnd(xml: string, i: number): { end: number; selfClosing: boolean } {
  let q = 0;
  for (let k = i + 1; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (q) { if (c === q) q = 0; continue; }
    if (c === 34 || c === 39) { q = c; continue; }
    if (c === 62) return { end: k + 1, selfClosing: xml.charCodeAt(k - 1) === 47 };
  }
  return { end: xml.length, selfClosing: false };
}

/** The whole element starting at `i` (start tag to matching end tag; no nesting of the same name assumed). */
export function elementEnd(xml: string, i: number, qname: string): number {
  const t = tagEnd(xml, i);
  if (t.selfClosing) return t.end;
  const close = `</${qname}>`;
  const j = xml.indexOf(close, t.end);
  return j < 0 ? xml.length : j + close.length;
}

/** Every top-level element `qname` in xml[from, to): start and end offsets. */
export function elements(xml: string, qname: string, from = 0, to = xml.length): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = findTag(xml, qname, from, to);
  while (i >= 0 && i < to) {
    const e = elementEnd(xml, i, qname);
    out.push({ start: i, end: e });
    i = findTag(xml, qname, e, to);
  }
  return out;
}

/** Sets (or adds, after the first attribute) an attribute in a start tag string. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeAttr(value)}"`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escapeAttr(value)}"${tag.slice(close)}`;
}

/** Plain text of an element holding <t> runs (shared string item, inline string, comment text). */
export function runsText(xml: string): string {
  let out = '';
  const re = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  // Phonetic runs (<rPh>) are not part of the value.
  const body = xml.replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) out += unescapeXml(m[1] ?? '');
  return out;
}

export { contentHash } from '../../content-hash';
