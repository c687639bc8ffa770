#!/usr/bin/env node
'use strict';
// Developer aid: prints every non-empty cell of a workbook (value, [number format], *b for bold).
const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const width = Number(process.argv[3] || 60);
  for (const ws of wb.worksheets) {
    console.log('### SHEET', ws.name, 'merges', JSON.stringify(ws.model.merges));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells = [];
      row.eachCell({ includeEmpty: false }, c => {
        if (c.isMerged && c.master.address !== c.address) return;
        let v = c.value;
        if (v && typeof v === 'object') v = JSON.stringify(v);
        cells.push(c.address + '=' + String(v).slice(0, width) + (c.numFmt ? '[' + c.numFmt + ']' : '') + (c.font && c.font.bold ? '*b' : ''));
      });
      console.log(r + ': ' + cells.join(' | '));
    });
  }
})();
