/**
 * The single point where the add-in asks the host what it supports. Every feature the Office adapter uses
 * beyond the basic ExcelApi 1.4 surface is gated by one flag here, so the code paths stay testable with a
 * fake host that claims any set of requirement sets.
 */

/** Office.context.requirements.isSetSupported, or a stand-in with the same shape. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface OfficeCapabilities {
  /** Range.getCellProperties (bold / indent / fill per cell in one call). ExcelApi 1.9. */
  cellProperties: boolean;
  /** Range.getSpecialCellsOrNullObject (formula cells, visible cells). ExcelApi 1.9. */
  specialCells: boolean;
  /** Worksheet.getRanges: many areas in one proxy (fills, bold runs). ExcelApi 1.9. */
  rangeAreas: boolean;
  /** Range.getMergedAreasOrNullObject. ExcelApi 1.13. */
  mergedAreas: boolean;
  /** Worksheet.notes (classic cell notes). ExcelApi 1.18. */
  notes: boolean;
  /**
   * Range.conditionalFormats (custom rules). ExcelApi 1.6. Highlights on hosts below 1.9, which cannot read a
   * cell's own fill to give it back: a rule the tool owns is removed exactly and leaves the user's fill as it was.
   */
  conditionalFormats: boolean;
  /** Application.suspendApiCalculationUntilNextSync. ExcelApi 1.6. */
  suspendCalculation: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync. ExcelApi 1.9. */
  suspendScreenUpdating: boolean;
  /** Worksheet.freezePanes, Range.hyperlink, Range.getAbsoluteResizedRange, Workbook.name/protection. ExcelApi 1.7. */
  api17: boolean;
  /** Worksheet.autoFilter and Worksheet.pageLayout. ExcelApi 1.9. */
  sheetLayout: boolean;
}

const NONE: IsSetSupported = () => false;

/**
 * The host's own isSetSupported when running inside Office; a function answering false otherwise
 * (Node, tests, a browser page outside Office).
 */
export function hostIsSetSupported(): IsSetSupported {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office && office.context && office.context.requirements;
  if (!requirements || typeof requirements.isSetSupported !== 'function') return NONE;
  return (name, minVersion) => {
    try {
      return requirements.isSetSupported(name, minVersion);
    } catch {
      return false;
    }
  };
}

export function detectCapabilities(isSetSupported: IsSetSupported = hostIsSetSupported()): OfficeCapabilities {
  const excel = (version: string) => isSetSupported('ExcelApi', version);
  const api19 = excel('1.9');
  return {
    cellProperties: api19,
    specialCells: api19,
    rangeAreas: api19,
    mergedAreas: excel('1.13'),
    notes: excel('1.18'),
    conditionalFormats: excel('1.6'),
    suspendCalculation: excel('1.6'),
    suspendScreenUpdating: api19,
    api17: excel('1.7'),
    sheetLayout: api19,
  };
}
