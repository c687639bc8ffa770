import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The public corpus, scored end to end exactly as the project is judged: the corpus scorer runs the built
 * `capaian check --json` on every real-data workbook and compares with its answers. Both are vendored
 * in test/corpus (scripts/refresh-corpus.sh copies them again from ../shared/corpus), so a fresh clone
 * with nothing beside it runs this suite.
 */
const ROOT = path.join(__dirname, '..', '..');
const CORPUS = __dirname;

describe('public corpus (test/corpus/score.js --set public)', () => {
  it('finds every table, recomputes every value, and raises no false positive', () => {
    expect(fs.existsSync(path.join(CORPUS, 'score.js'))).toBe(true);
    const out = execFileSync(
      'node',
      [path.join(CORPUS, 'score.js'), '--set', 'public', '--cmd', `node ${path.join(ROOT, 'bin', 'capaian.js')} check {file} --json`],
      { encoding: 'utf8', cwd: ROOT },
    );
    const last = out.trim().split('\n').pop()!;
    const m = /tables (\d+)\/(\d+) values (\d+)\/(\d+) recall (\d+)\/(\d+) fp (\d+)\/(\d+) crashes (\d+) files (\d+)/.exec(last);
    expect(m).not.toBeNull();
    const [, tables, tablesTotal, values, valuesTotal, recall, recallTotal, fp, , crashes, files] = m!.map(Number);
    expect(files).toBe(6);
    expect(crashes).toBe(0);
    expect(tables).toBe(tablesTotal);
    expect(values).toBe(valuesTotal);
    expect(fp).toBe(0);
    // Recall is tracked, never allowed to slip below what the engine reaches today.
    expect(recall / recallTotal).toBeGreaterThanOrEqual(Number(process.env.MIN_RECALL || 1));
  });
});
