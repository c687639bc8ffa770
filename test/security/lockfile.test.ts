/**
 * The dependency lock, read offline (tests never need the network; `scripts/audit.sh` runs npm audit when the
 * registry is reachable): every installed package is pinned with an integrity hash, comes from the npm registry
 * (no git, file or plain-http sources), and no production dependency runs an install script.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

interface LockPackage {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
  inBundle?: boolean;
  hasInstallScript?: boolean;
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockPackage> };
const installed = Object.entries(lock.packages).filter(([k, v]) => k !== '' && !v.link);
const production = installed.filter(([, v]) => !v.dev && !v.devOptional);
const nameOf = (key: string) => key.replace(/^.*node_modules\//, '');

describe('package-lock.json (offline)', () => {
  it('is a v2/v3 lock with the packages map', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(installed.length).toBeGreaterThan(0);
  });

  it('locks every direct dependency of package.json', () => {
    for (const name of [...Object.keys(pkg.dependencies || {}), ...Object.keys(pkg.devDependencies || {})]) {
      expect(lock.packages[`node_modules/${name}`]?.version).toEqual(expect.any(String));
    }
  });

  it('keeps the production dependencies out of the dev-only set', () => {
    for (const name of Object.keys(pkg.dependencies || {})) {
      const p = lock.packages[`node_modules/${name}`];
      expect({ name, dev: !!p.dev }).toEqual({ name, dev: false });
    }
  });

  it('pins every package with an integrity hash (sha512, or sha1 for very old packages)', () => {
    const missing = installed.filter(([, v]) => !v.inBundle && !/^(sha512|sha384|sha256|sha1)-/.test(v.integrity || '')).map(([k]) => k);
    expect(missing).toEqual([]);
  });

  it('takes nothing from git, a local path or plain http', () => {
    const odd = installed.filter(([, v]) => v.resolved && !/^https:\/\//.test(v.resolved)).map(([k, v]) => `${k} ← ${v.resolved}`);
    expect(odd).toEqual([]);
  });

  it('no production dependency runs an install script', () => {
    expect(production.filter(([, v]) => v.hasInstallScript).map(([k]) => nameOf(k))).toEqual([]);
  });
});
