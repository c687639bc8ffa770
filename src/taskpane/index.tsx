/**
 * The pane's entry: renders at once (the button says "Menyiapkan…"), then waits for Office, checks the host,
 * and follows Office's theme. The one place that knows it runs inside Office.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createOfficeServices, prefetchCore } from './office-services';
import { isDarkColor } from './state/theme';

/** The ExcelApi version the manifest requires; checked again here for hosts that load the pane anyway. */
const MIN_EXCEL_API = '1.7';

function officeReady(): Promise<void> {
  if (typeof Office === 'undefined') {
    return Promise.reject(
      new Error('Pustaka Office (office.js) tidak dapat dimuat. Periksa koneksi internet, lalu tutup dan buka panel ini kembali.'),
    );
  }
  return Office.onReady().then(info => {
    if (info.host !== Office.HostType.Excel) {
      throw new Error('Panel ini hanya berjalan di Excel. Buka buku kerja di Excel, lalu pilih tab Hitung Capaian, Buka Panel.');
    }
    if (!Office.context.requirements.isSetSupported('ExcelApi', MIN_EXCEL_API)) {
      throw new Error(
        'Versi Excel ini belum mendukung Hitung Capaian (memerlukan ExcelApi 1.7). Perbarui Microsoft 365 atau gunakan Excel di web.',
      );
    }
  });
}

function officeIsDark(): boolean {
  try {
    return isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return false;
  }
}

const root = createRoot(document.getElementById('root')!);
const services = createOfficeServices();
const ready = officeReady();

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
