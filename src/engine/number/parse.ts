import { lexicon } from '../../lexicon';
import { compactDigits, Dec } from '../decimal';
// Type-only: convention.ts imports this module at run time, so this import must vanish when compiled.
import type { Convention } from './convention';

/**
 * Reading numbers as people type them in Indonesian reports (`Rp. 11.862.514.803,-`, `89, 41 %`,
 * `Rp 2,393,600.00`, `2 Lembar`). Every reading says which separator convention it chose and why;
 * text that allows two readings is refused unless the caller passes the column's convention.
 * Never Number()/parseFloat: those read `1.234` as 1.234 and `1.234,5` as NaN without a word.
 */
export type NumberParse =
  | {
      ok: true;
      value: Dec;
      percent: boolean;
      currency: boolean;
      unit?: string;
      /** 'plain': no grouping separator and, if any, a dot decimal (`87.71`, `150`). */
      convention: Convention | 'plain';
      /** The separators alone allowed two readings; the hint or the rupiah rule chose one. */
      ambiguous: boolean;
      /** Decimals as written: `91,09%` → 2, `Rp. 1.000,-` → 0. */
      decimals: number;
      reason: string;
    }
  | { ok: false; kind: 'empty' | 'dash' | 'text' | 'ambiguous'; reason: string };

type Failure = Extract<NumberParse, { ok: false }>;

export function conventionName(c: Convention | 'plain'): string {
  return c === 'id-ID' ? 'format Indonesia' : c === 'en-US' ? 'format Inggris/AS' : 'penulisan biasa';
}

const sepName = (sep: string): string => (sep === '.' ? 'titik' : 'koma');
const decimalConvention = (sep: string): Convention => (sep === ',' ? 'id-ID' : 'en-US');
const fail = (kind: Failure['kind'], reason: string): Failure => ({ ok: false, kind, reason });

