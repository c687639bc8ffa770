/**
 * A small XML reader for the manifest tests: a character scanner (no regular expressions over the document)
 * that builds an element tree with attributes, text, and line numbers for messages. Enough for the manifest
 * (elements, attributes, comments, the XML declaration, CDATA, the five entities and character references).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent?: XmlElement;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, line: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch !== '&') {
      out += ch;
      continue;
    }
    const end = s.indexOf(';', i);
    if (end < 0) throw new Error(`line ${line}: unterminated entity`);
    const ref = s.slice(i + 1, end);
    if (ref.startsWith('#x')) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
    else if (ref.startsWith('#')) out += String.fromCodePoint(parseInt(ref.slice(1), 10));
    else if (ref in NAMED) out += NAMED[ref];
    else throw new Error(`line ${line}: unknown entity &${ref};`);
    i = end;
  }
  return out;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

function isNameChar(ch: string): boolean {
  return !!ch && !isSpace(ch) && ch !== '=' && ch !== '>' && ch !== '/' && ch !== '"' && ch !== "'" && ch !== '<';
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  let line = 1;
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) if (source[i + k] === '\n') line++;
    i += n;
  };
  const expect = (s: string) => {
    if (!source.startsWith(s, i)) throw new Error(`line ${line}: expected "${s}"`);
    advance(s.length);
  };
  const skipTo = (s: string) => {
    const end = source.indexOf(s, i);
    if (end < 0) throw new Error(`line ${line}: missing "${s}"`);
    advance(end - i + s.length);
  };
  const readName = () => {
    const start = i;
    while (i < source.length && isNameChar(source[i])) i++;
    if (i === start) throw new Error(`line ${line}: expected a name`);
    return source.slice(start, i);
  };
  const skipSpace = () => {
    while (i < source.length && isSpace(source[i])) advance(1);
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < source.length) {
    if (source.startsWith('<?', i)) {
      skipTo('?>');
    } else if (source.startsWith('<!--', i)) {
      skipTo('-->');
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end < 0) throw new Error(`line ${line}: unterminated CDATA`);
      const text = source.slice(i + 9, end);
      if (stack.length) stack[stack.length - 1].text += text;
      advance(end - i + 3);
    } else if (source.startsWith('<!', i)) {
      skipTo('>');
    } else if (source.startsWith('</', i)) {
      advance(2);
      const name = readName();
      skipSpace();
      expect('>');
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`line ${line}: </${name}> closes <${open?.name ?? 'nothing'}>`);
    } else if (source[i] === '<') {
      advance(1);
      const el: XmlElement = { name: readName(), attrs: {}, children: [], text: '', line };
      const parent = stack[stack.length - 1];
      for (;;) {
        skipSpace();
        if (source.startsWith('/>', i)) {
          advance(2);
          break;
        }
        if (source[i] === '>') {
          advance(1);
          stack.push(el);
          break;
        }
        const attr = readName();
        skipSpace();
        expect('=');
        skipSpace();
        const quote = source[i];
        if (quote !== '"' && quote !== "'") throw new Error(`line ${line}: attribute ${attr} is not quoted`);
        const end = source.indexOf(quote, i + 1);
        if (end < 0) throw new Error(`line ${line}: unterminated attribute ${attr}`);
        if (attr in el.attrs) throw new Error(`line ${line}: duplicate attribute ${attr}`);
        el.attrs[attr] = decode(source.slice(i + 1, end), line);
        advance(end - i + 1);
      }
      if (parent) {
        el.parent = parent;
        parent.children.push(el);
      } else if (!root) {
        root = el;
      } else {
        throw new Error(`line ${line}: more than one root element`);
      }
    } else {
      const next = source.indexOf('<', i);
      const end = next < 0 ? source.length : next;
      const text = source.slice(i, end);
      if (stack.length) stack[stack.length - 1].text += decode(text, line);
      else if (text.trim()) throw new Error(`line ${line}: text outside the root element`);
      advance(end - i);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Local name without a namespace prefix ("bt:Image" → "Image"). */
export function localName(el: XmlElement): string {
  const colon = el.name.indexOf(':');
  return colon < 0 ? el.name : el.name.slice(colon + 1);
}

export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter(c => localName(c) === name);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return children(el, name)[0];
}

/** The element at a path of local names under `el`, e.g. path(root, 'VersionOverrides', 'Resources'). */
export function path(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let cur: XmlElement | undefined = el;
  for (const n of names) cur = cur && child(cur, n);
  return cur;
}

export function descendants(el: XmlElement, name: string): XmlElement[] {
  return [...walk(el)].filter(e => e !== el && localName(e) === name);
}

/** Where an element sits, for messages: "OfficeApp/VersionOverrides/…/Control (line 57)". */
export function where(el: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) names.unshift(localName(e));
  return `${names.join('/')} (line ${el.line})`;
}
