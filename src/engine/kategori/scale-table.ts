/**
 * Reads a workbook's own "Rentang Capaian | Kategori" table into a KategoriScale.
 * Range texts are written in many ways ("85%≤ capaian < 100%", "Diatas 70 % sampai dengan 80 %", "91 ke atas",
 * "> 80 – 90", "76 s/d 90 %", "91 % ≤ 100 %"); each is reduced to tokens (number, comparison, range dash) and read
 * as constraints. Bands are kept as written, gaps included: classify() decides gaps, and the table's notes say so.
 *
 * Readings that the text alone does not settle, decided here once:
 * - "91 % ≤ 100 %" (one sign between two numbers, the variable left out) is 91 ≤ x ≤ 100: the sign belongs to the
 *   edge beside the first number, the far edge is inclusive as in "76 – 90". "90 < 100" is 90 < x ≤ 100.
 * - A lone number ("100") is exactly that value, unless the table lists two or more lone numbers in descending
 *   order (91 / 76 / 66 / 51): those are lower bounds, each band running up to the next band's lower edge.
 * - "Sangat Tinggi (≥ 91%)": a range printed inside the label is the band's range when the range cell is empty,
 *   and is taken out of the label in every case, so the label compares equal to "Sangat Tinggi" in the tables.
 */
import { lexicon } from '../../lexicon';
import { Dec } from '../decimal';
import { formatId } from '../number';
import { bandText, inBand, type KategoriScale, type ScaleBand } from './scale';

type Op = '<' | '≤' | '>' | '≥';
type Token = { t: 'num'; v: Dec } | { t: 'op'; v: Op } | { t: 'dash' } | { t: 'up' } | { t: 'down' };

/**
 * Phrases that mean a comparison or a range, longest first so "lebih dari atau sama dengan" beats "lebih dari";
 * the phrases and their order are the lexicon's "scalePhrases".
 */
const PHRASES: [RegExp, string][] = lexicon.scalePhrases;

function normalize(text: string): string {
  let s = text.toLowerCase();
  s = s.replace(/<=|=<|⩽|≦/g, '≤').replace(/>=|=>|⩾|≧/g, '≥');
  for (const [re, rep] of PHRASES) s = s.replace(re, rep);
  return s.replace(/%|\bpersen\b/g, ' ');
}

function tokenize(text: string): { tokens: Token[]; bad?: string } {
  const s = normalize(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const prev = tokens[tokens.length - 1];
    const num = /^\d+(?:[.,]\d+)?/.exec(s.slice(i));
    // A minus directly before a digit is a sign when nothing numeric precedes it ("< -20"), else a range dash.
    const signed = (ch === '-' || ch === '−') && /\d/.test(s[i + 1] ?? '') && (!prev || prev.t === 'op' || prev.t === 'dash');
    if (num || signed) {
      const m = /^[-−]?\d+(?:[.,]\d+)?/.exec(s.slice(i))!;
      tokens.push({ t: 'num', v: new Dec(m[0].replace('−', '-').replace(',', '.')) });
      i += m[0].length;
    } else if (ch === '<' || ch === '>' || ch === '≤' || ch === '≥') {
      tokens.push({ t: 'op', v: ch });
      i++;
    } else if (ch === '-' || ch === '–' || ch === '—' || ch === '−' || ch === '~') {
      tokens.push({ t: 'dash' });
      i++;
    } else if (ch === '⇑' || ch === '⇓') {
      tokens.push({ t: ch === '⇑' ? 'up' : 'down' });
      i++;
    } else if (ch === '=') {
      return { tokens, bad: 'tanda "=" tanpa pembanding' };
    } else {
      // Words (capaian, x, c, nilai, realisasi …), spaces and punctuation name the variable or are filler.
      i++;
    }
  }
  return { tokens };
}

interface Bounds {
  min?: Dec;
  minInclusive: boolean;
  max?: Dec;
  maxInclusive: boolean;
}

/**
 * Reads one range text; returns the bounds or the reason (Indonesian) it cannot be read. `single` marks a text that
 * is one number and nothing else, which a table of such numbers may read as lower bounds (see scaleFromTable).
 */
