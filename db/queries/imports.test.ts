import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { categories, comments, posts, users } = await import('@/db/schema');
const { importMt } = await import('@/server/import/mt-import');
const { proposalFromPaste, savePasteDraft, uniqueSlug } = await import('./imports');
const { getAdminPost } = await import('./admin-posts');
const { importPaste } = await import('@/lib/import/paste/import');
const { BODY_MAX, NAME_MAX } = await import('@/lib/validations/comment');

const fixture = (name: string) => readFileSync(`e2e/fixtures/${name}`, 'utf8');
const count = (table: typeof posts | typeof comments | typeof categories) =>
  getDb().select().from(table).all().length;
let ownerId = 0;

beforeAll(async () => {
  await seedDemo();
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

describe('Movable Type import', () => {
  const options = () => ({ actorId: ownerId, language: 'ja', timeZone: 'Asia/Tokyo' });

  it('a dry run reports what would be created and writes nothing', () => {
    const before = [count(posts), count(comments), count(categories)];
    const report = importMt(fixture('mt-export.txt'), { ...options(), dryRun: true });
    expect(report.posts.map((p) => [p.title, p.result, p.comments])).toEqual([
      ['春の古本市に行ってきた', 'created', 3],
      ['下書き：読書メモ', 'created', 1],
    ]);
    expect(report.categories.map((c) => c.name)).toEqual(['日記', '本']);
    expect(report.comments).toBe(4);
    expect(report.errors).toEqual([
      { line: expect.any(Number), message: expect.stringMatching(/DATE/) },
    ]);
    expect(report.dropped).toEqual([
      { line: 34, element: 'KEYWORDS', reason: 'notImported', excerpt: '古本市, 松本' },
      { line: 17, element: '<svg>', reason: 'unclosed', excerpt: '<svg width="12" height="12">' },
      { line: 24, element: '<script>', reason: 'removed', excerpt: 'alert("tracking")' },
      { line: 25, element: '<a>', reason: 'link', excerpt: 'javascript:alert(1)' },
      { line: 42, element: 'URL', reason: 'notImported', excerpt: 'https://yamada.example.com/' },
      { line: 98, element: 'URL', reason: 'notImported', excerpt: 'http://suzuki.example.net/' },
    ]);
    expect([count(posts), count(comments), count(categories)]).toEqual(before);
  });

  it('imports posts, categories and comments, then finds nothing new the second time', () => {
    const before = [count(posts), count(comments), count(categories)];
    const first = importMt(fixture('mt-export.txt'), { ...options(), dryRun: false });
    expect([count(posts), count(comments), count(categories)]).toEqual([
      before[0]! + 2,
      before[1]! + 4,
      before[2]! + 2,
    ]);
    expect(first.posts.map((p) => p.slug)).toEqual([
      '2023-04-book-fair',
      // No basename: the katakana title, romanized.
      'memo',
    ]);
    const fair = getDb()
      .select()
      .from(posts)
      .all()
      .find((p) => p.slug === '2023-04-book-fair')!;
    expect(fair).toMatchObject({ status: 'published', commentsOpen: true });
    expect(fair.publishedAt?.toISOString()).toBe('2023-04-15T12:30:00.000Z');
    const statuses = getDb()
      .select()
      .from(comments)
      .all()
      .filter((c) => c.postId === fair.id)
      .map((c) => c.status);
    expect(statuses).toEqual(['approved', 'approved', 'pending']);
    const suzuki = getDb()
      .select()
      .from(comments)
      .all()
      .find((c) => c.authorName === '鈴木')!;
    expect(suzuki.body).toBe(
      '続きを楽しみにしています。\n読書ブログ (https://suzuki.example.net/books)もどうぞ & よろしく。',
    );
    const again = importMt(fixture('mt-export.txt'), { ...options(), dryRun: false });
    expect(again.posts.map((p) => p.result)).toEqual(['duplicate', 'duplicate']);
    expect(again.categories).toEqual([]);
    expect([count(posts), count(comments), count(categories)]).toEqual([
      before[0]! + 2,
      before[1]! + 4,
      before[2]! + 2,
    ]);
  });
});

describe('Movable Type import limits', () => {
  const entry = (title: string, comment: string) =>
    `TITLE: ${title}\nDATE: 01/02/2023 10:00:00 AM\nSTATUS: Publish\n-----\nBODY:\n<p>x</p>\n-----\n${comment}--------\n`;

  it('cuts what is over the comment limits (from the comment schema) and reports each cut; never skips the comment', () => {
    const long = `${'あ'.repeat(BODY_MAX)}TAIL`;
    const name = `${'n'.repeat(NAME_MAX)}XYZ`;
    const text = entry(
      'Limits',
      `COMMENT:\nAUTHOR: ${name}\nEMAIL: not-an-email\nDATE: 01/02/2023 11:00:00 AM\n<p>${long}</p>\n-----\n`,
    );
    const report = importMt(text, {
      actorId: ownerId,
      language: 'ja',
      timeZone: 'Asia/Tokyo',
      dryRun: false,
    });
    expect(report.comments).toBe(1);
    expect(report.dropped).toEqual([
      { line: 12, element: 'COMMENT', reason: 'cut', excerpt: 'TAIL' },
      { line: 12, element: 'AUTHOR', reason: 'cut', excerpt: 'XYZ' },
      { line: 12, element: 'EMAIL', reason: 'replaced', excerpt: 'not-an-email' },
    ]);
    const row = getDb()
      .select()
      .from(comments)
      .all()
      .find((c) => c.authorName === 'n'.repeat(NAME_MAX))!;
    expect([...row.body]).toHaveLength(BODY_MAX);
    expect(row.authorEmail).toMatch(/^unknown-[0-9a-f]{8}@invalid$/);
  });
});

describe('paste import', () => {
  it('proposes the seed post and saves it as a draft', () => {
    const proposal = proposalFromPaste(importPaste(fixture('raw.txt')));
    expect(proposal).toMatchObject({
      slug: 'russia-and-us-holding-secret-talks-in-ankara',
      originalLanguage: 'en',
      translationLanguage: 'ja',
    });
    expect(proposal.titles).toEqual({
      en: 'Russia and US holding secret talks in Ankara',
      ja: 'ロシアと米国がアンカラで秘密会談',
    });
    const saved = savePasteDraft(proposal, ownerId);
    const post = getAdminPost({ id: saved.id })!;
    expect(post.status).toBe('draft');
    expect(post.blocks).toHaveLength(19);
    expect(post.blocks.filter((b) => b.texts.ja)).toHaveLength(6);
    expect(uniqueSlug(proposal.slug)).toBe('russia-and-us-holding-secret-talks-in-ankara-2');
  });

  it('never titles the translation with a body paragraph (issue #15), and keeps it on save', () => {
    const text = readFileSync('lib/import/fixtures/align/issue-five-paragraphs.txt', 'utf8');
    const proposal = proposalFromPaste(importPaste(text));
    expect(proposal.titles).toEqual({ en: 'Notes from a quiet week' });
    const post = getAdminPost({ id: savePasteDraft(proposal, ownerId).id })!;
    expect(post.blocks.filter((b) => b.texts.ja)).toHaveLength(3);
    expect(post.translations.ja?.title).toBe('Notes from a quiet week');
  });
});

describe('slugs from Japanese', () => {
  it('romanizes kana for categories and dates a kanji-only post title, unique', async () => {
    const { resolveTaxonomy } = await import('./import-taxonomy');
    const { writeTx } = await import('@/db');
    const { getSettings } = await import('./settings');
    const { dateSlug } = await import('@/lib/slug');
    const flat = (name: string) => [{ slug: null, names: { ja: name } }];
    const { outcomes } = writeTx((tx) =>
      resolveTaxonomy(
        tx,
        { categories: [flat('ニュース'), flat('国際'), flat('政治')], tags: [] },
        ownerId,
      ),
    );
    const [kana, first, second] = outcomes.map((o) => o.slug);
    expect(kana).toBe('nyuusu');
    expect(first).toMatch(/^category(-\d+)?$/);
    expect(second).toMatch(/^category-\d+$/);
    expect(second).not.toBe(first);
    const today = dateSlug(new Date(), getSettings().timeZone);
    expect(uniqueSlug('')).toBe(today);
    expect(uniqueSlug('', new Set([today]))).toBe(today.replace(/-1$/, '-2'));
  });
});
