/**
 * No code from strings and no raw HTML: src/ holds no eval( or new Function(, and the task pane sets no innerHTML.
 * The built bundle's own network calls are checked in bundle-network.test.ts (slow: it builds dist/).
 */
import * as fs from 'fs';
import * as path from 'path';
import { filesUnder } from '../helpers/files';

const ROOT = path.join(__dirname, '..', '..');

/** Lines of every file that match, as "file:line: text", for a readable failure. */
function hits(files: string[], re: RegExp): string[] {
  const out: string[] = [];
  for (const f of files) {
    fs.readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (re.test(line)) out.push(`${path.relative(ROOT, f)}:${i + 1}: ${line.trim().slice(0, 160)}`);
    });
  }
  return out;
}

const SRC = filesUnder(path.join(ROOT, 'src'), /\.(ts|tsx|js|mjs|cjs|html)$/);
const TASKPANE = filesUnder(path.join(ROOT, 'src', 'taskpane'), /\.(ts|tsx|js|html)$/);

describe('no eval, no raw HTML in the sources', () => {
  it('finds the sources', () => {
    expect(SRC.length).toBeGreaterThan(20);
    expect(TASKPANE.length).toBeGreaterThan(0);
  });

  it('src/ has no eval( and no new Function(', () => {
    expect(hits(SRC, /(^|[^.\w$])eval\s*\(|\bnew\s+Function\s*\(/)).toEqual([]);
  });

  it('src/ passes no string to setTimeout/setInterval (an eval in disguise)', () => {
    expect(hits(SRC, /\bset(Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });

  it('src/taskpane has no dangerouslySetInnerHTML, innerHTML =, outerHTML =, insertAdjacentHTML or document.write', () => {
    expect(hits(TASKPANE, /dangerouslySetInnerHTML|\b(inner|outer)HTML\s*\+?=|insertAdjacentHTML|document\.write\s*\(/)).toEqual([]);
  });
});