export function parseRangeText(text: string): { bounds: Bounds; single?: true } | { problem: string } {
  const { tokens, bad } = tokenize(text);
  if (bad) return { problem: bad };
  if (tokens.length === 0) return { problem: 'tidak memuat angka' };

  const b: Bounds = { minInclusive: false, maxInclusive: false };
  const setMin = (v: Dec, incl: boolean) => {
    if (b.min !== undefined) return false;
    b.min = v;
    b.minInclusive = incl;
    return true;
  };
  const setMax = (v: Dec, incl: boolean) => {
    if (b.max !== undefined) return false;
    b.max = v;
    b.maxInclusive = incl;
    return true;
  };
  /** "OP n" with the variable on the left: "x > 90", "< 50". */
  const prefix = (op: Op, v: Dec) => (op === '>' || op === '≥' ? setMin(v, op === '≥') : setMax(v, op === '≤'));
  /** "n OP" with the variable on the right: "85 ≤ x", "91 % ≤". */
  const suffix = (v: Dec, op: Op) => (op === '<' || op === '≤' ? setMin(v, op === '≤') : setMax(v, op === '≥'));

  const at = (k: number) => tokens[k];
  let k = 0;
  while (k < tokens.length) {
    const a = at(k);
    const n1 = at(k + 1);
    if (a.t === 'op' && n1?.t === 'num') {
      if (at(k + 2)?.t === 'dash') {
        // "> 80 – 90", "≥ 85 – < 100": the operator qualifies the lower bound.
        const r = range(a.v, n1.v, k + 3);
        if ('problem' in r) return r;
        k = r.next;
      } else {
        if (!prefix(a.v, n1.v)) return { problem: 'batas ganda' };
        k += 2;
      }
    } else if (a.t === 'num') {
      if (n1?.t === 'dash') {
        const r = range(undefined, a.v, k + 2);
        if ('problem' in r) return r;
        k = r.next;
      } else if (n1?.t === 'op') {
        const n2 = at(k + 2);
        if (n2?.t === 'num') {
          // "91 % ≤ 100 %": the variable is left out between the two numbers.
          const r = between(a.v, n1.v, n2.v);
          if ('problem' in r) return r;
          k += 3;
        } else {
          if (!suffix(a.v, n1.v)) return { problem: 'batas ganda' };
          k += 2;
        }
      } else if (n1?.t === 'up' || n1?.t === 'down') {
        if (!(n1.t === 'up' ? setMin(a.v, true) : setMax(a.v, true))) return { problem: 'batas ganda' };
        k += 2;
      } else if (n1 === undefined && k === 0) {
        // A lone number is an exact value ("100"); scaleFromTable may read a column of them as lower bounds.
        setMin(a.v, true);
        setMax(a.v, true);
        return { bounds: b, single: true };
      } else {
        return { problem: 'angka tanpa tanda pembanding' };
      }
    } else {
      return { problem: 'susunan tanda pembanding tidak dikenali' };
    }
  }

  /** "a OP b" with no variable: the sign is the edge beside a, the far edge b is inclusive. */
  function between(a: Dec, op: Op, z: Dec): { ok: true } | { problem: string } {
    const rising = op === '<' || op === '≤';
    if (rising ? a.gt(z) : a.lt(z)) return { problem: 'arah tanda pembanding tidak sesuai dengan urutan angka' };
    const ok = rising ? setMin(a, op === '≤') && setMax(z, true) : setMax(a, op === '≥') && setMin(z, true);
    return ok ? { ok: true } : { problem: 'batas ganda' };
  }

  function range(op1: Op | undefined, lo: Dec, k2: number): { next: number } | { problem: string } {
    let op2: Op | undefined;
    let p = k2;
    const t = at(p);
    if (t?.t === 'op') {
      op2 = t.v;
      p++;
    }
    const hiTok = at(p);
    if (hiTok?.t !== 'num') return { problem: 'rentang tanpa batas atas' };
    if (op1 === '<' || op1 === '≤' || op2 === '>' || op2 === '≥') return { problem: 'arah tanda pembanding pada rentang tidak sesuai' };
    let minV = lo;
    let minIncl = op1 !== '>';
    let maxV = hiTok.v;
    let maxIncl = op2 !== '<';
    if (minV.gt(maxV)) {
      // Written high-to-low ("100 – 85"): swap the ends.
      [minV, maxV] = [maxV, minV];
      [minIncl, maxIncl] = [maxIncl, minIncl];
    }
    if (!setMin(minV, minIncl) || !setMax(maxV, maxIncl)) return { problem: 'batas ganda' };
    return { next: p + 1 };
  }

  if (b.min !== undefined && b.max !== undefined && (b.min.gt(b.max) || (b.min.eq(b.max) && !(b.minInclusive && b.maxInclusive)))) {
    return { problem: 'batas bawah melebihi batas atas' };
  }
  return { bounds: b };
}

