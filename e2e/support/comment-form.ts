import { randomInt, randomUUID } from 'node:crypto';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { comments } from '@/db/schema';
import { insertPost, unique } from './posts';

type Values = { name?: string; email?: string; body?: string };

/** The comment form and thread under a post, labelled in both UI languages. */
export class CommentForm {
  constructor(readonly page: Page) {}

  async goto(slug: string, locale = 'en') {
    return this.page.goto(`/${locale}/posts/${slug}`);
  }

  get form(): Locator {
    return this.page.locator('form#respond');
  }

  get name(): Locator {
    return this.form.getByRole('textbox', { name: /^(Name|お名前)/ });
  }

  get email(): Locator {
    return this.form.getByRole('textbox', { name: /^(Email|メールアドレス)/ });
  }

  get body(): Locator {
    return this.form.getByRole('textbox', { name: /^(Comment|コメント)/ });
  }

  get remember(): Locator {
    return this.form.getByRole('checkbox', { name: /^(Save my name|次回のコメント)/ });
  }

  /** Consent to one email per approved reply (never ticked in advance). */
  get notifyReplies(): Locator {
    return this.form.getByRole('checkbox', { name: /^(Notify me by email|このコメントに返信)/ });
  }

  get submit(): Locator {
    return this.form.getByRole('button', { name: /^(Post comment|コメントを送信)$/ });
  }

  get notice(): Locator {
    return this.form.getByRole('status');
  }

  get thread(): Locator {
    return this.page.locator('#comments');
  }

  error(field: 'name' | 'email' | 'body'): Locator {
    return this.page.locator(`#comment-${field}-error`);
  }

  /** The reader's own comments awaiting moderation, shown to them alone (a reply in its thread). */
  get held(): Locator {
    return this.page.locator('#comments li.comment.pending');
  }

  comment(text: string): Locator {
    return this.thread.locator('li.comment', { hasText: text });
  }

  async fill({ name, email, body }: Values) {
    if (name !== undefined) await this.name.fill(name);
    if (email !== undefined) await this.email.fill(email);
    if (body !== undefined) await this.body.fill(body);
  }

  async send(values: Values) {
    await this.fill(values);
    await this.submit.click();
  }

  /**
   * The hidden inputs a browser without JavaScript posts back: the action reference
   * ($ACTION_REF/$ACTION_KEY/$ACTION_…), the idempotency key and the reply target.
   */
  async hiddenFields(): Promise<Record<string, string>> {
    return this.form.evaluate((form) =>
      Object.fromEntries(
        [...form.querySelectorAll<HTMLInputElement>('input[type=hidden]')].map((i) => [
          i.name,
          i.value,
        ]),
      ),
    );
  }
}

/** A public post of this test's own, so its comment counts are not shared with other tests. */
export function commentTestPost(
  db: Db,
  options: { status?: 'draft' | 'published'; publishedAt?: Date | null } = {},
) {
  const slug = unique('comments');
  const id = insertPost(db, {
    slug,
    ...options,
    titles: { en: `Comment test ${slug}`, ja: `コメントのテスト ${slug}` },
    blocks: [{ texts: { en: 'A paragraph to comment on.', ja: 'コメントするための段落。' } }],
  });
  return { id, slug };
}

/** An approved comment by "Reader", stored directly (arranging a thread without the form). */
export const addApproved = (db: Db, postId: number, body: string) =>
  db
    .insert(comments)
    .values({
      postId,
      authorName: 'Reader',
      authorEmail: 'reader@example.org',
      body,
      language: 'en',
      status: 'approved',
    })
    .returning()
    .get();

export const storedComments = (db: Db, postId: number) =>
  db.select().from(comments).where(eq(comments.postId, postId)).orderBy(asc(comments.id)).all();

/** Another client address, so many requests in one test stay under the per-client rate limit. */
export const freshIp = () => `172.${randomInt(16, 32)}.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * Posts the comment form's server action the way a browser without JavaScript does: multipart
 * to the page URL, with the form's hidden action fields and a fresh idempotency key.
 */
export function postAction(
  request: APIRequestContext,
  url: string,
  hidden: Record<string, string>,
  fields: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
  ip = freshIp(),
) {
  return request.post(url, {
    multipart: { ...hidden, idempotencyKey: randomUUID(), ...fields },
    headers: { 'x-forwarded-for': ip },
    maxRedirects: 0,
  });
}

/** OWASP XSS filter-evasion style payloads; each would open an alert dialog if it ever ran. */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(2)</script>',
  '</textarea><script>alert(3)</script>',
  '<IMG SRC="javascript:alert(4);">',
  '<img src=x onerror=alert(5)>',
  '<svg/onload=alert(6)>',
  '<a href="javascript:alert(7)">click me</a>',
  'javascript:alert(8)',
  'jav&#x09;ascript:alert(9)',
  '<iframe src="javascript:alert(10)"></iframe>',
  '<BODY ONLOAD=alert(11)>',
  '<details open ontoggle=alert(12)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(13)>',
  "'';!--\"<XSS>=&{()}",
  'https://example.com/"><script>alert(14)</script>',
  'http://example.com/?q=<img src=x onerror=alert(15)>',
];
