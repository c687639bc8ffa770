import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeAnswers, itHasHeldOutShape, type ChecksFile, type Expected } from '../helpers/heldout-answers';

/**
 * The held-out answers (test/corpus/hidden, built by scripts/make-heldout.js) must be right before they can
 * judge the recogniser: every value is recomputed here from the cells of the workbooks with decimal.js,
 * every planted error really differs from the recomputed value, and every clean cell agrees with it.
 */
const ROOT = path.join(__dirname, '..', '..');
const HIDDEN = path.join(__dirname, 'hidden');
const CHECKS = JSON.parse(fs.readFileSync(path.join(__dirname, 'heldout', 'checks.json'), 'utf8')) as ChecksFile;
const WORDINGS = JSON.parse(fs.readFileSync(path.join(__dirname, 'heldout', 'wordings.json'), 'utf8')).wordings as Wording[];
interface Wording { id: string; source: { title?: string; url?: string }; kind: string; synthetic: boolean; headerRows: (string | null)[][]; expectedRoles: Record<string, number> }

const books = CHECKS.workbooks.map(b => b.workbook);

describeAnswers('held-out', HIDDEN, CHECKS);

describe('held-out set as a whole', () => {
  const all = books.map(b => JSON.parse(fs.readFileSync(path.join(HIDDEN, b.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as Expected);
  const tables = all.flatMap(e => e.tables);

  itHasHeldOutShape(all, 60, id => /:N\d+$/.test(id));

  it('collects at least 60 wordings from search results, each naming where it was seen', () => {
    const real = WORDINGS.filter(w => !w.synthetic);
    expect(real.length).toBeGreaterThanOrEqual(60);
    for (const w of real) expect([w.id, !!(w.source.url || w.source.title)]).toEqual([w.id, true]);
    for (const w of WORDINGS) for (const [role, j] of Object.entries(w.expectedRoles)) expect([w.id, role, j < (w.headerRows[0] || []).length || w.headerRows.length === 0]).toEqual([w.id, role, true]);
  });

  it('regenerates byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'heldout-'));
    try {
      execFileSync('node', [path.join(ROOT, 'scripts', 'make-heldout.js')], { cwd: ROOT, env: { ...process.env, HELDOUT_OUT: out }, encoding: 'utf8' });
      for (const f of fs.readdirSync(HIDDEN).filter(x => /^heldout-/.test(x))) {
        expect([f, Buffer.compare(fs.readFileSync(path.join(out, 'hidden', f)), fs.readFileSync(path.join(HIDDEN, f)))]).toEqual([f, 0]);
      }
      expect(fs.readFileSync(path.join(out, 'checks.json'), 'utf8')).toBe(fs.readFileSync(path.join(__dirname, 'heldout', 'checks.json'), 'utf8'));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