/** Two bands overlap when some value lies in both; checked at the edges and midpoints of their intersection. */
function overlap(a: ScaleBand, b: ScaleBand): boolean {
  const lo = a.min === undefined ? b.min : b.min === undefined ? a.min : Dec.max(a.min, b.min);
  const hi = a.max === undefined ? b.max : b.max === undefined ? a.max : Dec.min(a.max, b.max);
  const probes: Dec[] = [];
  if (lo) probes.push(lo);
  if (hi) probes.push(hi);
  if (lo && hi) probes.push(lo.plus(hi).div(2));
  if (!lo && !hi) return true;
  if (!lo) probes.push(hi!.minus(1));
  if (!hi) probes.push(lo!.plus(1));
  return probes.some((v) => inBand(a, v) && inBand(b, v));
}

/** A number in a note, as the reader writes it (90,01; 100). */
const angka = (x: Dec) => formatId(x);

/**
 * "Sangat Tinggi (≥ 91%)" → label "Sangat Tinggi", range "≥ 91%"; also "≥ 91% (Sangat Tinggi)" and
 * "Sangat Tinggi: ≥ 91%". Undefined when the text is not a label and a range together ("Baik (B)", "76 - 90").
 */
export function splitLabelRange(text: string): { label: string; range: string } | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 200) return undefined;
  const isLabel = (x: string) => /\p{L}/u.test(x) && !/\d/.test(x);
  const paren = /^([^()[\]]*)[([]([^()[\]]*)[)\]]([^()[\]]*)$/.exec(t);
  if (paren) {
    const outside = `${paren[1]} ${paren[3]}`.trim();
    const inside = paren[2].trim();
    if (/\d/.test(inside) && isLabel(outside)) return { label: outside, range: inside };
    if (/\d/.test(outside) && isLabel(inside)) return { label: inside, range: outside };
    return undefined;
  }
  // "Capaian: ≥ 85" and "x = 91 - 100" name the variable, not a kategori.
  const colon = /^([^:=]+?)\s*[:=]\s*([^:=]+)$/.exec(t);
  const variable = lexicon.words.scaleVariable;
  if (colon && isLabel(colon[1]) && !variable.test(colon[1].trim()) && /\d/.test(colon[2])) return { label: colon[1].trim(), range: colon[2].trim() };
  return undefined;
}

export interface ScaleFromTable {
  scale?: KategoriScale;
  /** Lines that could not be used, or that clash (Indonesian). */
  problems: string[];
  /** How the table was read where a reader could hesitate: gaps, open ends, lone numbers (Indonesian). */
  notes: string[];
}

