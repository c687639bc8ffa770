import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * `npm test` runs the fast project and `npm run test:slow` the slow one (jest.config.js, test/slow-suites.js).
 * Asked of Jest itself, not of the config's patterns: every suite under test/ is in exactly one of them, and a
 * suite that starts Chromium, builds the add-in or runs LibreOffice is never in the fast one.
 */
const ROOT = path.join(__dirname, '..');
const JEST = require.resolve('jest/bin/jest');

function listed(project: 'fast' | 'slow'): string[] {
  const out = execFileSync(process.execPath, [JEST, '--listTests', '--selectProjects', project], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\n').filter(l => l.startsWith('/')).map(f => path.relative(ROOT, f)).sort();
}

function suitesOnDisk(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(e => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return suitesOnDisk(rel);
    return /\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** What makes a suite heavy, read from its source: Chromium, a webpack build, LibreOffice, the hostile corpus. */
const HEAVY = /from '\.\/browser|from '\.\/build'|playwright-core|helpers\/libreoffice|make-hostile|soffice/;

describe('the fast and slow test sets', () => {
  const fast = listed('fast');
  const slow = listed('slow');
  const all = suitesOnDisk('test').sort();

  it('hold every suite under test/ exactly once', () => {
    expect(fast.filter(f => slow.includes(f))).toEqual([]);
    expect(all.filter(f => !fast.includes(f) && !slow.includes(f))).toEqual([]);
    expect([...fast, ...slow].sort()).toEqual(all);
  });

  it('put browser, webpack, LibreOffice and fuzz suites in the slow set only', () => {
    const self = path.relative(ROOT, __filename); // its own source spells the pattern
    const heavy = all.filter(f => f !== self && (f.startsWith('test/fuzz/') || HEAVY.test(fs.readFileSync(path.join(ROOT, f), 'utf8'))));
    expect(heavy.length).toBeGreaterThanOrEqual(12);
    expect(heavy.filter(f => !slow.includes(f))).toEqual([]);
  });

  it('name only slow suites that exist, so a renamed file cannot drop out of both sets', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const listedSlow = require('./slow-suites') as { folders: string[]; files: string[] };
    expect(listedSlow.files.filter(f => !fs.existsSync(path.join(ROOT, f)))).toEqual([]);
    expect(listedSlow.folders.filter(f => !fs.existsSync(path.join(ROOT, f)))).toEqual([]);
    expect(slow).toContain('test/addin/browser.test.ts');
    expect(fast).toContain('test/layout/core.test.ts');
  });
});
