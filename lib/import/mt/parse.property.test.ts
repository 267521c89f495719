import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMt } from './parse';

const HEAD = (title: string) => `AUTHOR: a\nTITLE: ${title}\nDATE: 01/15/2024 10:00:00 AM`;
// Body lines, dividers among them: none may end an entry or a section, since no header follows.
const line = fc.oneof(
  fc.constantFrom(
    '--------',
    '-----',
    '',
    '---',
    '--------  ',
    'Note: not a header',
    'url: lower case',
  ),
  fc.stringMatching(/^[a-zぁ-ん][a-zぁ-ん .,]{0,15}$/),
);
const text = fc.array(line, { maxLength: 12 });

describe('parseMt property: divider lines inside text', () => {
  it('keeps every line of the body and extended body, and every entry', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(text, text, text, (body, extended, comment) => {
        const first = `${HEAD('one')}\n-----\nBODY:\n${body.join('\n')}\n-----\nEXTENDED BODY:\n${extended.join('\n')}\n-----\n`;
        const talk = `COMMENT:\nAUTHOR: c\nDATE: 01/16/2024 09:00:00 AM\n${comment.join('\n')}\n-----\n`;
        const { entries, errors } = parseMt(
          `${first}${talk}--------\n${HEAD('two')}\n-----\nBODY:\nlast\n-----\n--------\n`,
        );
        expect(errors).toEqual([]);
        expect(entries.map((e) => e.title)).toEqual(['one', 'two']);
        expect(entries[0]?.body).toBe(body.join('\n').trim());
        expect(entries[0]?.extendedBody).toBe(extended.join('\n').trim());
        expect(entries[0]?.comments.map((c) => c.body)).toEqual([comment.join('\n').trim()]);
        expect(entries[1]?.body).toBe('last');
      }),
      { numRuns: 300 },
    );
  });
});
