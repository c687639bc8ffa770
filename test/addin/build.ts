/**
 * Makes sure dist/ holds a production build of the current sources before a test reads it. Builds when dist/
 * is missing, older than any input, or built for another ADDIN_URL; a lock keeps parallel test files from
 * building over each other.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'hitung-capaian-build.lock');
const INPUTS = ['src', 'assets', 'samples', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package.json'];

function newest(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const name of fs.readdirSync(full)) m = Math.max(m, newest(path.join(p, name)));
  return m;
}

/** What besides the files decides the build: the production address (ADDIN_URL) goes into dist/manifest.xml. */
function buildEnv(): string {
  return `ADDIN_URL=${process.env.ADDIN_URL ?? ''}`;
}

function isFresh(): boolean {
  if (!fs.existsSync(STAMP) || !fs.existsSync(path.join(DIST, 'taskpane.html'))) return false;
  if (!fs.readFileSync(STAMP, 'utf8').includes(buildEnv())) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  return INPUTS.every(p => newest(p) <= built);
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function withLock<T>(work: () => T): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A lock older than ten minutes belongs to a run that died.
      const age = Date.now() - fs.statSync(LOCK).mtimeMs;
      if (age > 10 * 60_000) fs.rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() - started > 10 * 60_000) throw new Error('timed out waiting for another build of dist/');
      else await sleep(500);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs `webpack --mode production` unless dist/ is already a build of the current inputs. */
export async function ensureBuilt(): Promise<void> {
  if (isFresh()) return;
  await withLock(() => {
    if (isFresh()) return;
    const started = Date.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) {
      throw new Error(`npm run build failed (exit ${r.status}):\n${(r.stdout || '').slice(-6000)}\n${(r.stderr || '').slice(-3000)}`);
    }
    fs.writeFileSync(STAMP, `${new Date().toISOString()}\n${buildEnv()}\n`);
    console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}
