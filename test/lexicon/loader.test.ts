import * as fs from 'fs';
import * as path from 'path';
import { compileLexicon, lexicon } from '../../src/lexicon';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader: (source: string) => string = require('../../scripts/lexicon-loader.js');

/** The add-in's copy of the lexicon (webpack, scripts/lexicon-loader.js) leaves out the notes, never a word. */
describe('the lexicon the add-in ships', () => {
  const raw = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'lexicon', 'lexicon.json'), 'utf8');
  const shipped = JSON.parse(loader(raw));

  it('holds no notes for maintainers, and is smaller by them', () => {
    const keys = new Set<string>();
    JSON.stringify(shipped, (k, v) => (keys.add(k), v));
    expect([...keys].filter(k => k === 'note' || k === 'usedBy' || k.startsWith('$') || k.endsWith('Note'))).toEqual([]);
    expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(JSON.parse(raw)).length * 0.8);
  });

  it('compiles to the same vocabulary: every pattern, flag, source and order', () => {
    const a = compileLexicon(shipped);
    const flat = (l: typeof lexicon) => JSON.stringify(l, (_, v) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v instanceof Set ? [...v] : v));
    expect(flat(a)).toBe(flat(lexicon));
  });
});
