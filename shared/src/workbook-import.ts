/**
 * What uploading a filled-in department workbook would change (POST
 * /files/cycles/:cycleId/department-workbook/preview), as the server answers and the client shows it.
 */

/** A problem with one cell, said as Excel says where it is (`実績!K12`). */
export type CellProblem = { sheet: string; cell: string; message: string };

/** One field a row's import changes. */
export type ImportChange = { sheet: string; row: number; subject: string; field: string; before: string; after: string };

/** A row someone saved since the workbook was downloaded: the saved and the file's text, side by side. */
export type ImportConflict = { sheet: string; row: number; subject: string; saved: string; yours: string };

export type ImportPreview = {
  cycleId: string;
  department: string | null;
  problems: CellProblem[];
  changes: ImportChange[];
  conflicts: ImportConflict[];
  /** Rows whose new content would be written (drafts), and rows the file leaves as they are. */
  changedRows: number;
  unchangedRows: number;
};
