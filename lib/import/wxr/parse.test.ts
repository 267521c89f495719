import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWxr, WxrFileError } from './parse';
import { itemBlocks, pairBlocks, wxrUnits } from './pairs';
import { wxrDocument, wxrItem } from './test-doc';

const TZ = { timeZone: 'Asia/Tokyo' };

describe('parseWxr', () => {
  it('reads the fixture: a Polylang pair, a page, threaded comments; the broken item and the attachment by line', () => {
    const result = parseWxr(readFileSync('e2e/fixtures/wxr-export.xml', 'utf8'), TZ);
    expect(result.items.map((i) => [i.type, i.title, i.language, i.line])).toEqual([
      ['post', 'Autumn leaves at Tofuku-ji', 'en', 24],
      ['post', '東福寺の紅葉', 'ja', 99],
      ['page', 'About this blog', null, 139],
    ]);
    expect(result.errors).toEqual([
      { line: 154, message: 'item 4 has neither a title nor any content' },
    ]);
    expect(result.notImported).toEqual([
      { line: 165, element: 'attachment', excerpt: 'maple-bridge.jpg' },
    ]);
    const [en] = result.items;
    expect(en?.comments.map((c) => [c.id, c.parent, c.approved])).toEqual([
      ['501', null, '1'],
      ['502', '501', '1'],
      ['503', '502', '0'],
      ['504', null, 'spam'],
    ]);
    expect(en?.date?.toISOString()).toBe('2023-11-18T01:30:00.000Z');
    expect(result.items[1]?.slug).toBe('東福寺'); // WordPress percent-encodes non-ASCII slugs
    expect(en?.tags).toEqual([{ slug: 'autumn', name: 'autumn' }]);
  });

  it('reports a malformed item with its document line and still reads the items around it', () => {
    const broken = wxrItem({ id: 2, title: 'Broken', content: 'x' }).replace(
      '<wp:post_id>2</wp:post_id>',
      '<wp:post_id>2</wp:post_idd>',
    );
    const doc = wxrDocument([
      wxrItem({ id: 1, title: 'One', content: 'a' }),
      broken,
      wxrItem({ id: 3, title: 'Three', content: 'c' }),
    ]);
    const result = parseWxr(doc, TZ);
    expect(result.items.map((i) => i.title)).toEqual(['One', 'Three']);
    const line = doc.split('\n').findIndex((l) => l.includes('</wp:post_idd>')) + 1;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(new RegExp(`^item 2, line ${line}: malformed XML`));
    const itemLines = doc.split('\n').flatMap((l, k) => (l.includes('<item>') ? [k + 1] : []));
    expect(result.errors[0]?.line).toBe(itemLines[1]);
  });

  it('keeps "</item>" inside a CDATA body as text, and reports an item the file cuts off', () => {
    const doc = wxrDocument([
      wxrItem({ id: 1, title: 'Code', content: '<pre>&lt;item&gt; </item> <item></pre>' }),
    ]);
    const cut = doc.replace('</channel>\n</rss>\n', '\t<item><title>Cut off');
    const result = parseWxr(cut, TZ);
    expect(result.items[0]?.content).toBe('<pre>&lt;item&gt; </item> <item></pre>');
    expect(result.errors).toEqual([
      { line: expect.any(Number), message: 'item 2: <item> is never closed' },
    ]);
  });

  it('dates: *_gmt as UTC, else wall-clock in the blog zone; a published post with no date is broken', () => {
    const doc = wxrDocument([
      wxrItem({
        id: 1,
        title: 'Local',
        content: 'a',
        dateGmt: '0000-00-00 00:00:00',
        date: '2024-03-01 09:00:00',
      }),
      wxrItem({
        id: 2,
        title: 'Draft',
        content: 'b',
        status: 'draft',
        dateGmt: '0000-00-00 00:00:00',
        date: '0000-00-00 00:00:00',
      }),
      wxrItem({
        id: 3,
        title: 'Bad',
        content: 'c',
        dateGmt: '2024-02-30 10:00:00',
        date: 'yesterday',
      }),
    ]);
    const result = parseWxr(doc, TZ);
    expect(result.items.map((i) => i.date?.toISOString() ?? null)).toEqual([
      '2024-03-01T00:00:00.000Z',
      null,
    ]);
    expect(result.errors[0]?.message).toMatch(/^item 3 is published but has no valid date/);
  });

  it('refuses a file that is not a WordPress export', () => {
    expect(() => parseWxr('AUTHOR: x\nTITLE: y\n', TZ)).toThrow(WxrFileError);
    expect(() => parseWxr('<rss version="2.0"><channel></channel></rss>', TZ)).toThrow(
      WxrFileError,
    );
  });

  it('lists trashed posts, revisions and menu items instead of importing them', () => {
    const doc = wxrDocument([
      wxrItem({ id: 1, title: 'Gone', content: 'trashed text', status: 'trash' }),
      wxrItem({ id: 2, title: 'Home', type: 'nav_menu_item' }),
    ]);
    expect(parseWxr(doc, TZ).notImported.map((n) => [n.element, n.excerpt])).toEqual([
      ['post (trash)', 'Gone trashed text'],
      ['nav_menu_item', 'Home'],
    ]);
  });
});

