/**
 * One browser session for a pane test file: the built dist/ served on 127.0.0.1, the fake Office host bundled,
 * Debian's chromium launched offline (every foreign request aborted and recorded in `foreign`), and pages opened
 * with a harness configuration. Script errors of every page are recorded in `pageErrors`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, ensureBuilt } from '../build';
import { bundleFakeHost } from './bundle';
import { launchOffline } from './chromium';
import type { HarnessConfig } from './fake-host';

export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require('../../../scripts/serve-dist.js') as {
  serveDist(root: string, port?: number): Promise<{ url: string; close(): Promise<void>; requests: string[] }>;
};

export interface PaneSession {
  context: BrowserContext;
  /** The served dist/ ("http://127.0.0.1:port/"). */
  url: string;
  /** A temporary folder of this session, removed by close(). */
  tmp: string;
  foreign: string[];
  pageErrors: string[];
  /** Paths the server was asked for, in order. */
  requests: string[];
  /** Opens `file` (taskpane.html, commands.html…) with the harness set to `workbookJson` and `config`. */
  openPage(file: string, workbookJson: string, config?: Partial<HarnessConfig>, width?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startPaneSession(name: string, width = 400): Promise<PaneSession> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `hc-${name}-`));
  const [, fakeOffice] = await Promise.all([ensureBuilt(), bundleFakeHost(path.join(tmp, 'fake'))]);
  const server = await serveDist(DIST);
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const context = await launchOffline({ profile: path.join(tmp, 'profile'), width, fakeOffice, serverUrl: server.url, foreign });
  return {
    context,
    url: server.url,
    tmp,
    foreign,
    pageErrors,
    requests: server.requests,
    async openPage(file, workbookJson, config = {}, pageWidth = width) {
      const page = await context.newPage();
      await page.setViewportSize({ width: pageWidth, height: 900 });
      page.on('pageerror', e => pageErrors.push(`${file}: ${e.message}`));
      page.on('console', m => {
        if (m.type() === 'error') pageErrors.push(`${file} console: ${m.text()}`);
      });
      await page.addInitScript(`window.__HC_CONFIG__ = Object.assign({ workbook: ${workbookJson} }, ${JSON.stringify(config)});`);
      await page.goto(server.url + file);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
