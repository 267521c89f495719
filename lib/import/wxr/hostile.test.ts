import { describe, expect, it } from 'vitest';
import { parseMt } from '../mt/parse';
import { parseWxr } from './parse';
import { wxrDocument, wxrItem } from './test-doc';

// Hostile export files, as an outsider would hand them to the owner: each must come back as a
// report (the bad item listed, the others read), never as an exception or minutes of CPU.
const opts = { timeZone: 'UTC' };
const timed = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const out = f();
  return [out, performance.now() - start];
};
const LAUGHS =
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' +
  'bcdefg'
    .split('')
    .map((e, k) => `<!ENTITY ${e} "${`&${'abcdefg'[k]};`.repeat(10)}">`)
    .join('') +
  ']>';

describe('WXR and MT imports against hostile files', () => {
  it('an item nested past the XML parser limit is listed as broken; the next item is read', () => {
    const deep = '<x>'.repeat(100_000) + '</x>'.repeat(100_000);
    const doc = wxrDocument([
      wxrItem({ id: 1, title: 'deep', content: '<p>x</p>', extra: deep }),
      wxrItem({ id: 2, title: 'fine', content: '<p>ok</p>' }),
    ]);
    const result = parseWxr(doc, opts);
    expect(result.items.map((i) => i.title)).toEqual(['fine']);
    expect(result.errors).toEqual([{ line: 6, message: expect.stringMatching(/unreadable XML/) }]);
  });

  it('HTML nested 100,000 deep is refused in well under the 30 s it took to convert', () => {
    const doc = wxrDocument([
      wxrItem({ id: 1, title: 'deep', content: '<div>'.repeat(100_000) + 'x' }),
      wxrItem({ id: 2, title: 'fine', content: '<div>'.repeat(200) + 'ok' }),
    ]);
    const [result, ms] = timed(() => parseWxr(doc, opts));
    expect(result.items.map((i) => i.title)).toEqual(['fine']);
    expect(result.errors[0]?.message).toMatch(/nested deeper than 256 elements/);
    expect(ms).toBeLessThan(5_000);
  });

  it('an MT body nested too deep is an entry error; the next entry still parses', () => {
    const entry = (title: string, body: string) =>
      `TITLE: ${title}\nDATE: 01/15/2024 10:00:00 AM\n-----\nBODY:\n${body}\n-----\n--------\n`;
    const text = entry('deep', '<b>'.repeat(100_000)) + entry('fine', '<p>ok</p>');
    const [result, ms] = timed(() => parseMt(text, opts));
    expect(result.entries.map((e) => e.title)).toEqual(['fine']);
    expect(result.errors).toEqual([{ line: 1, message: expect.stringMatching(/nested deeper/) }]);
    expect(ms).toBeLessThan(5_000);
  });

  it('entities declared in a DOCTYPE (billion laughs) are not expanded, in the head or an item', () => {
    const doc = wxrDocument([wxrItem({ id: 1, title: 'x', content: '<p>hi</p>' })]);
    const inHead = LAUGHS + doc.replace(/^<\?xml[^>]*>/, '');
    const inItem = doc.replace('<title><![CDATA[x]]></title>', `${LAUGHS}<title>&g;</title>`);
    for (const file of [inHead, inItem]) {
      const [result, ms] = timed(() => parseWxr(file, opts));
      expect(result.items.every((i) => i.title.length < 10)).toBe(true);
      expect(ms).toBeLessThan(2_000);
    }
  });
});