// `-`, `–`, `—`, `−` alone (optionally after Rp, optionally `-,-`) means "nothing", not zero.
const DASH_ONLY = /^(?:(?:rp\.?|idr)\s*)?[-‐‑‒–—―−]+(?:\s*[,.]\s*[-–—]+)?$/i;
const CURRENCY_PREFIX = /^(?:rp\.?|idr)\s*/i;
const MINUS = /^[-−–](?=\d|\(|rp|idr)/i; // no space: "- 5" is more often a list bullet than a sign
const CORE = /^\d+(?:[.,]\d+)*/;
// `89, 41 %`: a space slipped in after the decimal comma; only with exactly two digits, so `1, 2` stays text.
const SPACED_DECIMAL = /^,\s+(\d{2})/;
// `,-` / `.-` after rupiah: "no cents"; a bare `-` (`4.319.696.654-`) too, unless a digit follows (2019-2021).
const NO_CENTS = /^(?:\s*([.,])\s*[-–—]+|[-–—]+)(?!\s*\d)/;
const PERCENT = /^\s*%+/;
// Unit words after the number: `Lembar`, `kasus`, `orang/hari`, `m2`, `Km²`; no free digits.
const UNIT = /^\s*(\p{L}+[²³23]?(?:[ /.-]+\p{L}+[²³23]?)*\.?)/u;
// Unit words typed with a number live in the lexicon ("wordLists").
const PERCENT_WORD = lexicon.words.percentWord;
const CURRENCY_WORD = lexicon.words.currencyWord;

interface Shape {
  negative: boolean;
  currency: boolean;
  percent: boolean;
  unit?: string;
  core: string;
  /** The decimal separator implied by a `,-` / `.-` suffix; '' for a bare dash. */
  noCents?: string;
  notes: string[];
}

/** Splits sign, currency, the digits-and-separators core, and suffixes; anything else makes it text. */
function splitShape(s: string): Shape | Failure {
  const notes: string[] = [];
  let rest = s;
  let paren = false;
  let minus = false;
  let currency = false;
  for (let m: RegExpExecArray | null; ; rest = rest.slice(m[0].length)) {
    if (!paren && (m = /^\(\s*/.exec(rest))) paren = true;
    else if (!currency && (m = CURRENCY_PREFIX.exec(rest))) {
      currency = true;
      notes.push(`awalan mata uang «${m[0].trim()}» diabaikan`);
    } else if (!minus && (m = MINUS.exec(rest))) minus = true;
    else if ((m = /^\+(?=\d)/.exec(rest))) continue;
    else break;
  }
  const core = CORE.exec(rest);
  if (!core) {
    return fail('text', rest === '' ? `«${s}» tidak memuat angka` : `«${s}» bukan angka: diawali «${rest[0]}»`);
  }
  let digits = core[0];
  rest = rest.slice(digits.length);
  const spaced = /[.,]/.test(digits) ? null : SPACED_DECIMAL.exec(rest);
  if (spaced) {
    digits += ',' + spaced[1];
    rest = rest.slice(spaced[0].length);
    notes.push('spasi setelah koma diabaikan');
  }
  let noCents: string | undefined;
  const nc = NO_CENTS.exec(rest);
  if (nc) {
    noCents = nc[1] ?? '';
    rest = rest.slice(nc[0].length);
    notes.push(`akhiran «${noCents}-» berarti tanpa sen`);
  }
  let closed = false;
  let percent = false;
  let unit: string | undefined;
  for (let m: RegExpExecArray | null; ; rest = rest.slice(m[0].length)) {
    if (paren && !closed && (m = /^\s*\)/.exec(rest))) closed = true;
    else if (!percent && (m = PERCENT.exec(rest))) {
      percent = true;
      notes.push(m[0].trim().length > 1 ? 'tanda % ganda dianggap satu' : 'bertanda persen');
    } else if (unit === undefined && (m = UNIT.exec(rest))) {
      const word = m[1].trim();
      if (PERCENT_WORD.test(word) && !percent) {
        percent = true;
        notes.push(`kata «${word}» menandai persen`);
      } else if (CURRENCY_WORD.test(word) && !currency) {
        currency = true;
        notes.push(`kata «${word}» menandai rupiah`);
      } else unit = word;
    } else break;
  }
  rest = rest.trim();
  if (rest !== '') {
    return fail(
      'text',
      /\d/.test(rest)
        ? `«${s}» memuat lebih dari satu angka atau tanda lain («${rest}»), bukan satu nilai`
        : `«${s}» memuat teks «${rest}» yang bukan satuan`,
    );
  }
  if (paren !== closed) return fail('text', `«${s}» memuat tanda kurung yang tidak berpasangan`);
  if (paren && minus) return fail('text', `«${s}» memuat tanda minus sekaligus tanda kurung`);
  if (percent && currency) return fail('text', `«${s}» memuat tanda rupiah sekaligus persen`);
  if (paren) notes.push('tanda kurung dibaca sebagai bilangan negatif (format akuntansi)');
  if (unit !== undefined) notes.push(`satuan «${unit}» dipisahkan dari angka`);
  return { negative: paren || minus, currency, percent, unit, core: digits, noCents, notes };
}

interface Reading {
  int: string;
  frac: string;
  convention: Convention | 'plain';
  ambiguous: boolean;
  reason: string;
}

/** A well-formed group run: first group 1–3 digits without a leading zero, then groups of exactly 3. */
function groupsValid(groups: string[]): boolean {
  const [first, ...others] = groups;
  return first.length <= 3 && first[0] !== '0' && others.every((g) => g.length === 3);
}

/** Decides which separator is the decimal one, from the core alone plus the no-cents suffix and hint. */
function readSeparators(core: string, shape: Shape, hint: Convention | undefined): Reading | Failure {
  const seps = core.replace(/\d/g, '');
  const bad = (why: string): Failure => fail('text', `«${core}» ${why}, jadi tidak dibaca sebagai angka (mungkin kode atau tanggal)`);
  const suffixSep = shape.noCents ? shape.noCents : undefined; // ',' or '.' from `,-` / `.-`
  if (seps === '') {
    const convention = suffixSep ? decimalConvention(suffixSep) : 'plain';
    const reason = suffixSep
      ? `bilangan bulat; akhiran «${suffixSep}-» khas ${conventionName(convention)}`
      : 'bilangan bulat tanpa pemisah';
    return { int: core, frac: '', convention, ambiguous: false, reason };
  }
  const last = seps[seps.length - 1];
  const other = last === '.' ? ',' : '.';
  if (seps.includes(other)) {
    // Both kinds: the last one is the decimal separator and appears once; the other groups thousands.
    const cut = core.lastIndexOf(last);
    const groups = core.slice(0, cut).split(other);
    if (seps.indexOf(last) !== seps.length - 1 || !groupsValid(groups)) return bad('memuat pemisah yang tidak beraturan');
    if (suffixSep) return bad(`sudah memuat desimal sebelum akhiran «${suffixSep}-»`);
    const convention = decimalConvention(last);
    return {
      int: groups.join(''),
      frac: core.slice(cut + 1),
      convention,
      ambiguous: false,
      reason: `${sepName(other)} sebagai pemisah ribuan dan ${sepName(last)} sebagai desimal (${conventionName(convention)})`,
    };
  }
  const groups = core.split(last);
  if (groups.length > 2 || suffixSep) {
    // Repeated separator, or a `,-` suffix that already claims the decimal role: thousands grouping only.
    const convention = suffixSep ? decimalConvention(suffixSep) : decimalConvention(other);
    if (suffixSep === last) return bad(`memuat ${sepName(last)} sebagai desimal sebelum akhiran «${suffixSep}-»`);
    if (!groupsValid(groups)) return bad(`memuat ${sepName(last)} yang tidak membentuk kelompok ribuan`);
    const reason =
      groups.length > 2
        ? `${sepName(last)} berulang sebagai pemisah ribuan (${conventionName(convention)})`
        : `${sepName(last)} sebagai pemisah ribuan karena akhiran «${suffixSep}-» menandai ${sepName(other)} ` +
          `sebagai desimal (${conventionName(convention)})`;
    return { int: groups.join(''), frac: '', convention, ambiguous: false, reason };
  }
  // One separator, once.
  const [a, b] = groups;
  // A lone dot decimal (`87.71`) is 'plain': how machines and calculators write, not proof of a locale.
  const asDecimal = (why: string, hinted?: Convention): Reading => {
    const convention = hinted ?? (last === ',' ? 'id-ID' : 'plain');
    const name = convention === 'plain' ? 'penulisan biasa, seperti format Inggris/AS' : conventionName(convention);
    const reason = `${why}${sepName(last)} sebagai pemisah desimal (${name})`;
    return { int: a, frac: b, convention, ambiguous: hinted !== undefined, reason };
  };
  const asThousands = (why: string): Reading => {
    const convention = decimalConvention(other);
    const reason = `${why}${sepName(last)} sebagai pemisah ribuan (${conventionName(convention)})`;
    return { int: a + b, frac: '', convention, ambiguous: true, reason };
  };
  if (b.length !== 3) return asDecimal(`${sepName(last)} diikuti ${b.length} angka, jadi `);
  if (!groupsValid(groups)) return asDecimal(`«${a}» tidak dapat menjadi kelompok ribuan, jadi `);
  // `1.234` / `1,234`: thousands in one convention, a decimal in the other.
  const doubt = `«${core}» bermakna ganda`;
  if (shape.currency) return asThousands(`${doubt}; rupiah tidak ditulis dengan tiga angka desimal, jadi `);
  if (hint) {
    const fromHint = `${doubt}; mengikuti format kolom (${conventionName(hint)}), `;
    return decimalConvention(last) === hint ? asDecimal(fromHint, hint) : asThousands(fromHint);
  }
  const thousands = conventionName(decimalConvention(other));
  const decimal = conventionName(decimalConvention(last));
  return fail(
    'ambiguous',
    `${doubt}: ${a}${b} bila ${sepName(last)} adalah pemisah ribuan (${thousands}), atau ${a},${b} bila ${sepName(last)} ` +
      `adalah pemisah desimal (${decimal}); format kolom perlu ditentukan dari sel lain`,
  );
}

/** Reads one cell's text. `hint` is the column's convention (see inferConvention) for `1.234`-like text. */
export function parseNumberText(text: string, hint?: Convention): NumberParse {
  return fastPath(text, hint) ?? parseGeneral(text, hint);
}

/** The general reader; exported so a test can hold the fast path equal to it. */
export function parseGeneral(text: string, hint?: Convention): NumberParse {
  const s = text.replace(/[\u200B-\u200D\u2060]/g, '').replace(/\s+/g, ' ').trim();
  if (s === '') return fail('empty', 'sel kosong');
  if (DASH_ONLY.test(s)) return fail('dash', `tanda «${s}» berarti tidak ada nilai, bukan nol`);
  const shape = splitShape(s);
  if ('ok' in shape) return shape;
  const reading = readSeparators(shape.core, shape, hint);
  if ('ok' in reading) return reading;
  const notes = [reading.reason, ...shape.notes];
  const proven = reading.convention === 'plain' ? (reading.frac ? 'en-US' : undefined) : reading.convention;
  if (hint && proven && proven !== hint && !reading.ambiguous) {
    notes.push(`berbeda dengan format kolom (${conventionName(hint)})`);
  }
  const magnitude = new Dec(reading.frac ? `${reading.int}.${reading.frac}` : reading.int);
  return {
    ok: true,
    value: shape.negative && !magnitude.isZero() ? magnitude.neg() : magnitude,
    percent: shape.percent,
    currency: shape.currency,
    ...(shape.unit !== undefined ? { unit: shape.unit } : {}),
    convention: reading.convention,
    ambiguous: reading.ambiguous,
    decimals: reading.frac.length,
    reason: notes.join('; '),
  };
}

/**
 * A numeric cell's value as Excel shows it: 15 significant digits, so binary noise
 * (80.49999999999999, 0.30000000000000004) becomes the number the user typed.
 */
export function decFromCellNumber(n: number): Dec {
  if (!Number.isFinite(n)) throw new RangeError(`nilai sel bukan bilangan hingga: ${n}`);
  if (n === 0) return new Dec(0); // also folds -0
  // Whole numbers below 10^15 already are what Excel shows; built from their digits without a text round trip.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return decFromWhole(n);
  return compactDigits(new Dec(n.toPrecision(15)));
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const BASE = 1e7; // decimal.js keeps digits in words of seven (LOG_BASE)

/**
 * A nonzero whole number below 10^15 as the Decimal `new Dec(n)` makes (same sign, exponent and digit words,
 * test/engine/number.fastpath.test.ts holds them equal), without the number-to-text-to-digits round trip
 * that cost about a third of checking a large table: rules read every rupiah cell several times.
 */
function decFromWhole(n: number): Dec {
  const x = Object.create(Dec.prototype) as { constructor: unknown; s: number; e: number; d: number[] };
  x.constructor = Dec;
  let v = n;
  if (v < 0) {
    v = -v;
    x.s = -1;
  } else x.s = 1;
  let e = 0;
  while (e < 15 && POW10[e + 1] <= v) e++;
  x.e = e;
  // At most 15 digits: one, two or three words, the first holding the leading (e + 1) mod 7 digits.
  // Trailing zero words are dropped, as decimal.js drops trailing zero digits.
  const lo = v % BASE;
  const rest = (v - lo) / BASE;
  if (e < 7) x.d = [v];
  else if (e < 14) x.d = lo ? [rest, lo] : [rest];
  else {
    const mid = rest % BASE;
    const hi = (rest - mid) / BASE;
    x.d = lo ? [hi, mid, lo] : mid ? [hi, mid] : [hi];
  }
  return x as unknown as Dec;
}

const PLAIN_INT = /^-?\d{1,15}$/;
const ID_DECIMAL = /^(-?\d{1,15}),(\d{1,2})$/;

/**
 * The two shapes that make up most cells of real tables ("150", "80,50"), read without the general
 * machinery. They give exactly the general reading (a test holds the two paths equal).
 */
function fastPath(text: string, hint?: Convention): NumberParse | undefined {
  if (PLAIN_INT.test(text)) {
    return { ok: true, value: new Dec(text).abs().isZero() ? new Dec(0) : new Dec(text), percent: false, currency: false, convention: 'plain', ambiguous: false, decimals: 0, reason: 'bilangan bulat tanpa pemisah' };
  }
  const m = ID_DECIMAL.exec(text);
  if (m && hint !== 'en-US') {
    return {
      ok: true, value: zeroFolded(new Dec(`${m[1]}.${m[2]}`)), percent: false, currency: false, convention: 'id-ID', ambiguous: false, decimals: m[2].length,
      reason: `koma diikuti ${m[2].length} angka, jadi koma sebagai pemisah desimal (format Indonesia)`,
    };
  }
  return undefined;
}

const zeroFolded = (x: Dec): Dec => (x.isZero() ? new Dec(0) : x);
