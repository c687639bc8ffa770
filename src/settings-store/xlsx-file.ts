/**
 * The add-in's stored settings read from an .xlsx file, for the CLI. Excel keeps `Office.context.document.settings`
 * in the file's web extension part (xl/webextensions/webextension*.xml) as `<we:property name value>` pairs,
 * each value the JSON text of what the add-in set; exceljs does not read these parts, so the zip is opened here.
 */
import * as fs from 'fs';
import type { RunSettings } from '../usecase/settings';
import { sanitizeSettings, SETTINGS_KEY } from './index';

const JSZip = require('jszip') as {
  loadAsync(data: Buffer): Promise<{ files: Record<string, { dir: boolean; async(t: 'string'): Promise<string> }> }>;
};

const WEB_EXTENSION = /^xl\/webextensions\/webextension\d*\.xml$/i;

function xmlAttribute(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' } as Record<string, string>)[lower];
  });
}

/** The settings stored in one web extension part, or undefined when the part holds none of ours. */
export function settingsFromWebExtensionXml(xml: string): RunSettings | undefined {
  const property = /<(?:\w+:)?property\b([^>]*)\/?>/g;
  for (let m = property.exec(xml); m; m = property.exec(xml)) {
    const attrs = m[1];
    const name = /\bname\s*=\s*"([^"]*)"/.exec(attrs) ?? /\bname\s*=\s*'([^']*)'/.exec(attrs);
    if (!name || xmlAttribute(name[1]) !== SETTINGS_KEY) continue;
    const value = /\bvalue\s*=\s*"([^"]*)"/.exec(attrs) ?? /\bvalue\s*=\s*'([^']*)'/.exec(attrs);
    if (!value) return undefined;
    try {
      let stored: unknown = JSON.parse(xmlAttribute(value[1]));
      // The store accepts a value saved as JSON text too (see createSettingsStore's read).
      if (typeof stored === 'string') stored = JSON.parse(stored);
      const pengaturan = typeof stored === 'object' && stored !== null ? (stored as { pengaturan?: unknown }).pengaturan : undefined;
      return sanitizeSettings(pengaturan);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The add-in's settings saved in the workbook file, or undefined when it has none (or they are unreadable). */
export async function readStoredSettings(file: string): Promise<RunSettings | undefined> {
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
  try {
    zip = await JSZip.loadAsync(fs.readFileSync(file));
  } catch {
    return undefined; // reading the workbook itself reports why the file is unusable
  }
  for (const name of Object.keys(zip.files).sort()) {
    if (!WEB_EXTENSION.test(name) || zip.files[name].dir) continue;
    const found = settingsFromWebExtensionXml(await zip.files[name].async('string'));
    if (found) return found;
  }
  return undefined;
}
