/**
 * No network: checking a workbook never opens a connection, resolves a name or calls fetch.
 * In-process, every outbound entry point of http, https, http2, net, tls, dns, dgram and the global fetch is
 * replaced by a stub that throws and records the call; then evaluateWorkbook and the CLI's main() run on the
 * corpus workbooks. The built CLI is also run in a child process with the same stubs preloaded (-r).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import http = require('http');
import https = require('https');
import http2 = require('http2');
import net = require('net');
import tls = require('tls');
import dns = require('dns');
import dgram = require('dgram');
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { readUserWorkbook } from '../../src/workbook/xlsx/adapter';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = [
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter(f => f.endsWith('.xlsx')).map(f => path.join(ROOT, 'test', 'fixtures', f)),
  ...(fs.existsSync(path.join(ROOT, 'samples')) ? fs.readdirSync(path.join(ROOT, 'samples')).filter(f => f.endsWith('.xlsx')).map(f => path.join(ROOT, 'samples', f)) : []),
];

type Target = [object, string, string];
const TARGETS: Target[] = [
  [http, 'request', 'http.request'],
  [http, 'get', 'http.get'],
  [https, 'request', 'https.request'],
  [https, 'get', 'https.get'],
  [http2, 'connect', 'http2.connect'],
  [net, 'connect', 'net.connect'],
  [net, 'createConnection', 'net.createConnection'],
  [net.Socket.prototype, 'connect', 'net.Socket#connect'],
  [net.Server.prototype, 'listen', 'net.Server#listen'],
  [tls, 'connect', 'tls.connect'],
  [dns, 'lookup', 'dns.lookup'],
  [dns, 'resolve', 'dns.resolve'],
  [dns, 'resolve4', 'dns.resolve4'],
  [dns, 'resolve6', 'dns.resolve6'],
  [dns, 'resolveAny', 'dns.resolveAny'],
  [dns, 'reverse', 'dns.reverse'],
  [dns.promises, 'lookup', 'dns.promises.lookup'],
  [dns.promises, 'resolve', 'dns.promises.resolve'],
  [dgram, 'createSocket', 'dgram.createSocket'],
];

const calls: string[] = [];
let restoreFetch: (() => void) | undefined;

beforeEach(() => {
  calls.length = 0;
  for (const [obj, method, name] of TARGETS) {
    jest.spyOn(obj as Record<string, (...a: unknown[]) => unknown>, method).mockImplementation(() => {
      calls.push(name);
      throw new Error(`akses jaringan dilarang dalam uji: ${name}`);
    });
  }
  const g = globalThis as { fetch?: unknown };
  const had = Object.prototype.hasOwnProperty.call(g, 'fetch');
  const original = g.fetch;
  g.fetch = () => {
    calls.push('fetch');
    throw new Error('akses jaringan dilarang dalam uji: fetch');
  };
  restoreFetch = () => {
    if (had) g.fetch = original;
    else delete g.fetch;
  };
});

afterEach(() => {
  jest.restoreAllMocks();
  restoreFetch?.();
});

describe('no network while checking workbooks', () => {
  it('the corpus is not empty', () => {
    expect(CORPUS.length).toBeGreaterThan(0);
  });

  it('the stubs catch a call (the test can fail)', () => {
    expect(() => http.get('http://example.invalid/')).toThrow(/dilarang/);
    expect(() => (globalThis as unknown as { fetch: (u: string) => unknown }).fetch('https://example.invalid/')).toThrow(/dilarang/);
    expect(calls).toEqual(['http.get', 'fetch']);
  });

  it.each(CORPUS.map(f => [path.basename(f), f]))('evaluateWorkbook on %s calls no network function', async (_name, file) => {
    const wb = await readUserWorkbook(file);
    const ev = evaluateWorkbook(wb, DEFAULT_SETTINGS);
    expect(ev.report.schema).toBe('capaian-check/1');
    expect(calls).toEqual([]);
  });

  it('the CLI main() in-process (check --json over the whole corpus) calls no network function', async () => {
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    const errWrite = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await main(['check', ...CORPUS, '--json']);
    } finally {
      write.mockRestore();
      errWrite.mockRestore();
    }
    expect(code).toBe(0);
    const reports = JSON.parse(out.join(''));
    expect((Array.isArray(reports) ? reports : [reports]).every((r: { schema: string }) => r.schema === 'capaian-check/1')).toBe(true);
    expect(calls).toEqual([]);
  });
});

describe('no network in the built CLI (child process with the stubs preloaded)', () => {
  const built = fs.existsSync(path.join(ROOT, 'dist-cli', 'cli', 'main.js'));
  const maybe = built ? it : it.skip;
  if (!built) {
    // eslint-disable-next-line no-console
    console.warn('dist-cli/ belum dibangun (npm run build:cli): uji jaringan pada CLI terbangun dilewati.');
  }

  maybe('check and hitung open no connection, resolve no name and call no fetch', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-jaringan-'));
    const log = path.join(dir, 'panggilan.log');
    const preload = path.join(dir, 'larang-jaringan.js');
    fs.writeFileSync(
      preload,
      `'use strict';
const fs = require('fs');
const LOG = ${JSON.stringify(log)};
function stub(obj, method, name) {
  if (!obj || typeof obj[method] !== 'function') return;
  obj[method] = function () { fs.appendFileSync(LOG, name + '\\n'); throw new Error('akses jaringan dilarang: ' + name); };
}
${TARGETS.map(([, m, name]) => {
        const [mod, ...rest] = name.replace('#', '.prototype.').split('.');
        const owner = [`require('${mod}')`, ...rest.slice(0, -1)].join('.');
        return `stub(${owner}, '${m}', '${name}');`;
      }).join('\n')}
stub(globalThis, 'fetch', 'fetch');
`,
    );
    try {
      // The preload catches what it should: a deliberate call is logged and refused.
      const probe = spawnSync(process.execPath, ['-r', preload, '-e', "try { require('https').get('https://example.invalid/') } catch (e) {} try { require('dns').lookup('example.invalid', () => {}) } catch (e) {} try { fetch('https://example.invalid/') } catch (e) {}"], { encoding: 'utf8' });
      expect(probe.status).toBe(0);
      expect(fs.readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual(['https.get', 'dns.lookup', 'fetch']);
      fs.unlinkSync(log);
      const run = (args: string[]) => spawnSync(process.execPath, ['-r', preload, path.join(ROOT, 'bin', 'capaian.js'), ...args], { encoding: 'utf8', timeout: 120000 });
      const check = run(['check', ...CORPUS, '--json']);
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
      const hitung = run(['hitung', CORPUS[0], '-o', path.join(dir, 'keluaran.xlsx')]);
      expect(hitung.status).toBe(0);
      expect(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '').toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
