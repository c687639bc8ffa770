/**
 * Reads a workbook's own "Rentang Capaian | Kategori" table into a KategoriScale.
 * Range texts are written in many ways ("85%≤ capaian < 100%", "Diatas 70 % sampai dengan 80 %", "91 ke atas",
 * "> 80 – 90", "76 - 90"); each is reduced to tokens (number, comparison, range dash) and read as constraints.
 * Bands are kept as written, gaps included: classify() decides gaps.
 */
import { Dec } from '../decimal';
import { bandText, inBand, type KategoriScale, type ScaleBand } from './scale';

type Op = '<' | '≤' | '>' | '≥';
type Token = { t: 'num'; v: Dec } | { t: 'op'; v: Op } | { t: 'dash' } | { t: 'up' } | { t: 'down' };

/** Phrases that mean a comparison or a range, longest first so "lebih dari atau sama dengan" beats "lebih dari". */
const PHRASES: [RegExp, string][] = [
  [/lebih\s+(?:besar\s+)?dari\s+atau\s+sama\s+dengan|sama\s+dengan\s+atau\s+lebih\s+(?:besar\s+)?dari/g, ' ≥ '],
  [/kurang\s+dari\s+atau\s+sama\s+dengan|lebih\s+kecil\s+(?:dari\s+)?atau\s+sama\s+dengan|sama\s+dengan\s+atau\s+kurang\s+dari/g, ' ≤ '],
  [/\b(?:minimal|minimum|paling\s+sedikit|paling\s+rendah|sekurang[\s-]+kurangnya)\b/g, ' ≥ '],
  [/\b(?:maksimal|maksimum|paling\s+banyak|paling\s+tinggi|setinggi[\s-]+tingginya|tidak\s+lebih\s+dari)\b/g, ' ≤ '],
  [/\b(?:lebih\s+besar\s+dari(?:pada)?|lebih\s+dari|di\s*atas|melebihi)\b/g, ' > '],
  [/\b(?:lebih\s+kecil\s+dari(?:pada)?|kurang\s+dari|di\s*bawah)\b/g, ' < '],
  [/\bke\s*atas\b/g, ' ⇑ '],
  [/\bke\s*bawah\b/g, ' ⇓ '],
  [/\bsampai\s+dengan\b|\bs\s*\.\s*d\s*\.?|\bs\s*\/\s*d\b|\bsd\b|\bsampai\b|\bhingga\b|\bto\b/g, ' – '],
  [/\bantara\b(.*?)\bdan\b/g, ' $1 – '],
  [/\bdan\b/g, ' '],
];

function normalize(text: string): string {
  let s = text.toLowerCase();
  s = s.replace(/<=|=<|⩽/g, '≤').replace(/>=|=>|⩾/g, '≥');
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

/** Reads one range text; returns the bounds or the reason (Indonesian) it cannot be read. */
export function parseRangeText(text: string): { bounds: Bounds } | { problem: string } {
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
        if (at(k + 2)?.t === 'num') return { problem: 'tidak jelas batas mana yang dimaksud (dua angka tanpa nama variabel)' };
        if (!suffix(a.v, n1.v)) return { problem: 'batas ganda' };
        k += 2;
      } else if (n1?.t === 'up' || n1?.t === 'down') {
        if (!(n1.t === 'up' ? setMin(a.v, true) : setMax(a.v, true))) return { problem: 'batas ganda' };
        k += 2;
      } else if (n1 === undefined && k === 0) {
        // A lone number is an exact value ("100").
        setMin(a.v, true);
        setMax(a.v, true);
        k += 1;
      } else {
        return { problem: 'angka tanpa tanda pembanding' };
      }
    } else {
      return { problem: 'susunan tanda pembanding tidak dikenali' };
    }
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

export function scaleFromTable(
  lines: { range: string; label: string }[],
  name = 'Skala kategori dari tabel lembar kerja',
): { scale?: KategoriScale; problems: string[] } {
  const problems: string[] = [];
  const bands: ScaleBand[] = [];
  lines.forEach((line, n) => {
    const range = (line.range ?? '').trim();
    const label = (line.label ?? '').replace(/\s+/g, ' ').trim();
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
    const band: ScaleBand = { label, ...r.bounds };
    const clash = bands.find((b) => overlap(b, band));
    if (clash) {
      problems.push(
        `${where}: rentang "${range}" (${label}) tumpang tindih dengan ${bandText(clash)} (${clash.label}); nilai yang masuk keduanya diberi kategori yang tercantum lebih dahulu.`,
      );
    }
    bands.push(band);
  });
  if (bands.length === 0) {
    problems.push('Tidak ada rentang kategori yang dapat dibaca; skala tidak dibentuk.');
    return { problems };
  }
  const id = 'workbook:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { scale: { id, name, bands, source: 'workbook' }, problems };
}
