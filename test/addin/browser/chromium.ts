/**
 * Debian's chromium for the pane tests, offline: the office.js CDN is answered with the fake host bundle,
 * the served dist and data/blob URLs pass, and every other request is aborted and recorded in `foreign`.
 */
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export async function launchOffline(opts: { profile: string; width: number; fakeOffice: string; serverUrl: string; foreign: string[] }): Promise<BrowserContext> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const context = await chromium.launchPersistentContext(opts.profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: opts.width, height: 900 },
    locale: 'id-ID',
    serviceWorkers: 'block',
  });
  await context.route('**/*', async route => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS.replace(/office\.js$/, ''))) await route.fulfill({ status: 200, contentType: 'text/javascript', body: opts.fakeOffice });
    else if (url.startsWith(opts.serverUrl) || url.startsWith('data:') || url.startsWith('blob:')) await route.continue();
    else {
      opts.foreign.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return context;
}