export function scaleFromTable(lines: { range: string; label: string }[], name = 'Skala kategori dari tabel lembar kerja'): ScaleFromTable {
  const problems: string[] = [];
  const notes: string[] = [];
  const read: { where: string; range: string; band: ScaleBand; single: boolean }[] = [];
  lines.forEach((line, n) => {
    let range = (line.range ?? '').trim();
    let label = (line.label ?? '').replace(/\s+/g, ' ').trim();
    const inLabel = splitLabelRange(label);
    if (inLabel) {
      label = inLabel.label;
      if (!range) range = inLabel.range;
    } else if (!label) {
      const inRange = splitLabelRange(range);
      if (inRange) ({ label, range } = inRange);
    }
    if (!range && !label) return;
    const where = `Baris ${n + 1}`;
    if (!label) {
      problems.push(`${where}: rentang "${range}" tidak memiliki nama kategori; baris diabaikan.`);
      return;
    }
    const r = parseRangeText(range);
    if ('problem' in r) {
      problems.push(`${where}: rentang "${range}" untuk kategori "${label}" tidak dapat dibaca (${r.problem}); baris diabaikan.`);
      return;
    }
    read.push({ where, range, band: { label, ...r.bounds }, single: !!r.single });
  });

  const singles = read.filter((x) => x.single);
  if (singles.length >= 2 && singles.every((x, i) => i === 0 || x.band.min!.lt(singles[i - 1].band.min!))) {
    // 91 / 76 / 66 / 51 listed best first: lower bounds, each band up to the lowest lower edge above it.
    for (const x of singles) {
      const v = x.band.min!;
      let up: ScaleBand | undefined;
      for (const o of read) if (o !== x && o.band.min !== undefined && o.band.min.gt(v) && (!up || o.band.min.lt(up.min!))) up = o.band;
      x.band = { label: x.band.label, min: v, minInclusive: true, max: up?.min, maxInclusive: up ? !up.minInclusive : false };
    }
    notes.push(
      `Rentang yang ditulis sebagai satu angka (${singles.map((x) => angka(x.band.min!)).join('; ')}) dibaca sebagai batas bawah: ` +
        'setiap kategori berlaku mulai angkanya sampai sebelum batas bawah kategori di atasnya.',
    );
  }

  const bands: ScaleBand[] = [];
  for (const { where, range, band } of read) {
    const clash = bands.find((b) => overlap(b, band));
    if (clash) {
      problems.push(
        `${where}: rentang "${range}" (${band.label}) tumpang tindih dengan ${bandText(clash)} (${clash.label}); nilai yang masuk keduanya diberi kategori yang tercantum lebih dahulu.`,
      );
    }
    bands.push(band);
  }
  if (bands.length === 0) {
    problems.push('Tidak ada rentang kategori yang dapat dibaca; skala tidak dibentuk.');
    return { problems, notes };
  }
  notes.push(...coverageNotes(bands));
  const id = 'workbook:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { scale: { id, name, bands, source: 'workbook' }, problems, notes };
}

/**
 * What the bands leave uncovered, in words: the gaps between bands (90 < x < 91 in integer tables) and the open
 * ends. classify() puts such values in the nearest band below (or the lowest band); these notes say so up front.
 */
export function coverageNotes(bands: ScaleBand[]): string[] {
  const byMin = [...bands].sort((a, b) => {
    if (a.min === undefined || b.min === undefined) return a.min === undefined ? (b.min === undefined ? 0 : -1) : 1;
    return a.min.cmp(b.min) || (a.minInclusive === b.minInclusive ? 0 : a.minInclusive ? -1 : 1);
  });
  const gaps: string[] = [];
  // The highest edge covered so far by the bands already walked; undefined max = covered to +∞.
  let top: { v: Dec; incl: boolean } | 'inf' | undefined;
  for (const b of byMin) {
    if (top !== undefined && top !== 'inf' && b.min !== undefined) {
      const open = top.v.lt(b.min) || (top.v.eq(b.min) && !top.incl && !b.minInclusive);
      if (open) {
        gaps.push(
          top.v.eq(b.min)
            ? `x = ${angka(b.min)}`
            : `${angka(top.v)} ${top.incl ? '<' : '≤'} x ${b.minInclusive ? '<' : '≤'} ${angka(b.min)}`,
        );
      }
    }
    if (top === 'inf') continue;
    if (b.max === undefined) top = 'inf';
    else if (top === undefined || b.max.gt(top.v) || (b.max.eq(top.v) && b.maxInclusive)) top = { v: b.max, incl: b.maxInclusive };
  }
  const notes: string[] = [];
  if (gaps.length) {
    notes.push(
      `Rentang skala tidak bersambung; celah: ${gaps.join('; ')}. Capaian yang jatuh di celah dimasukkan ke kategori terdekat di bawahnya, dan temuannya menyebut hal itu.`,
    );
  }
  const first = byMin[0];
  if (top !== 'inf' && top !== undefined) {
    const highest = [...bands].filter((b) => b.max !== undefined && b.max.eq(top.v)).pop()!;
    notes.push(
      `Tidak ada rentang untuk capaian ${top.incl ? `di atas ${angka(top.v)}` : `${angka(top.v)} ke atas`}; capaian tersebut dimasukkan ke kategori tertinggi (${highest.label}).`,
    );
  }
  if (first.min !== undefined && first.min.gt(0)) {
    notes.push(
      `Tidak ada rentang untuk capaian ${first.minInclusive ? `di bawah ${angka(first.min)}` : `${angka(first.min)} ke bawah`}; capaian tersebut dimasukkan ke kategori terendah (${first.label}).`,
    );
  }
  return notes;
}
