import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeAnswers, type ChecksFile } from '../helpers/heldout-answers';

/**
 * The dev6 answers (test/corpus/dev6/hidden, built by `node scripts/make-heldout.js --set dev6`) are recomputed
 * from the cells of the workbooks with decimal.js, as for the held-out set: every value, every planted error and
 * every clean cell (a check marked fraction reads its cell × 100: a percentage stored as 0,8889 with no % format).
 * The set is rebuilt into a temporary folder and must come out byte for byte.
 */
const ROOT = path.join(__dirname, '..', '..');
const DIR = path.join(__dirname, 'dev6');
const HIDDEN = path.join(DIR, 'hidden');
const CHECKS = JSON.parse(fs.readFileSync(path.join(DIR, 'checks.json'), 'utf8')) as ChecksFile;

describeAnswers('dev6', HIDDEN, CHECKS);

describe('dev6 generation', () => {
  it('regenerates byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'heldout-'));
    try {
      execFileSync('node', [path.join(ROOT, 'scripts', 'make-heldout.js'), '--set', 'dev6'], { cwd: ROOT, env: { ...process.env, HELDOUT_OUT: out }, encoding: 'utf8' });
      const made = fs.readdirSync(path.join(out, 'hidden')).filter(x => /^dev6-/.test(x)).sort();
      expect(made).toEqual(fs.readdirSync(HIDDEN).filter(x => /^dev6-/.test(x)).sort());
      for (const f of made) expect([f, Buffer.compare(fs.readFileSync(path.join(out, 'hidden', f)), fs.readFileSync(path.join(HIDDEN, f)))]).toEqual([f, 0]);
      expect(fs.readFileSync(path.join(out, 'checks.json'), 'utf8')).toBe(fs.readFileSync(path.join(DIR, 'checks.json'), 'utf8'));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
