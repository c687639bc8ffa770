/**
 * Whether the pane can work here, decided once at start: office.js loaded, Office answered, the host is Excel,
 * and that Excel is recent enough. Each case that cannot work rejects with the sentence the pane shows as is.
 * Takes the Office global as an argument (undefined when office.js did not load) so it never reads a global
 * that may not exist, and so tests can play every host.
 */

/** The ExcelApi version the manifest requires; checked again for hosts that load the pane anyway. */
export const MIN_EXCEL_API = '1.7';

/** How long Office.onReady may take before the pane says it is stuck (Excel desktop can take seconds). */
export const READY_TIMEOUT_MS = 30_000;

export const MESSAGES = {
  officeJsMissing:
    'Pustaka Office (office.js) tidak dapat dimuat dari Microsoft, sehingga panel ini tidak dapat berjalan. ' +
    'Periksa sambungan internet; bila kantor memakai proxy atau penyaring web, minta staf TI mengizinkan ' +
    'appsforoffice.microsoft.com. Setelah itu tutup panel ini dan buka kembali.',
  outsideOffice:
    'Halaman ini adalah panel add-in Hitung Capaian dan hanya berjalan di dalam Excel. ' +
    'Buka buku kerja di Excel (Microsoft 365, Excel 2019 atau yang lebih baru, atau Excel di web), ' +
    'lalu pilih tab Hitung Capaian, Buka Panel.',
  notExcel: (host: string) =>
    `Hitung Capaian hanya berjalan di Excel, bukan di ${host}. Buka buku kerja di Excel, lalu pilih tab Hitung Capaian, Buka Panel.`,
  excelTooOld:
    'Versi Excel ini terlalu lama untuk Hitung Capaian. Add-in ini berjalan di Excel Microsoft 365, ' +
    'Excel 2019 atau yang lebih baru, dan Excel di web (browser). Perbarui Office lewat File, Akun, Opsi Pembaruan, ' +
    'atau buka buku kerja di Excel di web; bila tidak bisa, minta bantuan staf TI kantor.',
  noAnswer:
    'Excel tidak menanggapi panel ini. Tutup panel ini dan buka kembali; bila tetap begini, ' +
    'simpan pekerjaan, tutup Excel, lalu buka lagi.',
} as const;

/** Office's host names, as the user knows the applications. */
const HOST_NAMES: Record<string, string> = {
  Word: 'Word',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
};

/** The part of the Office global this module reads. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

export function officeReady(office: OfficeGlobal | undefined, timeoutMs: number = READY_TIMEOUT_MS): Promise<void> {
  if (!office || typeof office.onReady !== 'function') return Promise.reject(new Error(MESSAGES.officeJsMissing));
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(MESSAGES.noAnswer)), timeoutMs);
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      try {
        fn();
        resolve();
      } catch (e) {
        reject(e);
      }
    };
    office.onReady().then(
      info => settle(() => checkHost(office, info?.host)),
      () => settle(() => checkHost(office, undefined)),
    );
  });
}

function checkHost(office: OfficeGlobal, host: unknown): void {
  const excel = office.HostType?.Excel ?? 'Excel';
  // office.js outside Office (a browser tab) reports no host at all.
  if (host === null || host === undefined || host === '') throw new Error(MESSAGES.outsideOffice);
  if (host !== excel) throw new Error(MESSAGES.notExcel(HOST_NAMES[String(host)] ?? String(host)));
  let supported = false;
  try {
    supported = !!office.context?.requirements?.isSetSupported('ExcelApi', MIN_EXCEL_API);
  } catch {
    supported = false;
  }
  if (!supported) throw new Error(MESSAGES.excelTooOld);
}
