/** Kategori scales: presets, classification with explicit gap handling, and a workbook's own scale table. */
export * from './scale';
export * from './presets';
export * from './scale-table';
