import { describe, expect, it } from 'vitest';
import { footnoteListHast } from './footnote-list';
import { numberFootnotes } from './footnotes';
import { textToHast } from './hast';
import { hastToHtml } from './to-html';

const labels = { footnoteLabel: 'Notes', footnoteBackLabel: 'Back to reference' };
const texts = [
  'Tea[^a] and more tea[^a].\n\n[^a]: Green, from *Shizuoka*.',
  'No notes here.',
  null,
  'Rice[^r] and beans[^b].\n\n[^r]: Koshihikari.\n\n[^b]: Azuki [link](javascript:alert(1)).',
];

describe('footnotes numbered per post', () => {
  const column = numberFootnotes(texts, 'en-');

  it('numbers notes down the column in reading order, whichever block holds them', () => {
    expect(column.notes).toEqual([
      { n: 1, block: 0, identifier: 'a' },
      { n: 2, block: 3, identifier: 'r' },
      { n: 3, block: 3, identifier: 'b' },
    ]);
    expect(column.perBlock.map((b) => b?.numbers)).toEqual([
      { a: 1 },
      undefined,
      undefined,
      { r: 2, b: 3 },
    ]);
  });

  it('links each reference to the post’s list, a repeat with its own id, and drops the definitions', () => {
    const first = hastToHtml(textToHast(texts[0]!, { postNotes: column.perBlock[0] }));
    expect(first).toContain('<sup><a href="#en-fn-1" id="en-fnref-1" data-footnote-ref');
    expect(first).toContain('id="en-fnref-1-2"');
    expect(first).not.toContain('Shizuoka');
    expect(first).not.toContain('<section');
    const last = hastToHtml(textToHast(texts[3]!, { postNotes: column.perBlock[3] }));
    expect(last).toMatch(
      /Rice<sup><a href="#en-fn-2"[^>]*>2<\/a><\/sup> and beans<sup><a href="#en-fn-3"/,
    );
  });

  it('lists every note once, with its text, formatting and a way back; unsafe links go', () => {
    const html = hastToHtml(footnoteListHast(column.notes, (i) => texts[i] ?? '', 'en-', labels));
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
    expect(html).toContain('<h2 class="sr-only" id="en-footnote-label">Notes</h2>');
    expect(html).toContain(
      '<li id="en-fn-1"><p>Green, from <em>Shizuoka</em>. <a href="#en-fnref-1"',
    );
    expect(html).toContain('aria-label="Back to reference 3"');
    expect(html).toContain('<li id="en-fn-2"><p>Koshihikari.');
    expect(html).not.toContain('javascript');
    expect(html.match(/<li /g)).toHaveLength(3);
  });

  it('leaves text without notes, and a reference to nothing, as written', () => {
    const none = numberFootnotes(['A [^x] stays.', 'Plain.'], 'ja-');
    expect(none).toEqual({ perBlock: [undefined, undefined], notes: [] });
    expect(hastToHtml(textToHast('A [^x] stays.'))).toBe('<p>A [^x] stays.</p>');
  });
});

describe('footnotes against hostile posts', () => {
  it('numbers notes labelled like Object.prototype’s keys like any other note', () => {
    const text =
      'A[^constructor] B[^__proto__] C[^toString].\n\n[^constructor]: one\n\n[^__proto__]: two\n\n[^toString]: three';
    const column = numberFootnotes([text], 'en-');
    expect(column.notes.map((n) => n.identifier)).toEqual(['constructor', '__proto__', 'tostring']);
    const body = hastToHtml(textToHast(text, { postNotes: column.perBlock[0] }));
    expect(body).not.toContain('native code');
    expect(body).not.toContain('object Object');
    expect(body).toMatch(/A<sup><a href="#en-fn-1"[^>]*>1<\/a><\/sup> B<sup><a href="#en-fn-2"/);
    const list = hastToHtml(footnoteListHast(column.notes, () => text, 'en-', labels));
    expect(list.match(/<li /g)).toHaveLength(3);
    expect(list).toContain('<li id="en-fn-2"><p>two');
  });

  it('points a reference at the heading of the list it links to', () => {
    const column = numberFootnotes([texts[0]!], 'en-');
    const body = hastToHtml(
      textToHast(texts[0]!, { idPrefix: 'b0-en-', postNotes: column.perBlock[0] }),
    );
    expect(body).toContain('aria-describedby="en-footnote-label"');
  });

  it('lists five hundred notes of one block, reading and parsing the block once', () => {
    const n = 500;
    const refs = Array.from({ length: n }, (_, i) => `w[^n${i}]`).join(' ');
    const defs = Array.from({ length: n }, (_, i) => `[^n${i}]: note ${i}`).join('\n');
    const text = `${refs}\n\n${defs}`;
    const column = numberFootnotes([text], 'en-');
    let reads = 0;
    const list = footnoteListHast(column.notes, () => (reads++, text), 'en-', labels);
    expect(reads).toBe(1);
    expect(hastToHtml(list).match(/<li /g)).toHaveLength(n);
  });
});
