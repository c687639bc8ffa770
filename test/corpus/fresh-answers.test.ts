import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeAnswers, itHasHeldOutShape, type ChecksFile, type Expected } from '../helpers/heldout-answers';

/**
 * The answers of the second held-out set (test/corpus/fresh/hidden, built by `scripts/make-heldout.js --set fresh`)
 * must be right before they can judge the recogniser: every value is recomputed here from the cells of the
 * workbooks with decimal.js, every planted error really differs from the recomputed value, and every clean cell
 * agrees with it.
 */
const ROOT = path.join(__dirname, '..', '..');
const FRESH = path.join(__dirname, 'fresh');
const HIDDEN = path.join(FRESH, 'hidden');
const CHECKS = JSON.parse(fs.readFileSync(path.join(FRESH, 'checks.json'), 'utf8')) as ChecksFile;
const WORDINGS = JSON.parse(fs.readFileSync(path.join(FRESH, 'wordings.json'), 'utf8')).wordings as Wording[];
/** Wordings whose header carries no useful words: no header row, column numbers only, or generic labels. */
const HEADERLESS = new Set(WORDINGS.filter(w => w.layout.noHeader).map(w => w.id).concat(['F31', 'F34', 'F35']));
interface Wording { id: string; source: { title?: string; url?: string }; kind: string; synthetic: boolean; headerRows: (string | null)[][]; columns: string[]; layout: { noHeader?: boolean }; expectedRoles: Record<string, number> }

const books = CHECKS.workbooks.map(b => b.workbook);

describeAnswers('fresh held-out', HIDDEN, CHECKS);

describe('fresh held-out set as a whole', () => {
  const all = books.map(b => JSON.parse(fs.readFileSync(path.join(HIDDEN, b.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as Expected);
  const tables = all.flatMap(e => e.tables);

  itHasHeldOutShape(all, 40, id => HEADERLESS.has(id.split(':')[1]));

  it('collects at least 40 wordings, at most a quarter synthetic, each real one naming where it was seen', () => {
    const real = WORDINGS.filter(w => !w.synthetic);
    expect(WORDINGS.length).toBeGreaterThanOrEqual(40);
    expect(WORDINGS.length - real.length).toBeLessThanOrEqual(WORDINGS.length / 4);
    for (const w of real) expect([w.id, !!(w.source.url || w.source.title)]).toEqual([w.id, true]);
    for (const w of WORDINGS) for (const [role, j] of Object.entries(w.expectedRoles)) expect([w.id, role, j < (w.headerRows[0] || []).length || w.headerRows.length === 0]).toEqual([w.id, role, true]);
  });

  it('shares no header wording with the first held-out set', () => {
    const first = JSON.parse(fs.readFileSync(path.join(__dirname, 'heldout', 'wordings.json'), 'utf8')).wordings as Wording[];
    const key = (w: Wording) => JSON.stringify([w.headerRows, w.columns]);
    const seen = new Set(first.map(key));
    expect(WORDINGS.filter(w => seen.has(key(w))).map(w => w.id)).toEqual([]);
  });

  it('regenerates byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'heldout-'));
    try {
      execFileSync('node', [path.join(ROOT, 'scripts', 'make-heldout.js'), '--set', 'fresh'], { cwd: ROOT, env: { ...process.env, HELDOUT_OUT: out }, encoding: 'utf8' });
      for (const f of fs.readdirSync(HIDDEN).filter(x => /^fresh-/.test(x))) {
        expect([f, Buffer.compare(fs.readFileSync(path.join(out, 'hidden', f)), fs.readFileSync(path.join(HIDDEN, f)))]).toEqual([f, 0]);
      }
      expect(fs.readFileSync(path.join(out, 'checks.json'), 'utf8')).toBe(fs.readFileSync(path.join(FRESH, 'checks.json'), 'utf8'));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
