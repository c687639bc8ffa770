import * as path from 'path';
import { Dec } from '../../src/engine/decimal';
import { generateNarasi, type NarasiParagraph } from '../../src/engine/narasi/generate';
import { roundHalfUp } from '../../src/engine/rounding';
import { evaluateWorkbook, type Evaluation } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { checkRecorded, CORPUS, corpusFiles, numbersInText } from './helpers';

/**
 * Every sentence generated for the corpus is read back: each number in it must be one the paragraph recorded
 * (at the decimals shown), and each recorded number must be an engine value (a cell read, a recomputed value,
 * or a difference/mean/percentage/count of those, or a year of the table's title or header).
 * No sentence may state a number the engine did not produce.
 */
/** Every number of every paragraph that is not an engine value, as readable lines. */
function problemsOf(ev: Evaluation, paragraphs: NarasiParagraph[]): string[] {
  const problems: string[] = [];
  for (const p of paragraphs) {
    for (const n of p.numbers) {
      const why = checkRecorded(ev, p, n);
      if (why) problems.push(`${p.sheet}!${p.cell}: ${why}`);
    }
    for (const shown of numbersInText(p.text)) {
      const hit = p.numbers.some(n => roundHalfUp(new Dec(n.value), shown.decimals).eq(shown.value));
      if (!hit) problems.push(`${p.sheet}!${p.cell}: «${shown.raw}» tidak tercatat: ${p.text}`);
    }
  }
  return problems;
}

describe.each(corpusFiles())('Narasi for %s', file => {
  let ev: Evaluation;
  let paragraphs: NarasiParagraph[];
  beforeAll(async () => {
    ev = evaluateWorkbook(await readXlsxFile(path.join(CORPUS, file)), DEFAULT_SETTINGS);
    paragraphs = generateNarasi(ev);
  });

  it('writes a paragraph for the recognised kinerja and anggaran rows', () => {
    expect(paragraphs.length).toBeGreaterThan(5);
    const kinds = new Set(paragraphs.map(p => p.kind));
    expect(kinds.has('indikator')).toBe(true);
    expect(kinds.has('anggaran')).toBe(true);
  });

  it('states no number the engine did not produce', () => {
    expect(problemsOf(ev, paragraphs)).toEqual([]);
  });

  it('would notice a number typed into a sentence or recorded wrongly (the re-reading is not vacuous)', () => {
    const p = paragraphs.find(x => x.kind === 'indikator' && /capaian [\d.,]+%/.test(x.text))!;
    const typed = { ...p, text: p.text.replace(/capaian ([\d.,]+)%/, 'capaian 91,09%') };
    const wrong = { ...p, numbers: p.numbers.map(n => (n.metric === 'capaian_kinerja' ? { ...n, value: '91.09' } : n)) };
    expect(problemsOf(ev, [typed]).length).toBeGreaterThan(0);
    expect(problemsOf(ev, [wrong]).length).toBeGreaterThan(0);
  });

  it('leaves no slot unfilled and writes formal sentences', () => {
    for (const p of paragraphs) {
      expect(p.text).not.toMatch(/[{}]|undefined|NaN|\s{2}|\.\./);
      expect(p.text).toMatch(/^[A-Z]/);
      expect(p.text.trim().endsWith('.')).toBe(true);
    }
  });

  it('says a change of capaian in poin persentase and never calls a kategori the table did not compute', () => {
    for (const p of paragraphs) {
      if (/capaian indikator ini (naik|turun)/.test(p.text)) expect(p.text).toMatch(/sebesar [\d.,]+ poin persentase \(dari [\d.,]+% menjadi [\d.,]+%\)/);
      expect(p.text).not.toMatch(/(naik|turun) sebesar [\d.,]+%/);
    }
  });

  it('claims efisiensi only at capaian of one hundred percent or more', () => {
    for (const p of paragraphs.filter(x => x.kind === 'efisiensi')) {
      const cap = p.numbers.find(n => n.metric === 'capaian_kinerja');
      if (cap && new Dec(cap.value).lt(100)) {
        expect(p.text).toMatch(/efisiensi belum dapat diklaim/);
        expect(p.numbers.some(n => n.metric === 'efisiensi')).toBe(false);
      }
    }
  });
});
