import type { RowLevel } from '../model/recognition';

/**
 * Permendagri 90/2019 codes: program 7.01.01 (3 parts), kegiatan 7.01.01.2.01 (5), sub kegiatan
 * 7.01.01.2.01.0001 or the older 7.01.01.2.01.01 (6). Kode akun belanja 5.1.02.01.01.0024 (6 levels,
 * starting with 4, 5 or 6). Codes may be typed in their own column or as a prefix of the name (SIPD).
 */
const CODE = /^(\d{1,2}(?:\.\d{1,4}){1,7})(?=\s|$|[.:)-])/;

export interface CodeSplit {
  code?: string;
  rest: string;
}

/** Splits "7.01.01.2.01 Perencanaan …" into code and name; names without a code return rest only. */
export function splitCode(text: string): CodeSplit {
  const t = text.trim();
  const m = CODE.exec(t);
  if (!m) return { rest: t };
  const code = m[1];
  // "1.1" or "2.1" alone are list numbers, not codes; real codes have 3+ parts or a 2-digit second part.
  const parts = code.split('.');
  if (parts.length < 3 && !(parts.length === 2 && parts[1].length === 2 && /^[4-9]$/.test(parts[0]))) {
    return { rest: t };
  }
  return { code, rest: t.slice(m[0].length).replace(/^[\s.:)-]+/, '').trim() };
}

/** True when a whole cell is a code (own Kode column). */
export function isCode(text: string): boolean {
  const s = splitCode(text);
  return !!s.code && s.rest === '';
}

export function codeParts(code: string): string[] {
  return code.split('.');
}

/** Level of a code in the Permendagri 90 hierarchy, or a belanja account. */
export function codeLevel(code: string): RowLevel {
  const parts = codeParts(code);
  if (/^[456]$/.test(parts[0]) && parts.length >= 2) return 'rekening';
  switch (parts.length) {
    case 1:
    case 2:
      return 'urusan';
    case 3:
      return 'program';
    case 4:
    case 5:
      return 'kegiatan';
    default:
      return 'sub_kegiatan';
  }
}

/** True when `parent` is an ancestor code of `child` (7.01.01 of 7.01.01.2.01.0001). */
export function isAncestorCode(parent: string, child: string): boolean {
  return child.length > parent.length && child.startsWith(parent + '.');
}

/** A code is malformed when a part has an unexpected width for its position. */
export function malformedCode(code: string): string | undefined {
  const parts = codeParts(code);
  if (/^[456]$/.test(parts[0])) return undefined;
  if (parts.length >= 6) {
    const tail = parts[5];
    if (tail.length !== 2 && tail.length !== 4) return `bagian sub kegiatan "${tail}" seharusnya 2 atau 4 digit`;
  }
  if (parts.length >= 5 && parts[4].length !== 2) return `bagian kegiatan "${parts[4]}" seharusnya 2 digit`;
  if (parts.length >= 3 && parts[1].length !== 2) return `bagian bidang "${parts[1]}" seharusnya 2 digit`;
  return undefined;
}
