import { realisasiAnggaran } from './fixtures';
it('sizes', () => {
  const s = realisasiAnggaran(20_000);
  const vals = s.cells.map(l => l.map(c => (c ? (c.value ?? '') : '')));
  const fmts = s.cells.map(l => l.map(c => (c && c.numFmt ? c.numFmt : 'General')));
  const fx = s.cells.map(l => l.map(c => (c && c.formula ? '=' + c.formula : null)).filter(Boolean));
  const props = s.cells.slice(0, 1666).map(l => l.map(() => ({ format: { font: { bold: false }, indentLevel: 0 } })));
  console.log('rows', s.rowCount, 'values', JSON.stringify(vals).length, 'fmts', JSON.stringify(fmts).length, 'fx', JSON.stringify(fx).length, 'props', JSON.stringify(props).length);
});
