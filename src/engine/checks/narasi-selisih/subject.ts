/** Which table rows a sentence speaks about. */
import { numbersInText, contentWords, squeezeWords } from '../../narasi/prose';
import type { TextRow } from './rows';

/**
 * The rows a sentence names: by label (all content words present; the most specific label wins; two different
 * labels make it ambiguous) and by rupiah amounts equal to a budget row's pagu or realisasi.
 * `named` is false when the sentence names nothing (it then continues the previous subject).
 */
export function subjectOf(sentence: string, rows: TextRow[]): { named: boolean; rows: TextRow[] } {
  const words = new Set(contentWords(sentence));
  const flat = ` ${squeezeWords(sentence)} `;
  const full: TextRow[] = [];
  const cover: { b: TextRow; cov: number }[] = [];
  for (const b of rows) {
    if (b.words.length < 2) continue;
    const hit = b.words.filter(w => words.has(w)).length;
    const cov = hit / b.words.length;
    cover.push({ b, cov });
    if (cov === 1 && (b.words.length >= 3 || flat.includes(` ${squeezeWords(b.label)} `))) full.push(b);
  }
  let named = full.filter(b => !full.some(o => o.words.length > b.words.length && b.words.every(w => o.words.includes(w))));
  if (!named.length) {
    // A label with a typo or a dropped word: only when it is long and nothing else comes close.
    const near = cover.filter(x => x.cov >= 0.85 && x.b.words.length >= 6);
    const key = new Set(near.map(x => x.b.words.slice().sort().join(' ')));
    const rivals = cover.filter(x => x.cov >= 0.7 && !near.includes(x));
    if (key.size === 1 && !rivals.length) named = near.map(x => x.b);
  }
  // A sub kegiatan's indikator and its budget line are often named together: ambiguity only counts
  // between rows of the same kind (kinerja rows among themselves, budget rows among themselves).
  let ambiguous = false;
  const byLabel: TextRow[] = [];
  for (const kinerja of [true, false]) {
    const group = named.filter(b => !!b.capaian === kinerja);
    const labels = new Set(group.map(b => b.words.slice().sort().join(' ')));
    if (labels.size === 1) byLabel.push(...group);
    if (labels.size > 1) ambiguous = true;
  }

  const amounts = numbersInText(sentence).filter(n => !n.percent && !n.year && (n.rupiah || n.raw.split(/[.,]/).length >= 3) && n.value.gte(1000));
  const byAmount = amounts.length ? rows.filter(b => b.rupiah.some(x => amounts.some(a => a.value.eq(x)))) : [];
  const all = [...new Set([...byLabel, ...byAmount])];
  return { named: all.length > 0 || ambiguous, rows: all };
}