describe('translation pairs', () => {
  it('WPML postmeta pairs posts like Polylang terms; the earlier post is the original', () => {
    const doc = wxrDocument([
      wxrItem({
        id: 8,
        title: '後',
        content: '<p>こんにちは。</p>',
        dateGmt: '2024-01-02 00:00:00',
        meta: { _wpml_import_language_code: 'ja', _wpml_import_translation_group: '77' },
      }),
      wxrItem({
        id: 7,
        title: 'First',
        content: '<p>Hello.</p>',
        dateGmt: '2024-01-01 00:00:00',
        meta: { _wpml_import_language_code: 'en', _wpml_import_translation_group: '77' },
      }),
      wxrItem({ id: 9, title: 'Alone', content: '<p>Solo.</p>' }),
    ]);
    const units = wxrUnits(parseWxr(doc, TZ).items, (i) => i.language ?? 'en');
    expect(units.map((u) => u.items.map((i) => i.id))).toEqual([['7', '8'], ['9']]);
  });

  it('pairs blocks one to one when both posts have the same blocks, through the aligner otherwise', () => {
    const en = [
      { kind: 'paragraph' as const, texts: { en: 'The train left Vienna at 10 p.m. on Friday.' } },
      { kind: 'paragraph' as const, texts: { en: 'It reached Paris 14 hours later, on time.' } },
    ];
    const ja = [
      { kind: 'paragraph' as const, texts: { ja: '列車は金曜日の午後10時にウィーンを出発した。' } },
      { kind: 'paragraph' as const, texts: { ja: '14時間後、定刻にパリに着いた。' } },
    ];
    expect(pairBlocks(en, ja, ['en', 'ja'])).toEqual({
      paired: 2,
      confidence: 1,
      blocks: [
        { kind: 'paragraph', texts: { en: en[0]!.texts.en, ja: ja[0]!.texts.ja } },
        { kind: 'paragraph', texts: { en: en[1]!.texts.en, ja: ja[1]!.texts.ja } },
      ],
    });
    const longer = [
      ...en,
      { kind: 'paragraph' as const, texts: { en: 'The night train returns on 3 March.' } },
    ];
    const aligned = pairBlocks(longer, ja, ['en', 'ja'])!;
    expect(aligned.blocks.map((b) => b.texts.ja ?? null)).toEqual([
      ja[0]!.texts.ja,
      ja[1]!.texts.ja,
      null,
    ]);
    expect(aligned.paired).toBe(2);
  });

  it('content blocks come from the MT HTML converter: Gutenberg comments vanish, shortcodes are read', () => {
    const [item] = parseWxr(
      wxrDocument([
        wxrItem({
          id: 1,
          title: 't',
          content:
            '<!-- wp:paragraph -->\n<p>One [caption]x[/caption]</p>\n<!-- /wp:paragraph -->\n\nTwo\n\n<script>x()</script>',
        }),
      ]),
      TZ,
    ).items;
    const { blocks, dropped } = itemBlocks(item!, 'en');
    // A [caption] without an image keeps its text as a paragraph.
    expect(blocks.map((b) => b.texts.en)).toEqual(['One', 'x', 'Two']);
    expect(dropped.map((d) => [d.element, d.reason])).toEqual([['<script>', 'removed']]);
  });
});
