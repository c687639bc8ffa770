/**
 * The add-in manifest: well-formed and valid against Microsoft's schemas (xmllint, npm run validate), the
 * elements Office needs, unique ids, every resid defined, https everywhere, string limits, ribbon functions
 * registered in commands.ts, icons that exist at their sizes, and a production copy in dist/ that points at the
 * configured production host only (ADDIN_URL or --env url).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { child, children, descendants, localName, parseXml, path as at, walk, where, type XmlElement } from './xml';
import { DIST, ROOT, ensureBuilt } from './build';

const MANIFEST = path.join(ROOT, 'manifest.xml');
const source = fs.readFileSync(MANIFEST, 'utf8');
const root = parseXml(source);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { urlDev, urlProd } = require('../../webpack.config.js') as { urlDev: string; urlProd: string };

const VALIDATE = path.join(ROOT, 'scripts', 'validate-manifest.js');

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<{ plugins: object[] }>;
  resolveUrlProd(env: { url?: string }): string;
  DEFAULT_URL_PROD: string;
}

const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
const hasXmllint = !xmllint.error;

/** A button Icon's sizes: 16, 32 and 80 are required; the schema's other five serve high-DPI screens. */
const BUTTON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): XmlElement[] {
  const res = at(root, 'VersionOverrides', 'Resources', kind);
  return res ? res.children : [];
}

function resourceIds(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Set<string> {
  return new Set(resources(kind).map(e => e.attrs.id));
}

/** Which resource table a resid must come from, by the element that names it. */
function expectedKind(el: XmlElement): 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings' {
  const name = localName(el);
  if (name === 'Image') return 'Images';
  if (name === 'SourceLocation' || name === 'FunctionFile' || name === 'LearnMoreUrl') return 'Urls';
  if (name === 'Description') return 'LongStrings';
  return 'ShortStrings';
}

