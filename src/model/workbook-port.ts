import type { WorkbookData } from './grid';
import type { WritePlan } from './write-plan';

/**
 * The one seam between the core and a host. Two adapters implement it:
 * `xlsx` over files (exceljs) and `office` over Excel.run.
 */
export interface WorkbookPort {
  /** Reads every sheet's used range as whole 2-D blocks. */
  read(): Promise<WorkbookData>;
  /** Removes what an earlier run wrote (fills, notes, columns, sheets), then applies the plan. */
  apply(plan: WritePlan): Promise<ApplyResult>;
  /** Removes everything an earlier run wrote, restoring the workbook ("hapus hasil"). */
  clear(): Promise<ApplyResult>;
}

export interface ApplyResult {
  sheetsWritten: string[];
  cellsWritten: number;
  cellsFilled: number;
  notesWritten: number;
  /** What the adapter kept for the user or could not do on this host, one sentence each, to show as is. */
  notices?: string[];
}

/** A refusal the user must see: an Indonesian sentence that says what to do next. */
export class WorkbookRefusal extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'WorkbookRefusal';
  }
}
