const ExcelJS = require('/work/wt/dev2/node_modules/exceljs');
(async () => {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]);
  const only = process.argv[3];
  wb.eachSheet(ws => {
    if (only && ws.name !== only) return;
    console.log('=== ' + ws.name);
    ws.eachRow((row, r) => { const vals = []; row.eachCell({ includeEmpty: true }, (c, j) => { let v = c.value; if (v && typeof v === 'object' && 'formula' in v) v = '=' + v.formula; vals.push(v === null || v === undefined ? '' : String(v).slice(0, 22)); }); console.log(String(r).padStart(3), vals.join(' | ')); });
  });
})();
