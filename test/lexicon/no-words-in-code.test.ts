import * as fs from 'fs';
import * as path from 'path';
import { lexicon } from '../../src/lexicon';

/**
 * The vocabulary lives in src/lexicon/lexicon.json, each word with its source. This test fails when a word list is
 * written into the code instead: a regular-expression literal in src/layout, src/engine or the code that shows
 * their results (usecase, task pane, ribbon) with three or more alternatives that are words.
 */
const SRC = path.join(__dirname, '..', '..', 'src');

/** The .ts / .tsx files under a folder of src, as paths relative to src ("engine/checks/scope.ts"). */
function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(SRC, folder), { withFileTypes: true }).flatMap(e => {
    const rel = `${folder}/${e.name}`;
    return e.isDirectory() ? sourceFiles(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Regular-expression literals after an operator, a bracket or `return` (not divisions), with their line numbers. */
export function regexLiterals(source: string): { line: number; re: string }[] {
  const found: { line: number; re: string }[] = [];
  const literal = /(^|[=(,:!&|?{};]|\breturn)\s*(\/(?![*/])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuy]*)/g;
  source.split('\n').forEach((text, i) => {
    const code = text.replace(/^\s*(\/\/|\*|\/\*).*$/, '');
    for (const m of code.matchAll(literal)) found.push({ line: i + 1, re: m[2] });
  });
  return found;
}

/** Alternatives of a pattern that hold a word (two letters or more once escapes and character classes are gone). */
export function wordAlternatives(re: string): string[] {
  const body = re.slice(1, re.lastIndexOf('/')).replace(/\\./g, ' ').replace(/\[[^\]]*\]/g, ' ');
  return body.split('|').filter(alt => /[a-z]{2,}/i.test(alt));
}

/**
 * Patterns that may stay in code, each with why. Keys are "file (relative to src): pattern". Role names and
 * formula ids are the code's own identifiers, not words of a report; every list of report words is in the lexicon.
 */
const ALLOWED: Record<string, string> = {
  'engine/anggaran.ts: /^(?:realisasi|persen)(_kontrak|_sp2d|_spm|_spp|_komitmen|_lain)$/': 'role names of the spending stages (lexicon "spendingStages" gives the words)',
  'engine/checks/angka-teks.ts: /^(target|realisasi|capaian|pagu|pagu_murni|persen|sisa|persen_sisa|selisih|persen_selisih|lebih|target_kas|fisik|serapan|efisiensi|koefisien|harga|jumlah)(_\\d{4})?$/': 'role names of numeric columns',
  'engine/compute.ts: /^capaian(_\\d{4}|_tw[1-4]|_renstra|_tahunan)?$/': 'role names of capaian columns',
  'engine/narasi/efisiensi.ts: /^(sisa|selisih|rasio|pmk):/': 'formula ids the engine writes ("sisa:…")',
};

describe('no word lists in src/layout outside the lexicon', () => {
  it('finds regex literals and counts their word alternatives (the detector itself)', () => {
    const src = "const A = /\\b(kenaikan|penurunan|naik)\\b/i;\nconst half = x / 2 / 3;\n// /a|b|c/ in a comment\nif (/^\\s*([1-4]|i{1,3}|iv)\\s*$/i.test(t)) return;";
    const lits = regexLiterals(src);
    expect(lits.map(l => l.re)).toEqual(['/\\b(kenaikan|penurunan|naik)\\b/i', '/^\\s*([1-4]|i{1,3}|iv)\\s*$/i']);
    expect(wordAlternatives(lits[0].re)).toEqual([' (kenaikan', 'penurunan', 'naik) ']);
    // Roman numerals and digits are not words a report prints as vocabulary: one alternative ("iv").
    expect(wordAlternatives(lits[1].re)).toHaveLength(1);
  });

  it.each(['layout', 'engine', 'usecase', 'taskpane', 'commands'])('src/%s holds no regex literal with three or more word alternatives', folder => {
    const offenders: string[] = [];
    for (const file of sourceFiles(folder)) {
      const source = fs.readFileSync(path.join(SRC, file), 'utf8');
      for (const { line, re } of regexLiterals(source)) {
        if (wordAlternatives(re).length >= 3 && !(`${file}: ${re}` in ALLOWED)) offenders.push(`src/${file}:${line} ${re}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('allows only patterns that are still in the code', () => {
    const present = Object.keys(ALLOWED).filter(key => {
      const [file, re] = [key.slice(0, key.indexOf(': ')), key.slice(key.indexOf(': ') + 2)];
      return regexLiterals(fs.readFileSync(path.join(SRC, file), 'utf8')).some(l => l.re === re);
    });
    expect(present).toEqual(Object.keys(ALLOWED));
  });

  it('reads the moved lists from the lexicon with the same meaning they had in code', () => {
    const w = lexicon.words;
    expect(w.previousPeriod.test('Realisasi s/d Bln Lalu')).toBe(true);
    expect(w.previousPeriod.test('Realisasi s.d. Triwulan Lalu')).toBe(true);
    expect(w.previousPeriod.test('Realisasi s.d. Triwulan Ini')).toBe(false);
    expect(w.change.test('Kenaikan/(Penurunan)')).toBe(true);
    expect(w.change.test('Efisiensi')).toBe(false);
    expect(w.money.test('Realisasi Anggaran (Rp)')).toBe(true);
    expect(w.kinerja.test('Target Kinerja')).toBe(true);
    expect(w.renstra.test('Target Resntra akhir periode')).toBe(true);
    expect(w.fiscalYear.exec('LAPORAN KINERJA TAHUN ANGGARAN 2025')?.[1]).toBe('2025');
    expect(w.quarterLabel.test('TW III')).toBe(true);
    expect(w.scaleLabelHeader.test('kategori capaian')).toBe(true);
    expect(lexicon.titleWords.perjanjian_kinerja.test('perjanjian kinerja tahun 2024')).toBe(true);
  });

  it('orders the spending stages so a contract column is never read as the payment', () => {
    const stageOf = (header: string) => lexicon.spendingStages.find(s => s.re.test(header.toLowerCase()))?.stage ?? 'lain';
    expect(stageOf('Realisasi Kontrak')).toBe('kontrak');
    expect(stageOf('Realisasi SP2D')).toBe('sp2d');
    expect(stageOf('Nilai SPM')).toBe('spm');
    expect(stageOf('Realisasi Keuangan')).toBe('lain');
    expect(lexicon.spendingStages.filter(s => s.beforePayment).map(s => s.stage).sort()).toEqual(['komitmen', 'kontrak', 'spm', 'spp']);
  });

  it('keeps the unit and kategori words the engine reads', () => {
    const w = lexicon.words;
    expect(w.levelUnit.test('Indeks')).toBe(true);
    expect(w.levelUnit.test('Dokumen')).toBe(false);
    expect(w.countedNoun.exec('Jumlah dokumen perencanaan')?.[1]).toBe('dokumen');
    expect(w.percentWord.test('persen') && w.currencyWord.test('Rp.')).toBe(true);
    expect(w.figureKind.test('Nilai') && !w.figureKind.test('Orang')).toBe(true);
    const rank = (label: string) => lexicon.kategoriRanks.find(r => r.re.test(label))?.rank;
    expect([rank('sangatbaik'), rank('baik'), rank('cukup'), rank('kurang'), rank('sangatrendah')]).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the narasi, scope and scale-band phrases in their order', () => {
    const w = lexicon.words;
    expect(w.unitLabel.exec('SKPD : Dinas Kesehatan')?.[1]).toBe('Dinas Kesehatan');
    expect([...'Triwulan IV tahun anggaran 2023'.matchAll(w.scopeYear)].map(m => m[1])).toEqual(['2023']);
    expect(w.narasiStatedAs.test(' adalah sebesar rp ')).toBe(true);
    // Longest first: "lebih dari atau sama dengan" is ≥, not > followed by words.
    const band = lexicon.scalePhrases.reduce((s, [re, to]) => s.replace(re, to), 'lebih dari atau sama dengan 91');
    expect(band.replace(/\s+/g, ' ').trim()).toBe('≥ 91');
    expect(lexicon.scalePhrases.every(([re]) => re.global)).toBe(true);
  });

  it('keeps the task pane from giving a polarity to total and period rows', () => {
    expect(lexicon.words.totalOnlyLabel.test('Rata-rata capaian kinerja')).toBe(true);
    expect(lexicon.words.totalOnlyLabel.test('Jumlah pengaduan yang ditindaklanjuti')).toBe(false);
    expect(lexicon.words.periodLabel.test('TW III')).toBe(true);
  });
});
