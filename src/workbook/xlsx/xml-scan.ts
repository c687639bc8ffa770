/**
 * A small forward-only XML scanner over UTF-8 bytes for the parts of an .xlsx package. It reports start
 * tags (with their raw attribute bytes), end tags and text; nothing is built that the caller does not ask
 * for, which is what lets a 100,000-row sheet go straight into the grid. Element names are given without
 * their namespace prefix (x:row and row are the same), as Strict and SDK-written packages use prefixes.
 *
 * Not a validating parser: DOCTYPE is skipped (and with it any entity definitions, so nothing expands),
 * comments, processing instructions and CDATA are handled, anything else malformed ends the scan quietly.
 */

export interface XmlHandler {
  open(name: string, tag: Tag, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text bytes [start, end) of buf; call decodeText to get the string. */
  text?(buf: Uint8Array, start: number, end: number): void;
}

/** The attribute bytes of the current start tag; valid only during the open() call. */
export class Tag {
  buf: Uint8Array = EMPTY;
  start = 0;
  end = 0;

  // The attribute scanAttr() read last: its name [nameStart, nameEnd) and value [valStart, valEnd) in buf.
  private nameStart = 0;
  private nameEnd = 0;
  private valStart = 0;
  private valEnd = 0;

  /**
   * Reads the attribute that starts at or after byte i (fields above, no allocation: this runs for every
   * cell); returns where the next one may start, or -1 when none is left or the bytes are malformed.
   */
  private scanAttr(i: number): number {
    const b = this.buf;
    const end = this.end;
    while (i < end && isSpace(b[i])) i++;
    if (i >= end) return -1;
    this.nameStart = i;
    while (i < end && b[i] !== 0x3d /* = */ && !isSpace(b[i])) i++;
    this.nameEnd = i;
    while (i < end && isSpace(b[i])) i++;
    if (i >= end || b[i] !== 0x3d) return -1;
    i++;
    while (i < end && isSpace(b[i])) i++;
    const q = b[i];
    if (q !== 0x22 && q !== 0x27) return -1;
    this.valStart = ++i;
    while (i < end && b[i] !== q) i++;
    this.valEnd = i;
    return i + 1;
  }

  /** The decoded value of attribute `name` (prefix ignored, so r:id is found as "id" only when asked "r:id"). */
  attr(name: string): string | undefined {
    const n = name.length;
    for (let i = this.scanAttr(this.start); i >= 0; i = this.scanAttr(i)) {
      if (this.nameEnd - this.nameStart === n && sameAscii(this.buf, this.nameStart, name)) return decodeText(this.buf, this.valStart, this.valEnd);
    }
    return undefined;
  }

  /** All attributes, for the small parts (workbook, relationships, styles). */
  attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = this.scanAttr(this.start); i >= 0; i = this.scanAttr(i)) {
      out[latin1(this.buf, this.nameStart, this.nameEnd)] = decodeText(this.buf, this.valStart, this.valEnd);
    }
    return out;
  }
}

const EMPTY = new Uint8Array(0);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function sameAscii(b: Uint8Array, at: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s.charCodeAt(k)) return false;
  return true;
}

/**
 * Short single-byte text in one piece: built with `+=`, a string of more than 12 characters is a rope of
 * one node per character, which cost about 400 bytes per formula on a large sheet.
 */
function latin1(b: Uint8Array, start: number, end: number): string {
  // Parts inflated whole are Buffers: their latin1 slice makes the flat string without a view per call.
  if (b instanceof Buffer) return b.toString('latin1', start, end);
  return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
}

const utf8 = new TextDecoder('utf-8');

/** Text bytes as a string, UTF-8 decoded and XML entities resolved. */
export function decodeText(b: Uint8Array, start: number, end: number): string {
  let ascii = true;
  let amp = false;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c >= 0x80) { ascii = false; break; }
    if (c === 0x26) amp = true;
  }
  let s: string;
  if (ascii && end - start < 256) s = latin1(b, start, end);
  else s = utf8.decode(b.subarray(start, end));
  if (!ascii) amp = s.indexOf('&') >= 0;
  return amp ? unescapeXml(s) : s;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref] ?? m;
  });
}

