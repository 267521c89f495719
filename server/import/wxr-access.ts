import 'server-only';
import { wxrAccess, type ImportAccess } from '@/lib/import/access';
import { wxrOldLinks } from '@/lib/redirects/old-links';
import type { WxrItem } from '@/lib/import/wxr/parse';
import type { PlannedAuthor } from '@/lib/import/authors';
import type { ImportedAccess } from '@/db/queries/import-access';
import { plannedAccess } from './import-access';

const RANK = { public: 0, password: 1, private: 2 } as const;

/**
 * One post from one item or a translation pair: the narrowest access of its items wins (a pair
 * whose translation is private stays private), a draft side keeps the post a draft. Every item's
 * old links lead to the post.
 */
export function wxrPlannedAccess(
  items: WxrItem[],
  opts: { timeZone: string; authors?: Map<string, PlannedAuthor> },
  warn: (message: string) => void,
): { status: ImportAccess['status']; planned: ImportedAccess } {
  const each = items.map((i) => wxrAccess(i.status, i.password, i.date !== null));
  const narrowest = each.reduce((a, b) => (RANK[b.visibility] > RANK[a.visibility] ? b : a));
  const status = each.every((a) => a.status === 'published') ? 'published' : 'draft';
  const creator = items[0]!.creator;
  const author = creator ? (opts.authors?.get(creator) ?? null) : null;
  const authorName = author?.name ?? (creator || null);
  const oldPaths = [...new Set(items.flatMap((i) => wxrOldLinks(i, opts.timeZone)))];
  return { status, planned: plannedAccess(narrowest, { authorName, author, oldPaths }, warn) };
}
