/** The pane's Narasi tab without a browser: grouping, the text copied, and both ways of copying. */
import type { NarasiParagraph } from '../../src/engine/narasi/generate';
import { GROUP_OF_KIND, NARASI_GROUPS, displayText, groupNarasi, joinParagraphs, narasiKey, shownOrder, sourceRef } from '../../src/taskpane/state/narasi';
import { copyText, legacyCopy, type ClipboardEnv } from '../../src/taskpane/state/clipboard';

function para(sheet: string, cell: string, kind: NarasiParagraph['kind'], text = `${kind} ${sheet}!${cell}`, tableId = `${sheet}!A1:F40`): NarasiParagraph {
  return { sheet, row: Number(/\d+/.exec(cell)![0]), subject: text, text, numbers: [], kind, cell, tableId };
}

describe('narasi grouping', () => {
  const list = [
    para('Capaian Kinerja', 'E21', 'indikator'),
    para('Capaian Kinerja', 'E31', 'indikator'),
    para('Capaian Kinerja', 'E31', 'sasaran'),
    para('Capaian Kinerja', 'E36', 'indikator'),
    para('Capaian Kinerja', 'E37', 'rata_rata'),
    para('Realisasi Anggaran', 'C12', 'anggaran'),
    para('Capaian Kinerja', 'H50', 'efisiensi'),
    para('Realisasi Anggaran', 'G12', 'efisiensi'),
    para('Lampiran 2', 'C12', 'anggaran'),
  ];

  test('by sheet in the order met, then indikator, sasaran, anggaran, efisiensi; each kind keeps its order', () => {
    const sheets = groupNarasi(list);
    expect(sheets.map(s => [s.sheet, s.count])).toEqual([
      ['Capaian Kinerja', 6],
      ['Realisasi Anggaran', 2],
      ['Lampiran 2', 1],
    ]);
    const ck = sheets[0];
    expect(ck.groups.map(g => g.id)).toEqual(['indikator', 'sasaran', 'efisiensi']);
    expect(ck.groups[0].paragraphs.map(p => p.cell)).toEqual(['E21', 'E31', 'E36']);
    // A sasaran paragraph and a rata-rata row read under one heading.
    expect(ck.groups[1].paragraphs.map(p => [p.cell, p.kind])).toEqual([
      ['E31', 'sasaran'],
      ['E37', 'rata_rata'],
    ]);
    expect(ck.groups[1].label).toBe('Capaian sasaran');
    expect(sheets[1].groups.map(g => g.label)).toEqual(['Program dan anggaran', 'Efisiensi']);
    expect(shownOrder(sheets).map(sourceRef)).toEqual([
      'Capaian Kinerja!E21',
      'Capaian Kinerja!E31',
      'Capaian Kinerja!E36',
      'Capaian Kinerja!E31',
      'Capaian Kinerja!E37',
      'Capaian Kinerja!H50',
      'Realisasi Anggaran!C12',
      'Realisasi Anggaran!G12',
      'Lampiran 2!C12',
    ]);
  });

  test('every kind has a heading, and nothing is lost or doubled', () => {
    expect(new Set(Object.values(GROUP_OF_KIND))).toEqual(new Set(NARASI_GROUPS.map(g => g.id)));
    const sheets = groupNarasi(list);
    expect(shownOrder(sheets)).toHaveLength(list.length);
    expect(new Set(shownOrder(sheets))).toEqual(new Set(list));
    expect(groupNarasi([])).toEqual([]);
    // A kind this pane does not know yet is still shown, with the indikator paragraphs.
    const odd = { ...para('X', 'A1', 'indikator'), kind: 'baru' as unknown as NarasiParagraph['kind'] };
    expect(groupNarasi([odd])[0].groups).toEqual([{ id: 'indikator', label: 'Capaian indikator', paragraphs: [odd] }]);
  });

  test('keys tell apart the indikator and the sasaran paragraph of one row', () => {
    const [, a, b] = list;
    expect(a.row).toBe(b.row);
    expect(narasiKey(a)).not.toBe(narasiKey(b));
    expect(new Set(list.map(narasiKey)).size).toBe(list.length);
  });

  test('copied text: paragraphs trimmed, separated by one blank line, empty ones left out', () => {
    expect(joinParagraphs([{ text: ' Satu. ' }, { text: '' }, { text: 'Dua.\n' }, { text: '  ' }, { text: 'Tiga.' }])).toBe('Satu.\n\nDua.\n\nTiga.');
    expect(joinParagraphs([])).toBe('');
  });

  test('shown text keeps "Rp" with its amount; nothing else changes', () => {
    expect(displayText('pagu sebesar Rp 4.319.696.654 terealisasi sebesar Rp 3.872.713.320 (Rp -5)')).toBe(
      'pagu sebesar Rp\u00a04.319.696.654 terealisasi sebesar Rp\u00a03.872.713.320 (Rp\u00a0-5)',
    );
    expect(displayText('RSUD Rp. dan Rupiah Rp sisa')).toBe('RSUD Rp. dan Rupiah Rp sisa');
  });
});

