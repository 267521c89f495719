import type { Locator, Page } from '@playwright/test';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { blocks, suggestions } from '@/db/schema';
import { insertPost, unique } from './posts';

/** A public en → ja post of this test's own: block 1 untranslated, block 2 translated. */
export function suggestionTestPost(db: Db, status: 'published' | 'draft' = 'published') {
  const slug = unique('suggest');
  const id = insertPost(db, {
    slug,
    status,
    titles: { en: `Night library ${slug}`, ja: `夜の図書館 ${slug}` },
    blocks: [
      { texts: { en: `The library opens at night (${slug}).` } },
      { texts: { en: 'Readers come by boat.', ja: '読者は船で来る。' } },
    ],
  });
  const blockIds = db
    .select({ id: blocks.id })
    .from(blocks)
    .where(eq(blocks.postId, id))
    .orderBy(asc(blocks.position))
    .all()
    .map((b) => b.id);
  return { id, slug, blockIds };
}

export const storedSuggestions = (db: Db, postId: number) =>
  db.select().from(suggestions).where(eq(suggestions.postId, postId)).all();

/** The per-block suggestion page and its form, labelled in both UI languages. */
export class SuggestPage {
  constructor(readonly page: Page) {}

  /** Opens the post and follows the first block's "Suggest a translation" link. */
  async openFromPost(slug: string, locale = 'en') {
    await this.page.goto(`/${locale}/posts/${slug}`);
    await this.page
      .getByRole('link', { name: /^(Suggest a translation|翻訳を提案する)$/ })
      .first()
      .click();
  }

  get text(): Locator {
    return this.page.getByRole('textbox', { name: /^(Your translation|あなたの翻訳)/ });
  }

  get name(): Locator {
    return this.page.getByRole('textbox', { name: /^(Name|お名前)/ });
  }

  get email(): Locator {
    return this.page.getByRole('textbox', { name: /^(Email|メールアドレス)/ });
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: /^(Send suggestion|提案を送信)$/ });
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  error(field: 'name' | 'email' | 'text'): Locator {
    return this.page.locator(`#suggest-${field}-error`);
  }

  async send(values: { text: string; name: string; email: string }) {
    await this.text.fill(values.text);
    await this.name.fill(values.name);
    await this.email.fill(values.email);
    await this.submit.click();
  }
}

/** The moderators' suggestion queue. */
export class SuggestionQueue {
  constructor(readonly page: Page) {}

  goto(locale = 'en', status = 'pending') {
    return this.page.goto(`/${locale}/admin/suggestions?status=${status}`);
  }

  row(text: string): Locator {
    return this.page.locator('li.suggestion-row', { hasText: text });
  }

  /**
   * Opens the page of the pending queue that holds `text`: the queue is oldest first and shared
   * by every test of the run, so a new suggestion may be past the first page.
   */
  async showPending(text: string, locale = 'en') {
    for (let page = 1; page <= 50; page++) {
      await this.page.goto(`/${locale}/admin/suggestions?status=pending&page=${page}`);
      if (await this.row(text).count()) return;
      if (!(await this.page.locator('li.suggestion-row').count())) break;
    }
    throw new Error(`no pending suggestion "${text}" in the queue`);
  }

  async decide(text: string, decision: 'Accept' | 'Reject' | 'Spam' | '採用' | '不採用') {
    await this.row(text).getByRole('button', { name: decision, exact: true }).click();
  }
}
