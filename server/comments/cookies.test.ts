import { describe, expect, it } from 'vitest';

process.env.AUTH_SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const { commenterValue, readCommenter, readOwnIds, withOwnId } = await import('./cookies');

describe('own-comments cookie', () => {
  it('keeps a signed list of ids, newest last, without duplicates', () => {
    const value = withOwnId(withOwnId(withOwnId(undefined, 3), 7), 3);
    expect(readOwnIds(value)).toEqual([7, 3]);
  });

  it('a forged, edited or damaged value reads as no ids', () => {
    const value = withOwnId(undefined, 3);
    const [, sig] = value.split('.');
    expect(readOwnIds(`4.${sig}`)).toEqual([]);
    expect(readOwnIds(value.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toEqual([]);
    for (const junk of [undefined, '', 'x', '3', '3.', '3-x.abc', `1 or 1=1.${sig}`])
      expect(readOwnIds(junk)).toEqual([]);
  });

  it('holds at most 30 ids', () => {
    let value: string | undefined;
    for (let id = 1; id <= 40; id++) value = withOwnId(value, id);
    expect(readOwnIds(value)).toEqual(Array.from({ length: 30 }, (_, i) => i + 11));
  });
});

describe('remembered commenter cookie', () => {
  it('round-trips a name and email through the form rules', () => {
    expect(readCommenter(commenterValue('花子', 'hanako@example.jp'))).toEqual({
      name: '花子',
      email: 'hanako@example.jp',
    });
  });

  it('ignores anything the rules would refuse', () => {
    expect(readCommenter(commenterValue('', 'x@example.com'))).toBeNull();
    expect(
      readCommenter(Buffer.from('{"name":"a\\u0000","email":"a@b.co"}').toString('base64url')),
    ).toBeNull();
    expect(readCommenter('not base64 json')).toBeNull();
    expect(readCommenter(undefined)).toBeNull();
  });
});