describe('manifest.xml', () => {
  (hasXmllint ? test : test.skip)('is well-formed XML (xmllint --noout)', () => {
    const r = spawnSync('xmllint', ['--noout', MANIFEST], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  if (!hasXmllint) {
    test('xmllint is installed (required in CI)', () => {
      console.warn('xmllint is not installed here: the well-formedness check by xmllint was skipped; CI installs it (apt-get install libxml2-utils).');
      expect(process.env.CI).toBeFalsy();
    });
  }

  test('is a task pane add-in for Excel with the required top-level elements', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(root.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(child(root, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'ProviderName')?.text.trim()).toBeTruthy();
    expect(child(root, 'DefaultLocale')?.text).toBe('id-ID'); // Indonesian is the default; English is an override
    expect(children(at(root, 'Hosts')!, 'Host').map(h => h.attrs.Name)).toEqual(['Workbook']);
    expect(child(root, 'Permissions')?.text).toBe('ReadWriteDocument');
    expect(at(root, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue).toBe(`${urlDev}taskpane.html`);
  });

  test('keeps the schema order of the top-level elements', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const seen = root.children.map(localName);
    const ranks = seen.map(n => order.indexOf(n));
    expect(ranks.every(r => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  test('requires ExcelApi 1.7 or later', () => {
    const sets = descendants(at(root, 'Requirements')!, 'Set');
    const excel = sets.find(s => s.attrs.Name === 'ExcelApi');
    expect(excel).toBeDefined();
    const [major, minor] = excel!.attrs.MinVersion.split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(107);
  });

  test('says what it is in Indonesian by default, with English for an English Office', () => {
    const display = child(root, 'DisplayName')!;
    expect(display.attrs.DefaultValue).toBe('Hitung Capaian');
    expect(children(display, 'Override').find(o => o.attrs.Locale === 'en-US')?.attrs.Value).toBe('Hitung Capaian');
    // The add-in's description and the GetStarted callout: Indonesian is the default, en-US an override.
    const strings = [child(root, 'Description')!, ...[...resources('ShortStrings'), ...resources('LongStrings')].filter(s => s.attrs.id.startsWith('GetStarted.'))];
    expect(strings).toHaveLength(3);
    for (const el of strings) {
      expect(el.attrs.DefaultValue).toMatch(/Hitung Capaian|buku kerja/);
      expect(el.attrs.DefaultValue).not.toMatch(/\b(the|and|is|this)\b/);
      const en = children(el, 'Override').find(o => o.attrs.Locale === 'en-US');
      expect(en?.attrs.Value).toMatch(/\b(the|and|is)\b/);
    }
    expect(resources('ShortStrings').find(s => s.attrs.id === 'GetStarted.Title')!.attrs.DefaultValue).toBe('Hitung Capaian siap digunakan');
    expect(display.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(root, 'Description')!.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test('defines a custom tab with the three ribbon buttons', () => {
    const overrides = child(root, 'VersionOverrides')!;
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const host = at(overrides, 'Hosts', 'Host')!;
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const form = child(host, 'DesktopFormFactor')!;
    expect(child(form, 'FunctionFile')?.attrs.resid).toBeTruthy();
    const point = children(form, 'ExtensionPoint').find(e => e.attrs['xsi:type'] === 'PrimaryCommandSurface')!;
    const tab = child(point, 'CustomTab')!;
    expect(tab.attrs.id).toBeTruthy();
    // CustomTab's Label comes after its groups (schema order).
    expect(localName(tab.children[tab.children.length - 1])).toBe('Label');
    const strings = new Map(resources('ShortStrings').map(s => [s.attrs.id, s.attrs.DefaultValue]));
    expect(strings.get(child(tab, 'Label')!.attrs.resid)).toBe('Hitung Capaian');
    const controls = descendants(tab, 'Control');
    const summary = controls.map(c => {
      const action = child(c, 'Action')!;
      return {
        label: strings.get(child(c, 'Label')!.attrs.resid),
        action: action.attrs['xsi:type'],
        target: child(action, 'FunctionName')?.text ?? child(action, 'TaskpaneId')?.text,
      };
    });
    expect(summary).toEqual([
      { label: 'Hitung Capaian', action: 'ExecuteFunction', target: 'hitungCapaian' },
      { label: 'Buka Panel', action: 'ShowTaskpane', target: expect.any(String) },
      { label: 'Hapus Hasil', action: 'ExecuteFunction', target: 'hapusHasil' },
    ]);
    for (const c of controls) {
      expect(c.attrs['xsi:type']).toBe('Button');
      expect(at(c, 'Supertip', 'Title')?.attrs.resid).toBeTruthy();
      expect(at(c, 'Supertip', 'Description')?.attrs.resid).toBeTruthy();
      expect(children(child(c, 'Icon')!, 'Image').map(i => i.attrs.size)).toEqual(BUTTON_ICON_SIZES.map(String));
    }
    const show = controls.map(c => child(c, 'Action')!).find(a => a.attrs['xsi:type'] === 'ShowTaskpane')!;
    expect(show.children.map(localName)).toEqual(['TaskpaneId', 'SourceLocation']);
  });

  test('uses every id once', () => {
    const ids = [...walk(root)].filter(e => e.attrs.id !== undefined).map(e => e.attrs.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
    for (const id of ids) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(125);
    }
  });

  test('defines every resid in the right resource table, and uses every resource', () => {
    const referencing = [...walk(root)].filter(e => e.attrs.resid !== undefined);
    expect(referencing.length).toBeGreaterThan(10);
    const missing = referencing
      .filter(e => !resourceIds(expectedKind(e)).has(e.attrs.resid))
      .map(e => `${where(e)} resid="${e.attrs.resid}" (expected in ${expectedKind(e)})`);
    expect(missing).toEqual([]);
    const used = new Set(referencing.map(e => e.attrs.resid));
    const unused = (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const).flatMap(k => resources(k).map(r => r.attrs.id)).filter(id => !used.has(id));
    expect(unused).toEqual([]);
    for (const id of [...used]) expect(id.length).toBeLessThanOrEqual(32);
  });

  test('points every URL at https', () => {
    const urls: string[] = [];
    for (const e of walk(root)) {
      for (const [k, v] of Object.entries(e.attrs)) {
        if (k.startsWith('xmlns')) continue;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push(v);
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e.text.trim())) urls.push(e.text.trim());
    }
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter(u => !u.startsWith('https://'))).toEqual([]);
    for (const u of urls) expect(u.length).toBeLessThanOrEqual(2048);
  });

  test('keeps strings within Office limits (ShortStrings ≤ 125, LongStrings ≤ 250)', () => {
    const check = (kind: 'ShortStrings' | 'LongStrings', max: number) => {
      for (const s of resources(kind)) {
        const values = [s.attrs.DefaultValue, ...children(s, 'Override').map(o => o.attrs.Value)];
        for (const v of values) {
          expect(v.trim()).not.toBe('');
          if (v.length > max) throw new Error(`${kind} ${s.attrs.id} is ${v.length} characters (max ${max}): ${v}`);
        }
      }
    };
    check('ShortStrings', 125);
    check('LongStrings', 250);
    for (const o of children(child(root, 'DisplayName')!, 'Override')) expect(o.attrs.Value.length).toBeLessThanOrEqual(125);
    for (const o of children(child(root, 'Description')!, 'Override')) expect(o.attrs.Value.length).toBeLessThanOrEqual(250);
  });

  test('registers every ExecuteFunction in src/commands/commands.ts', () => {
    const commands = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    const names = descendants(root, 'FunctionName').map(f => f.text.trim());
    expect(names.sort()).toEqual(['hapusHasil', 'hitungCapaian']);
    for (const name of names) expect(commands).toContain(`Office.actions.associate('${name}'`);
  });

  test('points at icons that exist at the sizes it claims', () => {
    const icons: [string, number][] = resources('Images').map(i => [i.attrs.DefaultValue, Number(/(\d+)x\1/.exec(i.attrs.id)?.[1])]);
    icons.push([child(root, 'IconUrl')!.attrs.DefaultValue, 32], [child(root, 'HighResolutionIconUrl')!.attrs.DefaultValue, 64]);
    for (const [url, size] of icons) {
      expect(url.startsWith(urlDev)).toBe(true);
      const file = path.join(ROOT, url.slice(urlDev.length));
      const png = fs.readFileSync(file);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test('gives each ribbon button its own icon, at every size as a PNG of that size', () => {
    const images = new Map(resources('Images').map(i => [i.attrs.id, i.attrs.DefaultValue]));
    const controls = descendants(child(root, 'VersionOverrides')!, 'Control');
    expect(controls).toHaveLength(3);
    const perButton = controls.map(c => {
      const icon = children(child(c, 'Icon')!, 'Image');
      expect(icon.map(i => Number(i.attrs.size))).toEqual(BUTTON_ICON_SIZES);
      return icon.map(i => {
        const url = images.get(i.attrs.resid)!;
        const png = fs.readFileSync(path.join(ROOT, url.slice(urlDev.length)));
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(i.attrs.size), Number(i.attrs.size)]);
        return png;
      });
    });
    // No two buttons share a resource, a file or a picture at any size.
    const resids = controls.flatMap(c => children(child(c, 'Icon')!, 'Image').map(i => i.attrs.resid));
    expect(new Set(resids).size).toBe(resids.length);
    const urls = resids.map(r => images.get(r));
    expect(new Set(urls).size).toBe(urls.length);
    for (let size = 0; size < BUTTON_ICON_SIZES.length; size++) {
      const [run, pane, clear] = perButton.map(p => p[size]);
      expect(run.equals(pane) || run.equals(clear) || pane.equals(clear)).toBe(false);
    }
  });

  test('webpack copies every icon the manifest names into dist/assets', async () => {
    await ensureBuilt();
    for (const image of resources('Images')) {
      expect(fs.existsSync(path.join(DIST, image.attrs.DefaultValue.slice(urlDev.length)))).toBe(true);
    }
  }, 300_000);

  test('the icons are what scripts/make-icons.js draws', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.js'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('every add-in page the manifest names is built', async () => {
    await ensureBuilt();
    const pages = resources('Urls').map(u => u.attrs.DefaultValue.slice(urlDev.length));
    pages.push(child(root, 'SupportUrl')!.attrs.DefaultValue.slice(urlDev.length));
    for (const page of pages) expect(fs.existsSync(path.join(DIST, page))).toBe(true);
  }, 300_000);

  (hasXmllint ? test : test.skip)("passes npm run validate: Microsoft's XML schemas, offline", () => {
    const r = spawnSync(process.execPath, [VALIDATE, MANIFEST], { encoding: 'utf8' });
    expect(r.stderr).toContain('manifest.xml validates');
    expect(r.status).toBe(0);
  });

  (hasXmllint ? test : test.skip)('npm run validate fails on a broken manifest with xmllint\'s message', () => {
    // Elements out of schema order: well-formed XML that Office would refuse to load.
    const broken = source.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1');
    expect(broken).not.toBe(source);
    const r = spawnSync(process.execPath, [VALIDATE, '-'], { encoding: 'utf8', input: broken });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Element '\{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}ProviderName': This element is not expected/);
    expect(r.stderr).toContain('fails to validate');
  });

  test('the production address comes from --env url or ADDIN_URL and must be https ending in "/"', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js') as WebpackConfigModule;
    expect(config.resolveUrlProd({})).toBe(process.env.ADDIN_URL || config.DEFAULT_URL_PROD);
    expect(config.resolveUrlProd({ url: 'https://intranet.contoh.go.id/hitung-capaian/' })).toBe('https://intranet.contoh.go.id/hitung-capaian/');
    expect(() => config.resolveUrlProd({ url: 'http://intranet.contoh.go.id/' })).toThrow(/https/);
    expect(() => config.resolveUrlProd({ url: 'https://intranet.contoh.go.id/hc' })).toThrow(/garis miring/);
    expect(() => config.resolveUrlProd({ url: 'https://localhost:3000/' })).toThrow(/localhost/);
    expect(() => config.resolveUrlProd({ url: 'bukan alamat' })).toThrow(/tidak sah/);

    // The production build's copy of the manifest, through the real webpack configuration.
    const built = await config({ url: 'https://intranet.contoh.go.id/hitung-capaian/' }, { mode: 'production' });
    const copy = built.plugins.find(p => 'patterns' in p) as unknown as { patterns: { to?: string; transform?: (c: Buffer) => string }[] };
    const manifestCopy = copy.patterns.find(p => p.to === 'manifest.xml')!;
    const out = manifestCopy.transform!(Buffer.from(source));
    expect(out).toContain('<SourceLocation DefaultValue="https://intranet.contoh.go.id/hitung-capaian/taskpane.html"/>');
    expect(out).not.toContain(urlDev);
    expect(out).toBe(source.split(urlDev).join('https://intranet.contoh.go.id/hitung-capaian/'));
  });

  test('dist/manifest.xml points at the production host and never at localhost', async () => {
    await ensureBuilt();
    const built = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
    expect(built).not.toMatch(/localhost/i);
    expect(built).not.toContain(urlDev);
    expect(built).toContain(`${urlProd}taskpane.html`);
    // Apart from the host, the production manifest is the committed one.
    expect(built).toBe(source.split(urlDev).join(urlProd));
    expect(() => parseXml(built)).not.toThrow();
    if (hasXmllint) {
      const r = spawnSync(process.execPath, [VALIDATE, path.join(DIST, 'manifest.xml')], { encoding: 'utf8' });
      expect(r.status).toBe(0);
    }
  }, 300_000);
});
