#!/usr/bin/env node
'use strict';
/**
 * Builds the preservation suite (test/preservation/files/*.xlsx): workbooks holding the features real
 * office files have, each written part by part with fflate so every byte is exactly as stated here.
 * Every workbook holds the same small "Realisasi" table (layout of test/fixtures/efisiensi-seed004's
 * Realisasi sheet) with one wrong capaian (F5), so `hitung` colours, annotates and adds its columns.
 * manifest.json says, per file, what `hitung` must do: "write" (then hapus gives the input back) or
 * "refuse" (nothing written), and which notice it must give.
 *
 * usage: node scripts/make-preservation.js [outdir]
 */
const fs = require('fs');
const path = require('path');
const { zipSync, strToU8 } = require('fflate');

const out = process.argv[2] || path.join(__dirname, '..', 'test', 'preservation', 'files');
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// 1x1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The table every workbook holds: [row, [cells]] with {v, f, t, s}. */
function realisasi(sst, opts = {}) {
  const s = t => (opts.inline ? { is: t } : { v: sst(t), t: 's' });
  const rows = [
    [1, [['A', { ...s('Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2022'), s: 1 }]]],
    [2, ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'].map((h, i) => ['ABCDEFG'[i], { ...s(h), s: 1 }])],
    [3, [['A', { v: 1 }], ['B', s('Indeks Kepuasan Masyarakat')], ['C', s('Nilai')], ['D', { v: 80, s: 3 }], ['E', { v: 83.77, s: 2 }], ['F', { f: 'ROUND(E3/D3*100,2)', v: 104.71, s: 2 }], ['G', s('Sangat Tinggi')]]],
    [4, [['A', { v: 2 }], ['B', s('Persentase dokumen perencanaan tepat waktu')], ['C', s('%')], ['D', { v: 100, s: 3 }], ['E', { v: 75, s: 3 }], ['F', { f: 'ROUND(E4/D4*100,2)', v: 75, s: 2 }], ['G', s('Sedang')]]],
    [5, [['A', { v: 3 }], ['B', s('Nilai SAKIP')], ['C', s('Nilai')], ['D', { v: 70, s: 3 }], ['E', { v: 50.5, s: 2 }], ['F', { v: 80, s: 2 }], ['G', s('Tinggi')]]],
    [6, [['A', { v: 4 }], ['B', s('Persentase rekomendasi BPK ditindaklanjuti')], ['C', s('%')], ['D', { v: 90, s: 3 }], ['E', { v: 81, s: 3 }], ['F', { f: 'ROUND(E6/D6*100,2)', v: 90, s: 2 }], ['G', s('Tinggi')]]],
  ];
  if (opts.sharedFormula) {
    rows[2][1][5] = ['F', { f: 'ROUND(E3/D3*100,2)', fAttr: ' t="shared" ref="F3:F4" si="0"', v: 104.71, s: 2 }];
    rows[3][1][5] = ['F', { f: '', fAttr: ' t="shared" si="0"', v: 75, s: 2 }];
  }
  return rows;
}

function cellXml(col, row, c, p = '', noRef = false) {
  const ref = noRef ? '' : ` r="${col}${row}"`;
  const st = c.s ? ` s="${c.s}"` : '';
  if (c.is !== undefined) return `<${p}c${ref}${st} t="inlineStr"><${p}is><${p}t>${esc(c.is)}</${p}t></${p}is></${p}c>`;
  const t = c.t ? ` t="${c.t}"` : '';
  const f = c.f !== undefined ? (c.f === '' ? `<${p}f${c.fAttr || ''}/>` : `<${p}f${c.fAttr || ''}>${esc(c.f)}</${p}f>`) : '';
  const v = c.v !== undefined ? `<${p}v>${esc(c.v)}</${p}v>` : '';
  return `<${p}c${ref}${st}${t}${c.cm ? ` cm="${c.cm}"` : ''}>${f}${v}</${p}c>`;
}

function sheetXml(rows, o = {}) {
  const p = o.prefix || '';
  const xmlns = p ? `xmlns:${p.slice(0, -1)}="${NS}"` : `xmlns="${NS}"`;
  const data = rows.map(([r, cells, attrs]) => `<${p}row${o.noRef ? '' : ` r="${r}"`}${attrs || ''}>${cells.map(([col, c]) => cellXml(col, r, c, p, o.noRef)).join('')}</${p}row>`).join('');
  return HEAD + `<${p}worksheet ${xmlns} xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" mc:Ignorable="x14ac xr">`
    + (o.sheetPr || '') + `<${p}dimension ref="${o.dim || 'A1:G6'}"/>` + `<${p}sheetViews><${p}sheetView workbookViewId="0"${o.view || ''}/></${p}sheetViews>`
    + `<${p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` + (o.cols || `<${p}cols><${p}col min="2" max="2" width="40" customWidth="1"/></${p}cols>`)
    + `<${p}sheetData>${data}</${p}sheetData>` + (o.after || `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`) + (o.tail || '') + `</${p}worksheet>`;
}

const PAGE = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

const STYLES = HEAD + `<styleSheet xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">`
  + '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
  + '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor indexed="64"/></patternFill></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

const THEME = HEAD + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Tema Kantor"><a:themeElements><a:clrScheme name="Kantor"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F3864"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="8B0000"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Kantor"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Kantor"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>';

/** A workbook model every variant edits before it is zipped. */
function model() {
  const strings = [];
  const sst = t => { let i = strings.indexOf(t); if (i < 0) { strings.push(t); i = strings.length - 1; } return i; };
  return {
    strings, sst,
    sheets: [{ name: 'Realisasi', part: 'xl/worksheets/sheet1.xml', rows: realisasi(sst), o: {}, rels: [] }],
    parts: {}, overrides: {}, defaults: {}, wbRels: [], rootRels: [],
    wbPr: '<workbookPr defaultThemeVersion="166925"/>', wbProtection: '', definedNames: '', wbExt: '', calcPr: '<calcPr calcId="191029"/>',
    styles: STYLES, theme: true, level: 6, core: true,
  };
}

function relsXml(rels) {
  return HEAD + `<Relationships xmlns="${PKG}">` + rels.map(r => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('') + '</Relationships>';
}

function build(m) {
  const files = {};
  const put = (name, s) => { files[name] = typeof s === 'string' ? strToU8(s) : new Uint8Array(s); };
  const wbRels = [];
  let rid = 1;
  const sheetEls = m.sheets.map((s, i) => {
    const id = `rId${rid++}`;
    wbRels.push({ id, type: `${R}/worksheet`, target: s.part.replace(/^xl\//, '') });
    put(s.part, s.xml || sheetXml(s.rows, s.o));
    if (s.rels.length) put(s.part.replace(/([^/]+)$/, '_rels/$1.rels'), relsXml(s.rels));
    return `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="${id}"/>`;
  });
  wbRels.push({ id: `rId${rid++}`, type: `${R}/styles`, target: 'styles.xml' });
  if (m.theme) wbRels.push({ id: `rId${rid++}`, type: `${R}/theme`, target: 'theme/theme1.xml' });
  if (m.strings.length) wbRels.push({ id: `rId${rid++}`, type: `${R}/sharedStrings`, target: 'sharedStrings.xml' });
  for (const r of m.wbRels) wbRels.push({ id: `rId${rid++}`, ...r });
  put('xl/workbook.xml', HEAD + `<workbook xmlns="${NS}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" mc:Ignorable="x15">`
    + m.wbPr + m.wbProtection + '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
    + `<sheets>${sheetEls.join('')}</sheets>` + m.definedNames + m.calcPr + m.wbExt + '</workbook>');
  put('xl/_rels/workbook.xml.rels', relsXml(wbRels));
  put('xl/styles.xml', m.styles);
  if (m.theme) put('xl/theme/theme1.xml', typeof m.theme === 'string' ? m.theme : THEME);
  if (m.strings.length) put('xl/sharedStrings.xml', HEAD + `<sst xmlns="${NS}" count="${m.strings.length}" uniqueCount="${m.strings.length}">` + m.strings.map(t => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('') + '</sst>');
  put('_rels/.rels', relsXml([
    { id: 'rId1', type: `${R}/officeDocument`, target: 'xl/workbook.xml' },
    { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
    { id: 'rId3', type: `${R}/extended-properties`, target: 'docProps/app.xml' },
    ...m.rootRels.map((r, i) => ({ id: `rId${4 + i}`, ...r })),
  ]));
  put('docProps/core.xml', HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Sub Bagian Perencanaan</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-01-10T02:00:00Z</dcterms:created></cp:coreProperties>');
  put('docProps/app.xml', HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>');
  for (const [n, c] of Object.entries(m.parts)) put(n, c);
  const defaults = { rels: 'application/vnd.openxmlformats-package.relationships+xml', xml: 'application/xml', png: 'image/png', vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing', ...m.defaults };
  const overrides = {
    '/xl/workbook.xml': m.wbContentType || 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    '/xl/styles.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
    '/docProps/core.xml': 'application/vnd.openxmlformats-package.core-properties+xml',
    '/docProps/app.xml': 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    ...(m.theme ? { '/xl/theme/theme1.xml': 'application/vnd.openxmlformats-officedocument.theme+xml' } : {}),
    ...(m.strings.length ? { '/xl/sharedStrings.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml' } : {}),
    ...Object.fromEntries(m.sheets.map(s => [`/${s.part}`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'])),
    ...m.overrides,
  };
  put('[Content_Types].xml', HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + Object.entries(defaults).map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join('')
    + Object.entries(overrides).map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') + '</Types>');
  const order = ['[Content_Types].xml', '_rels/.rels', ...Object.keys(files).filter(n => n !== '[Content_Types].xml' && n !== '_rels/.rels')];
  const ordered = {};
  for (const n of order) ordered[n] = files[n];
  return Buffer.from(zipSync(ordered, { level: m.level, mtime: new Date('2023-01-10T02:00:00Z') }));
}

const CT = {
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
};

const VML_NOTE = (row, col) => `<v:shape id="_x0000_s${1025 + row}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
const VML = shapes => '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' + shapes + '</xml>';

function addNotes(m, s, notes, plain) {
  const list = notes.map(n => `<comment ref="${n.ref}" authorId="0"${n.show ? ' shapeId="0"' : ''}>${plain ? `<text><t>${esc(n.text)}</t></text>` : `<text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">${esc(n.text)}</t></r></text>`}</comment>`).join('');
  m.parts['xl/comments1.xml'] = HEAD + `<comments xmlns="${NS}"><authors><author>Bu Sari (Perencanaan)</author></authors><commentList>${list}</commentList></comments>`;
  m.parts['xl/drawings/vmlDrawing1.vml'] = VML(notes.map(n => { const row = Number(n.ref.slice(1)) - 1; return VML_NOTE(row, n.ref.charCodeAt(0) - 65).replace(n.show ? 'visibility:hidden' : '@@', 'visibility:visible'); }).join(''));
  m.overrides['/xl/comments1.xml'] = CT.comments;
  s.rels.push({ id: 'rId1', type: `${R}/comments`, target: '../comments1.xml' }, { id: 'rId2', type: `${R}/vmlDrawing`, target: '../drawings/vmlDrawing1.vml' });
  s.o.after = PAGE + '<legacyDrawing r:id="rId2"/>';
}

function drawingWith(m, s, anchorBody, extra = {}) {
  m.parts['xl/drawings/drawing1.xml'] = HEAD + '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="' + R + '" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    + `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${anchorBody}<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  m.overrides['/xl/drawings/drawing1.xml'] = CT.drawing;
  s.rels.push({ id: 'rId9', type: `${R}/drawing`, target: '../drawings/drawing1.xml' });
  s.o.after = (s.o.after || PAGE) + '<drawing r:id="rId9"/>';
  if (extra.rels) m.parts['xl/drawings/_rels/drawing1.xml.rels'] = relsXml(extra.rels);
}

const SP = (id, name, text) => `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${name}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${esc(text)}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;

function chartXml() {
  return HEAD + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="' + R + '"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Realisasi!$B$3:$B$6</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Realisasi!$F$3:$F$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';
}
const GRAPHIC_CHART = '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Capaian"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>';
const PIC = '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>';

function secondSheet(m, name, part, rows, o = {}) {
  const s = { name, part, rows, o, rels: [] };
  m.sheets.push(s);
  return s;
}

const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';

/** name → [mutator, expectation]. */
const V = {};
V['01-polos'] = m => m;
V['02-bagian-sheet-xml'] = m => { m.sheets[0].part = 'xl/worksheets/sheet.xml'; };
V['03-bagian-anggaran-xml'] = m => { m.sheets[0].part = 'xl/worksheets/anggaran.xml'; secondSheet(m, 'Lain', 'xl/worksheets/Sheet2.xml', [[1, [['A', { v: m.sst('Catatan lembar lain') }, ]]]].map(r => [r[0], r[1].map(([c, v]) => [c, { ...v, t: 's' }])])); };
V['04-catatan-teks-polos'] = m => { addNotes(m, m.sheets[0], [{ ref: 'B3', text: 'Sumber: survei IKM 2022' }, { ref: 'F5', text: 'Dicek ulang Bu Sari', show: true }], true); };
V['05-komentar-berutas'] = m => {
  addNotes(m, m.sheets[0], [{ ref: 'E4', text: '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel.\n\nComment:\n    Angka dari bagian umum' }], false);
  m.parts['xl/threadedComments/threadedComment1.xml'] = HEAD + '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="' + NS + '"><threadedComment ref="E4" dT="2023-01-10T02:00:00.00" personId="{6A1B2C3D-0000-4000-8000-000000000001}" id="{7B2C3D4E-0000-4000-8000-000000000002}"><text>Angka dari bagian umum</text></threadedComment></ThreadedComments>';
  m.parts['xl/persons/person.xml'] = HEAD + '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="' + NS + '"><person displayName="Pak Budi" id="{6A1B2C3D-0000-4000-8000-000000000001}" userId="budi@contoh.go.id" providerId="AD"/></personList>';
  m.overrides['/xl/threadedComments/threadedComment1.xml'] = 'application/vnd.ms-excel.threadedcomments+xml';
  m.overrides['/xl/persons/person.xml'] = 'application/vnd.ms-excel.person+xml';
  m.sheets[0].rels.push({ id: 'rId3', type: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', target: '../threadedComments/threadedComment1.xml' });
  m.wbRels.push({ type: 'http://schemas.microsoft.com/office/2017/10/relationships/person', target: 'persons/person.xml' });
};
V['06-validasi-x14-daftar-lain'] = m => {
  secondSheet(m, 'Daftar', 'xl/worksheets/sheet2.xml', ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah'].map((t, i) => [i + 1, [['A', { v: m.sst(t), t: 's' }]]]));
  m.sheets[0].o.tail = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14}><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Daftar!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>G3:G6</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
};
V['07-nama-konstanta'] = m => {
  m.definedNames = '<definedNames><definedName name="TahunAnggaran">2022</definedName><definedName name="Ambang" comment="batas bawah">0.75</definedName><definedName name="Lokal" localSheetId="1" hidden="1">Info!$A$1</definedName></definedNames>';
  secondSheet(m, 'Info', 'xl/worksheets/sheet2.xml', [[1, [['A', { f: 'TahunAnggaran+1', v: 2023 }], ['B', { f: 'Ambang*100', v: 75 }]]]]);
};
V['08-judul-dan-area-cetak'] = m => {
  m.definedNames = '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Realisasi!$A$1:$G$6</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">Realisasi!$2:$2</definedName></definedNames>';
  m.sheets[0].o.after = PAGE + '<pageSetup paperSize="9" orientation="landscape"/>';
};
V['09-logo-header-footer'] = m => {
  m.parts['xl/drawings/vmlDrawingHF1.vml'] = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="LH" o:spid="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:30pt;height:30pt;z-index:1"><v:imagedata o:relid="rId1" o:title="logo"/><o:lock v:ext="edit" rotation="t"/></v:shape></xml>';
  m.parts['xl/drawings/_rels/vmlDrawingHF1.vml.rels'] = relsXml([{ id: 'rId1', type: `${R}/image`, target: '../media/image1.png' }]);
  m.parts['xl/media/image1.png'] = PNG;
  m.sheets[0].rels.push({ id: 'rId5', type: `${R}/vmlDrawing`, target: '../drawings/vmlDrawingHF1.vml' });
  m.sheets[0].o.after = PAGE + '<headerFooter><oddHeader>&amp;L&amp;G&amp;CLaporan Kinerja 2022</oddHeader></headerFooter><legacyDrawingHF r:id="rId5"/>';
};
V['10-pemisah-halaman'] = m => { m.sheets[0].o.after = PAGE + '<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>'; };
V['11-sparkline'] = m => {
  m.sheets[0].o.tail = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" ${X14}><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Realisasi!D3:E3</xm:f><xm:sqref>H3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
};
V['12-objek-tertanam'] = m => {
  m.parts['xl/embeddings/Microsoft_Word_Document.docx'] = Buffer.from('PK\u0003\u0004 dokumen word tertanam (tiruan)');
  m.parts['xl/media/image1.emf'] = Buffer.from('EMF tiruan');
  m.defaults.docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  m.defaults.emf = 'image/x-emf';
  m.parts['xl/drawings/vmlDrawing1.vml'] = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"/><v:shape id="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:60pt;height:40pt;z-index:1"><v:imagedata o:relid="rId1" o:title=""/><x:ClientData ObjectType="Pict"><x:SizeWithCells/><x:Anchor>1, 0, 10, 0, 3, 0, 14, 0</x:Anchor><x:CF>Pict</x:CF></x:ClientData></v:shape></xml>';
  m.parts['xl/drawings/_rels/vmlDrawing1.vml.rels'] = relsXml([{ id: 'rId1', type: `${R}/image`, target: '../media/image1.emf' }]);
  m.sheets[0].rels.push({ id: 'rId1', type: `${R}/vmlDrawing`, target: '../drawings/vmlDrawing1.vml' }, { id: 'rId2', type: `${R}/package`, target: '../embeddings/Microsoft_Word_Document.docx' });
  m.sheets[0].o.after = PAGE + '<legacyDrawing r:id="rId1"/><oleObjects><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId2"/></oleObjects>';
};
V['13-kotak-teks-lembar-kedua'] = m => {
  const s = secondSheet(m, 'Lampiran', 'xl/worksheets/sheet2.xml', [[1, [['A', { v: m.sst('Lampiran'), t: 's' }]]]]);
  m.parts['xl/drawings/drawing1.xml'] = HEAD + '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' + SP(2, 'Kotak Teks 1', 'Catatan: angka realisasi sementara') + '<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  m.overrides['/xl/drawings/drawing1.xml'] = CT.drawing;
  s.rels.push({ id: 'rId1', type: `${R}/drawing`, target: '../drawings/drawing1.xml' });
  s.o.after = PAGE + '<drawing r:id="rId1"/>';
  s.o.dim = 'A1';
};
V['14-bentuk-berkelompok'] = m => {
  drawingWith(m, m.sheets[0], `<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="4" name="Grup 3"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr><xdr:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3657600" cy="457200"/><a:chOff x="0" y="0"/><a:chExt cx="3657600" cy="457200"/></a:xfrm></xdr:grpSpPr>${SP(5, 'Persegi 1', 'Target')}${SP(6, 'Persegi 2', 'Realisasi')}</xdr:grpSp>`);
};
V['15-gambar-nama-media-aneh'] = m => {
  m.parts['xl/media/Logo Kantor (final).PNG'] = PNG;
  m.defaults.PNG = 'image/png';
  drawingWith(m, m.sheets[0], PIC, { rels: [{ id: 'rId1', type: `${R}/image`, target: '../media/Logo%20Kantor%20(final).PNG' }] });
};
V['16-grafik-di-jalur-aneh'] = m => {
  m.parts['xl/grafik/bagan-capaian.xml'] = chartXml();
  m.overrides['/xl/grafik/bagan-capaian.xml'] = CT.chart;
  drawingWith(m, m.sheets[0], GRAPHIC_CHART, { rels: [{ id: 'rId1', type: `${R}/chart`, target: '../grafik/bagan-capaian.xml' }] });
};
V['17-tanggal-iso'] = m => {
  m.sheets[0].rows.push([8, [['A', { v: m.sst('Tanggal laporan'), t: 's' }], ['B', { v: '2023-01-15T00:00:00', t: 'd', s: 4 }]]]);
  m.sheets[0].o.dim = 'A1:G8';
};
V['18-array-dinamis'] = m => {
  m.parts['xl/metadata.xml'] = HEAD + `<metadata xmlns="${NS}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;
  m.overrides['/xl/metadata.xml'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';
  m.wbRels.push({ type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata', target: 'metadata.xml' });
  m.sheets[0].rows.push([10, [['A', { f: '_xlfn._xlws.SORT(D3:D6)', fAttr: ' t="array" ref="A10:A13"', v: 70, cm: 1 }]]], [11, [['A', { v: 80 }]]], [12, [['A', { v: 90 }]]], [13, [['A', { v: 100 }]]]);
  m.sheets[0].o.dim = 'A1:G13';
};
V['19-kolom-terhitung-tabel'] = m => {
  m.parts['xl/tables/table1.xml'] = HEAD + `<table xmlns="${NS}" id="1" name="TabelIKU" displayName="TabelIKU" ref="A2:G6" totalsRowShown="0"><autoFilter ref="A2:G6"/><tableColumns count="7"><tableColumn id="1" name="No"/><tableColumn id="2" name="Indikator Kinerja"/><tableColumn id="3" name="Satuan"/><tableColumn id="4" name="Target"/><tableColumn id="5" name="Realisasi"/><tableColumn id="6" name="Capaian (%)"><calculatedColumnFormula>ROUND(TabelIKU[[#This Row],[Realisasi]]/TabelIKU[[#This Row],[Target]]*100,2)</calculatedColumnFormula></tableColumn><tableColumn id="7" name="Predikat"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  m.overrides['/xl/tables/table1.xml'] = CT.table;
  m.sheets[0].rels.push({ id: 'rId1', type: `${R}/table`, target: '../tables/table1.xml' });
  m.sheets[0].o.after = PAGE + '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
};
V['20-proteksi-struktur'] = m => { m.wbProtection = '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x" workbookSaltValue="y" workbookSpinCount="100000" lockStructure="1"/>'; };
V['21-rentang-terproteksi'] = m => { m.sheets[0].o.after = '<protectedRanges><protectedRange sqref="D3:E6" name="Isian"/></protectedRanges>' + PAGE; };
V['22-properti-kustom'] = m => {
  m.parts['docProps/custom.xml'] = HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Unit Kerja"><vt:lpwstr>Bappeda</vt:lpwstr></property></Properties>';
  m.overrides['/docProps/custom.xml'] = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
  m.rootRels.push({ type: `${R}/custom-properties`, target: 'docProps/custom.xml' });
};
V['23-label-sensitivitas'] = m => {
  m.parts['docMetadata/LabelInfo.xml'] = HEAD + '<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{3a4b5c6d-0000-4000-8000-000000000003}" enabled="1" method="Standard" siteId="{1a2b3c4d-0000-4000-8000-000000000004}" removed="0"/></clbl:labelList>';
  m.overrides['/docMetadata/LabelInfo.xml'] = 'application/vnd.ms-office.classificationlabels+xml';
  m.rootRels.push({ type: 'http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels', target: 'docMetadata/LabelInfo.xml' });
};
V['24-format-bersyarat'] = m => {
  m.sheets[0].o.after = '<conditionalFormatting sqref="F3:F6"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>80</formula></cfRule></conditionalFormatting>' + PAGE;
  m.sheets[0].o.tail = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" ${X14}><x14:conditionalFormattings xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:conditionalFormatting><x14:cfRule type="dataBar" id="{00000000-000E-0000-0000-000001000000}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>E3:E6</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
};
V['25-xml-kustom'] = m => {
  m.parts['customXml/item1.xml'] = HEAD + '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"/>';
  m.parts['customXml/itemProps1.xml'] = HEAD + '<ds:datastoreItem ds:itemID="{11111111-2222-4333-8444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>';
  m.parts['customXml/_rels/item1.xml.rels'] = relsXml([{ id: 'rId1', type: `${R}/customXmlProps`, target: 'itemProps1.xml' }]);
  m.overrides['/customXml/itemProps1.xml'] = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
  m.wbRels.push({ type: `${R}/customXml`, target: '../customXml/item1.xml' });
};
V['26-tema-kustom'] = m => { m.theme = THEME.replace('8B0000', '006400').replace('Tema Kantor', 'Tema Pemda'); };
function pivot(m) {
  const s = secondSheet(m, 'Pivot', 'xl/worksheets/sheet2.xml', [[3, [['A', { v: m.sst('Satuan'), t: 's' }], ['B', { v: m.sst('Jumlah Target'), t: 's' }]]], [4, [['A', { v: m.sst('Nilai'), t: 's' }], ['B', { v: 150 }]]], [5, [['A', { v: m.sst('%'), t: 's' }], ['B', { v: 190 }]]]]);
  s.o.dim = 'A3:B5';
  m.parts['xl/pivotCache/pivotCacheDefinition1.xml'] = HEAD + `<pivotCacheDefinition xmlns="${NS}" xmlns:r="${R}" r:id="rId1" refreshedBy="Sari" refreshedDate="44936" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="4"><cacheSource type="worksheet"><worksheetSource ref="A2:G6" sheet="Realisasi"/></cacheSource><cacheFields count="2"><cacheField name="Satuan" numFmtId="0"><sharedItems count="2"><s v="Nilai"/><s v="%"/></sharedItems></cacheField><cacheField name="Target" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="70" maxValue="100"/></cacheField></cacheFields></pivotCacheDefinition>`;
  m.parts['xl/pivotCache/pivotCacheRecords1.xml'] = HEAD + `<pivotCacheRecords xmlns="${NS}" count="4"><r><x v="0"/><n v="80"/></r><r><x v="1"/><n v="100"/></r><r><x v="0"/><n v="70"/></r><r><x v="1"/><n v="90"/></r></pivotCacheRecords>`;
  m.parts['xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels'] = relsXml([{ id: 'rId1', type: `${R}/pivotCacheRecords`, target: 'pivotCacheRecords1.xml' }]);
  m.parts['xl/pivotTables/pivotTable1.xml'] = HEAD + `<pivotTableDefinition xmlns="${NS}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="8" minRefreshableVersion="3" createdVersion="8" indent="0" outline="1" outlineData="1"><location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="2"><i><x/></i><i><x v="1"/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Jumlah Target" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;
  m.parts['xl/pivotTables/_rels/pivotTable1.xml.rels'] = relsXml([{ id: 'rId1', type: `${R}/pivotCacheDefinition`, target: '../pivotCache/pivotCacheDefinition1.xml' }]);
  m.overrides['/xl/pivotCache/pivotCacheDefinition1.xml'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml';
  m.overrides['/xl/pivotCache/pivotCacheRecords1.xml'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml';
  m.overrides['/xl/pivotTables/pivotTable1.xml'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml';
  s.rels.push({ id: 'rId1', type: `${R}/pivotTable`, target: '../pivotTables/pivotTable1.xml' });
  m.wbRels.push({ id: 'rIdPC', type: `${R}/pivotCacheDefinition`, target: 'pivotCache/pivotCacheDefinition1.xml' });
  m.pivotCaches = '<pivotCaches><pivotCache cacheId="1" r:id="rIdPC"/></pivotCaches>';
  m.calcPr = '<calcPr calcId="191029"/>' + m.pivotCaches;
  return s;
}
V['27-cache-pivot'] = m => { pivot(m); };
V['28-slicer'] = m => {
  pivot(m);
  m.parts['xl/slicerCaches/slicerCache1.xml'] = HEAD + '<slicerCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" name="Slicer_Satuan" sourceName="Satuan"><pivotTables><pivotTable tabId="2" name="PivotTable1"/></pivotTables><data><tabular pivotCacheId="1"><items count="2"><i x="0" s="1"/><i x="1" s="1"/></items></tabular></data></slicerCacheDefinition>';
  m.parts['xl/slicers/slicer1.xml'] = HEAD + '<slicers xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><slicer name="Satuan" cache="Slicer_Satuan" caption="Satuan" rowHeight="241300"/></slicers>';
  m.overrides['/xl/slicerCaches/slicerCache1.xml'] = 'application/vnd.ms-excel.slicerCache+xml';
  m.overrides['/xl/slicers/slicer1.xml'] = 'application/vnd.ms-excel.slicer+xml';
  m.wbRels.push({ id: 'rIdSC', type: 'http://schemas.microsoft.com/office/2007/relationships/slicerCache', target: 'slicerCaches/slicerCache1.xml' });
  m.sheets[1].rels.push({ id: 'rId2', type: 'http://schemas.microsoft.com/office/2007/relationships/slicer', target: '../slicers/slicer1.xml' });
  m.wbExt = `<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" ${X14}><x14:slicerCaches><x14:slicerCache r:id="rIdSC"/></x14:slicerCaches></ext></extLst>`;
};
V['29-timeline'] = m => {
  pivot(m);
  m.parts['xl/timelineCaches/timelineCache1.xml'] = HEAD + '<timelineCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" name="NativeTimeline_Tanggal" sourceName="Tanggal"><pivotTables><pivotTable tabId="2" name="PivotTable1"/></pivotTables><state minimalRefreshVersion="6" lastRefreshVersion="6" pivotCacheId="1" filterType="unknown"><selection startDate="2022-01-01T00:00:00" endDate="2022-12-31T00:00:00"/><bounds startDate="2022-01-01T00:00:00" endDate="2023-01-01T00:00:00"/></state></timelineCacheDefinition>';
  m.parts['xl/timelines/timeline1.xml'] = HEAD + '<timelines xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><timeline name="Tanggal" cache="NativeTimeline_Tanggal" caption="Tanggal" level="2" selectionLevel="2"/></timelines>';
  m.overrides['/xl/timelineCaches/timelineCache1.xml'] = 'application/vnd.ms-excel.timelineCache+xml';
  m.overrides['/xl/timelines/timeline1.xml'] = 'application/vnd.ms-excel.timeline+xml';
  m.wbRels.push({ id: 'rIdTC', type: 'http://schemas.microsoft.com/office/2011/relationships/timelineCache', target: 'timelineCaches/timelineCache1.xml' });
  m.sheets[1].rels.push({ id: 'rId3', type: 'http://schemas.microsoft.com/office/2011/relationships/timeline', target: '../timelines/timeline1.xml' });
  m.wbExt = '<extLst><ext uri="{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineCacheRefs><x15:timelineCacheRef r:id="rIdTC"/></x15:timelineCacheRefs></ext></extLst>';
};
V['30-tautan-eksternal'] = m => {
  m.parts['xl/externalLinks/externalLink1.xml'] = HEAD + `<externalLink xmlns="${NS}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Pagu"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>1500000000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
  m.parts['xl/externalLinks/_rels/externalLink1.xml.rels'] = relsXml([{ id: 'rId1', type: `${R}/externalLinkPath`, target: 'file:///C:/Anggaran/DPA%202022.xlsx', external: true }]);
  m.overrides['/xl/externalLinks/externalLink1.xml'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml';
  m.wbRels.push({ id: 'rIdEL', type: `${R}/externalLink`, target: 'externalLinks/externalLink1.xml' });
  m.calcPr = '<externalReferences><externalReference r:id="rIdEL"/></externalReferences><calcPr calcId="191029"/>';
  m.sheets[0].rows.push([8, [['A', { v: m.sst('Pagu DPA'), t: 's' }], ['B', { f: '[1]Pagu!$A$1', v: 1500000000 }]]]);
  m.sheets[0].o.dim = 'A1:G8';
};
V['31-rumus-bersama'] = m => { m.sheets[0].rows = realisasi(m.sst, { sharedFormula: true }); };
V['32-rumus-array-lama'] = m => { m.sheets[0].rows.push([8, [['A', { v: m.sst('Total target'), t: 's' }], ['D', { f: 'SUM(D3:D6*1)', fAttr: ' t="array" ref="D8"', v: 340 }]]]); m.sheets[0].o.dim = 'A1:G8'; };
V['33-tanggal-1904'] = m => { m.wbPr = '<workbookPr date1904="1" defaultThemeVersion="166925"/>'; m.sheets[0].rows.push([8, [['A', { v: m.sst('Tanggal'), t: 's' }], ['B', { v: 43829, s: 4 }]]]); m.sheets[0].o.dim = 'A1:G8'; };
V['34-makro-vba'] = m => { m.parts['xl/vbaProject.bin'] = Buffer.from('vba tiruan'); m.defaults.bin = 'application/vnd.ms-office.vbaProject'; m.wbContentType = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'; m.wbRels.push({ type: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', target: 'vbaProject.bin' }); };
V['35-prefiks-x'] = m => { m.sheets[0].o.prefix = 'x:'; m.sheets[0].o.cols = '<x:cols><x:col min="2" max="2" width="40" customWidth="1"/></x:cols>'; m.sheets[0].o.after = '<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'; };
V['36-string-inline'] = m => { m.sheets[0].rows = realisasi(m.sst, { inline: true }); m.strings.length = 0; };
V['37-sel-tanpa-alamat'] = m => { m.sheets[0].o.noRef = true; };
V['38-lembar-temuan-pengguna'] = m => { secondSheet(m, 'Temuan', 'xl/worksheets/sheet2.xml', [[1, [['A', { v: m.sst('Temuan BPK 2022 (catatan pengguna)'), t: 's' }]]]]); };
V['39-lembar-catatan-terlihat'] = m => { secondSheet(m, 'HitungCapaian_Data', 'xl/worksheets/sheet2.xml', [[1, [['A', { v: m.sst('Data milik pengguna, bukan catatan alat'), t: 's' }]]]]); };
V['40-lembar-tersembunyi'] = m => {
  secondSheet(m, 'Rahasia', 'xl/worksheets/sheet2.xml', [[1, [['A', { v: 7 }]]]]).state = 'veryHidden';
  secondSheet(m, 'Arsip', 'xl/worksheets/sheet3.xml', [[1, [['A', { v: 8 }]]]]).state = 'hidden';
};
V['41-sel-gabung-baris-tersembunyi'] = m => {
  m.sheets[0].rows[0][2] = ' ht="30" customHeight="1"';
  m.sheets[0].rows[5][2] = ' hidden="1"';
  m.sheets[0].o.after = '<mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells>' + PAGE;
};
V['42-tanpa-kompresi'] = m => { m.level = 0; };
V['43-validasi-dan-tautan'] = m => {
  m.sheets[0].rels.push({ id: 'rId1', type: `${R}/hyperlink`, target: 'https://jdih.example.go.id/perbup-2022', external: true });
  m.sheets[0].o.after = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C3:C6"><formula1>"Nilai,%,Dokumen"</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="B5" r:id="rId1"/></hyperlinks>' + PAGE;
};
V['44-beku-filter-sort'] = m => {
  m.sheets[0].o.view = ' tabSelected="1"';
  m.sheets[0].o.after = '<autoFilter ref="A2:G6"><sortState ref="A3:G6"><sortCondition ref="F3:F6"/></sortState></autoFilter>' + PAGE;
  m.definedNames = '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Realisasi!$A$2:$G$6</definedName></definedNames>';
};
V['45-kolom-kanan-terisi'] = m => {
  m.sheets[0].rows.forEach(r => r[1].push(['I', { v: 1 }], ['J', { v: 2 }], ['K', { v: 3 }], ['L', { v: 4 }], ['M', { v: 5 }], ['N', { v: 6 }], ['O', { v: 7 }], ['P', { v: 8 }], ['Q', { v: 9 }], ['R', { v: 10 }], ['S', { v: 11 }], ['T', { v: 12 }]));
  m.sheets[0].o.dim = 'A1:T6';
};
V['46-proteksi-lembar'] = m => { m.sheets[0].o.after = '<sheetProtection sheet="1" objects="1" scenarios="1"/>' + PAGE; };
V['47-strict'] = m => { m.strict = true; };

const EXPECT = {
  '20-proteksi-struktur': { refuse: /Struktur buku kerja diproteksi/ },
  '34-makro-vba': { refuse: /makro/ },
  '46-proteksi-lembar': { refuse: /diproteksi/ },
  '47-strict': { refuse: /Strict/ },
  '37-sel-tanpa-alamat': { notice: /tanpa nomor|tanpa alamat/ },
  '38-lembar-temuan-pengguna': { notice: /Temuan \(2\)/ },
  '39-lembar-catatan-terlihat': { notice: /HitungCapaian_Data/ },
  '04-catatan-teks-polos': { notice: /sudah memiliki catatan/ },
};

function strictify(buf) {
  // Strict OOXML: the workbook's namespace is the purl one (enough for the tool to recognise it).
  const { unzipSync } = require('fflate');
  const files = unzipSync(new Uint8Array(buf));
  const wb = Buffer.from(files['xl/workbook.xml']).toString('utf8').replace(`xmlns="${NS}"`, 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
  files['xl/workbook.xml'] = strToU8(wb);
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date('2023-01-10T02:00:00Z') }));
}

fs.mkdirSync(out, { recursive: true });
const manifest = {};
for (const [name, mutate] of Object.entries(V)) {
  const m = model();
  mutate(m);
  let buf = build(m);
  if (m.strict) buf = strictify(buf);
  fs.writeFileSync(path.join(out, `${name}.xlsx`), buf);
  const e = EXPECT[name] || {};
  manifest[name] = { refuse: e.refuse ? e.refuse.source : null, notice: e.notice ? e.notice.source : null };
}
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`${Object.keys(V).length} buku kerja ditulis ke ${out}`);