/** Excel's escape for characters XML cannot hold: _x000D_ is a carriage return, _x005F_ a literal underscore. */
export function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Scans buf[from, to) and calls the handler. Returns the offset where it stopped: `to`, or the start of a
 * tag left incomplete at the end (the caller feeds it again with more bytes when streaming).
 */
export function scanXml(buf: Uint8Array, handler: XmlHandler, from = 0, to = buf.length): number {
  const tag = new Tag();
  tag.buf = buf;
  let i = from;
  const wantText = !!handler.text;
  while (i < to) {
    const lt = indexOfByte(buf, 0x3c, i, to);
    if (lt < 0) {
      if (wantText && i < to) handler.text!(buf, i, to);
      return to;
    }
    if (lt > i && wantText) handler.text!(buf, i, lt);
    const next = buf[lt + 1];
    if (next === 0x21 /* ! */) {
      // Comment, CDATA or DOCTYPE.
      if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
        const e = indexOfSeq(buf, '-->', lt + 4, to);
        if (e < 0) return lt;
        i = e + 3;
      } else if (sameAscii(buf, lt + 2, '[CDATA[')) {
        const e = indexOfSeq(buf, ']]>', lt + 9, to);
        if (e < 0) return lt;
        if (wantText) handler.text!(buf, lt + 9, e); // CDATA text has no entities; Excel never writes it.
        i = e + 3;
      } else {
        // DOCTYPE, possibly with an internal subset in [...]: skipped whole, entities never defined.
        let depth = 0;
        let k = lt + 2;
        for (; k < to; k++) {
          const c = buf[k];
          if (c === 0x5b) depth++;
          else if (c === 0x5d) depth--;
          else if (c === 0x3e && depth <= 0) break;
        }
        if (k >= to) return lt;
        i = k + 1;
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const e = indexOfSeq(buf, '?>', lt + 2, to);
      if (e < 0) return lt;
      i = e + 2;
      continue;
    }
    // End of tag, skipping quoted attribute values (which may hold '>').
    let k = lt + 1;
    let q = 0;
    for (; k < to; k++) {
      const c = buf[k];
      if (q) { if (c === q) q = 0; }
      else if (c === 0x22 || c === 0x27) q = c;
      else if (c === 0x3e) break;
    }
    if (k >= to) return lt;
    if (next === 0x2f /* / */) {
      handler.close(localName(buf, lt + 2, k));
    } else {
      const selfClosing = buf[k - 1] === 0x2f;
      const nameEnd = nameEndAt(buf, lt + 1, selfClosing ? k - 1 : k);
      tag.start = nameEnd;
      tag.end = selfClosing ? k - 1 : k;
      const name = localName(buf, lt + 1, nameEnd);
      handler.open(name, tag, selfClosing);
      if (selfClosing) handler.close(name);
    }
    i = k + 1;
  }
  return to;
}

function nameEndAt(b: Uint8Array, i: number, end: number): number {
  while (i < end && !isSpace(b[i]) && b[i] !== 0x2f && b[i] !== 0x3e) i++;
  return i;
}

/** The element name after its prefix, trailing spaces cut; interned, as a sheet has millions of tags. */
function localName(b: Uint8Array, start: number, end: number): string {
  while (end > start && isSpace(b[end - 1])) end--;
  let s = start;
  for (let i = start; i < end; i++) if (b[i] === 0x3a) s = i + 1;
  const len = end - s;
  if (len === 1) return ONE[b[s]] ?? String.fromCharCode(b[s]);
  if (len > 24) return decodeText(b, s, end);
  const key = len * 0x1000000 + b[s] * 0x10000 + b[s + 1] * 0x100 + b[end - 1];
  const known = NAMES.get(key);
  if (known) for (const n of known) if (sameAscii(b, s, n)) return n;
  const name = decodeText(b, s, end);
  if (known) known.push(name);
  else NAMES.set(key, [name]);
  return name;
}

const NAMES = new Map<number, string[]>();
const ONE: string[] = [];
for (let c = 0; c < 128; c++) ONE[c] = String.fromCharCode(c);

function indexOfByte(b: Uint8Array, byte: number, from: number, to: number): number {
  const i = b.indexOf(byte, from);
  return i < 0 || i >= to ? -1 : i;
}

function indexOfSeq(b: Uint8Array, seq: string, from: number, to: number): number {
  for (let i = from; i + seq.length <= to; i++) if (sameAscii(b, i, seq)) return i;
  return -1;
}
