const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('### SHEET',ws.name,ws.rowCount,ws.columnCount,'merges',JSON.stringify(ws.model.merges));
ws.eachRow({includeEmpty:false},(row,r)=>{const cells=[];row.eachCell({includeEmpty:false},(c,i)=>{let v=c.value;if(v&&typeof v==='object')v=JSON.stringify(v);cells.push(c.address+'='+v+(c.numFmt?'['+c.numFmt+']':'')+(c.font&&c.font.bold?'*b':''))});console.log(r+': '+cells.join(' | '))})}})();
