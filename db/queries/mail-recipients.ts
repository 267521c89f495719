import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';
import type { Db } from '@/db/connection';
import { comments, mailOutbox, posts, postTranslations, settings, users } from '@/db/schema';
import type { Tx } from '@/db';

// Who mail goes to, and what it says about them: reply notices, owner notices, unsubscribing.

const parent = alias(comments, 'parent');

/**
 * For approved replies among `ids`: the parent that asked to hear of replies, when the replier is
 * someone else (not the same address). Everything a reply notice says, and where it goes.
 */
export function replyNoticeTargets(tx: Tx, ids: number[]) {
  if (!ids.length) return [];
  return tx
    .select({
      replyId: comments.id,
      replyAuthor: comments.authorName,
      replyBody: comments.body,
      parentId: parent.id,
      parentAuthor: parent.authorName,
      parentEmail: parent.authorEmail,
      language: parent.language,
      postId: posts.id,
      slug: posts.slug,
    })
    .from(comments)
    .innerJoin(parent, eq(parent.id, comments.parentId))
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(
      and(
        inArray(comments.id, ids),
        eq(comments.status, 'approved'),
        eq(parent.notifyReplies, true),
        ne(sql`lower(${parent.authorEmail})`, sql`lower(${comments.authorEmail})`),
      ),
    )
    .all();
}

/** Where owner notices go: every enabled owner, when the setting asks for them; in the blog's language. */
export function ownerRecipients(tx: Tx): {
  language: string | null;
  owners: Array<{ id: number; email: string }>;
} {
  const row = tx
    .select({ on: settings.notifyOwner, language: settings.defaultLanguage })
    .from(settings)
    .where(eq(settings.id, 1))
    .get();
  if (!row?.on) return { language: null, owners: [] };
  const owners = tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'owner'), eq(users.disabled, false)))
    .all();
  return { language: row.language, owners };
}

/** The comment an unsubscribe link names, with what its signature covers. */
export function unsubscribeTarget(id: number) {
  const row = getDb()
    .select({
      id: comments.id,
      email: comments.authorEmail,
      notifyReplies: comments.notifyReplies,
      postId: posts.id,
      slug: posts.slug,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(eq(comments.id, id))
    .get();
  return row ? { ...row, titles: postTitles(getDb(), row.postId) } : null;
}

/**
 * No more reply mail for this comment, in the caller's write transaction: the consent is cleared
 * and mail not yet sent is dropped.
 */
export function stopReplyMail(tx: Tx, id: number) {
  tx.update(comments).set({ notifyReplies: false }).where(eq(comments.id, id)).run();
  tx.delete(mailOutbox)
    .where(and(eq(mailOutbox.status, 'queued'), sql`${mailOutbox.kind} like ${`reply:%:${id}`}`))
    .run();
}

/** A post's titles by language, for a mail's subject. */
export function postTitles(tx: Tx | Db, postId: number): Record<string, string> {
  const rows = tx
    .select({ language: postTranslations.language, title: postTranslations.title })
    .from(postTranslations)
    .where(eq(postTranslations.postId, postId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.language, r.title]));
}

/**
 * Reply notices not yet tried for replies that are no longer approved: dropped, so a reply
 * unapproved (or marked spam) seconds after approval mails nobody; approved again, it queues anew.
 * Mail already being tried is left alone, so no notice is ever sent twice.
 */
export function dropUntriedReplyMail(tx: Tx, replyIds: number[]) {
  for (const id of replyIds)
    tx.delete(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, 'queued'),
          eq(mailOutbox.attempts, 0),
          sql`${mailOutbox.kind} like ${`reply:${id}:%`}`,
        ),
      )
      .run();
}