/** A document just rich enough for the textarea fallback, recording what happened. */
function fakeDocument(copies: boolean | 'throws') {
  const log: string[] = [];
  const body = { appendChild: (el: { value: string }) => log.push(`append:${el.value}`) };
  const button = { focus: () => log.push('focus:button') };
  const ranges = ['range1'];
  const selection = {
    get rangeCount() {
      return ranges.length;
    },
    getRangeAt: (i: number) => ranges[i],
    removeAllRanges: () => log.push('selection:clear'),
    addRange: (r: string) => log.push(`selection:add:${r}`),
  };
  let area: Record<string, unknown> | undefined;
  const doc = {
    body,
    activeElement: button,
    getSelection: () => selection,
    createElement: (tag: string) => {
      area = {
        tag,
        value: '',
        style: {},
        attrs: {} as Record<string, string>,
        setAttribute(name: string, value: string) {
          (this.attrs as Record<string, string>)[name] = value;
        },
        focus: () => log.push('focus:textarea'),
        select: () => log.push('select'),
        setSelectionRange: (a: number, b: number) => log.push(`range:${a}-${b}`),
        remove: () => log.push('remove'),
      };
      return area;
    },
    execCommand: (cmd: string) => {
      log.push(`exec:${cmd}`);
      if (copies === 'throws') throw new Error('SecurityError');
      return copies;
    },
  };
  return { doc: doc as unknown as ClipboardEnv['document'], log, area: () => area };
}

describe('copying', () => {
  test('the Clipboard API when it answers', async () => {
    const written: string[] = [];
    const { doc, log } = fakeDocument(true);
    const env: ClipboardEnv = { navigator: { clipboard: { writeText: async t => void written.push(t) } }, document: doc };
    expect(await copyText('Capaian 94,71%.', env)).toBe('clipboard');
    expect(written).toEqual(['Capaian 94,71%.']);
    expect(log).toEqual([]);
  });

  test('the textarea fallback when the Clipboard API is refused, missing or silent', async () => {
    const refused = fakeDocument(true);
    const env: ClipboardEnv = {
      navigator: { clipboard: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } },
      document: refused.doc,
    };
    expect(await copyText('Satu.\n\nDua.', env)).toBe('execCommand');
    expect(refused.area()).toMatchObject({ tag: 'textarea', value: 'Satu.\n\nDua.', attrs: { readonly: '', 'aria-hidden': 'true' } });
    // Focus and the user's selection are back where they were, and the textarea is gone.
    expect(refused.log).toEqual([
      'append:Satu.\n\nDua.',
      'focus:textarea',
      'select',
      'range:0-11',
      'exec:copy',
      'remove',
      'selection:clear',
      'selection:add:range1',
      'focus:button',
    ]);

    const missing = fakeDocument(true);
    expect(await copyText('x', { navigator: {}, document: missing.doc })).toBe('execCommand');

    const silent = fakeDocument(true);
    const never: ClipboardEnv = { navigator: { clipboard: { writeText: () => new Promise<void>(() => undefined) } }, document: silent.doc };
    expect(await copyText('x', never, 20)).toBe('execCommand');
    expect(silent.log).toContain('exec:copy');
  });

  test('failed when neither way copies, and the page is left as it was', async () => {
    const refuses = fakeDocument(false);
    expect(await copyText('x', { document: refuses.doc })).toBe('failed');
    expect(refuses.log).toContain('remove');
    const throws = fakeDocument('throws');
    expect(legacyCopy('x', throws.doc)).toBe(false);
    expect(throws.log.slice(-4)).toEqual(['remove', 'selection:clear', 'selection:add:range1', 'focus:button']);
    expect(await copyText('x', {})).toBe('failed');
  });
});
