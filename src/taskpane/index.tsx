/**
 * The pane's entry: renders at once (the button says "Menyiapkan…"), then waits for Office, checks the host,
 * and follows Office's theme. The one place that knows it runs inside Office. Nothing here reads the `Office`
 * or `Excel` globals at module load: when office.js cannot load, the pane must still render and say why.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createOfficeServices, prefetchCore } from './office-services';
import { officeReady, type OfficeGlobal } from '../addin-common/office-ready';
import { isDarkColor } from './state/theme';

/** The Office global, or undefined when office.js did not load (blocked, offline). */
function officeGlobal(): (OfficeGlobal & typeof Office) | undefined {
  return (globalThis as { Office?: OfficeGlobal & typeof Office }).Office;
}

function officeIsDark(): boolean {
  try {
    return isDarkColor(officeGlobal()?.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return false;
  }
}

const root = createRoot(document.getElementById('root')!);
const services = createOfficeServices();
const ready = officeReady(officeGlobal());

function render(dark: boolean): void {
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  root.render(<App services={services} dark={dark} whenReady={ready} />);
}

render(false);
ready.then(
  () => {
    if (officeIsDark()) render(true);
    prefetchCore();
  },
  () => undefined, // <App> shows the reason
);
