import data from '../../src/lexicon/lexicon.json';
import { compileLexicon, validateLexicon } from '../../src/lexicon';

/** A deep copy of the data file to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const copy = (): any => JSON.parse(JSON.stringify(data));

describe('the word lists, spending stages, scale phrases and kategori ranks of lexicon.json', () => {
  it('every list names a source the sources list describes', () => {
    const d = copy();
    delete d.wordLists.change.source;
    d.wordLists.money.source = ['Laporan X'];
    expect(validateLexicon(d)).toEqual(['wordLists.money: unknown source "Laporan X"', 'wordLists.change: no source']);
  });

  it('refuses a flag that makes a match depend on the previous one, and a pattern that does not compile', () => {
    const d = copy();
    d.wordLists.renstra.flags = 'iy';
    d.wordLists.kinerja.pattern = '\\b(kinerja|fisik';
    const problems = validateLexicon(d);
    expect(problems[0]).toBe('wordLists.renstra: flags must be some of g, i, m, s, u');
    expect(problems[1]).toMatch(/^wordLists\.kinerja: pattern \/\\b\(kinerja\|fisik\/ does not compile/);
  });

  it('refuses a list that matches empty text unless it says it may', () => {
    const d = copy();
    d.wordLists.caption.pattern = '(tabel)?';
    delete d.wordLists.narasiStatedAs.matchesEmpty;
    expect(validateLexicon(d)).toEqual([
      'wordLists.caption: pattern /(tabel)?/ matches empty text',
      'wordLists.narasiStatedAs: pattern /^\\s*(adalah\\s+)?(sebesar|sebanyak|yaitu|:)?\\s*(rp\\.?\\s*)?$/ matches empty text',
    ]);
  });

  it('refuses a spending stage that could not be a role suffix, a rank below the top, a phrase without its sign', () => {
    const d = copy();
    d.spendingStages.stages[0].stage = 'Kontrak Kerja';
    d.kategoriRanks.ranks[0].rank = -1;
    delete d.scalePhrases.phrases[0].replacement;
    expect(validateLexicon(d)).toEqual([
      'spendingStages.stages[0]: stage must be one lower-case word (it becomes a role suffix)',
      'scalePhrases.phrases[0]: no replacement',
      'kategoriRanks.ranks[0]: rank must be a whole number from 0 (the top band)',
    ]);
  });

  it('a word added to the data is read without touching code', () => {
    const d = copy();
    expect(compileLexicon(d).words.change.test('Selisih 2022-2023')).toBe(false);
    d.wordLists.change.pattern = d.wordLists.change.pattern.replace('delta', 'delta|selisih');
    expect(compileLexicon(d).words.change.test('Selisih 2022-2023')).toBe(true);
  });
});
