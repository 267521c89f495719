import 'server-only';
import type { ImportComment } from '@/db/queries/import-writes';
import type { BlockInput } from '@/lib/blocks/types';
import type { ImportDropped } from '@/lib/import/import-report';
import { excerpt } from '@/lib/import/mt/dropped';
import type { WxrComment, WxrItem } from '@/lib/import/wxr/parse';
import type { CommentStatus } from '@/lib/model';
import { commentRows, type CommentSource } from './plan-parts';

const STATUS: Record<string, CommentStatus> = {
  '1': 'approved',
  approve: 'approved',
  '0': 'pending',
  hold: 'pending',
  spam: 'spam',
  trash: 'trash',
};

type Side = { item: WxrItem; language: string; blocks: BlockInput[] };

function source(item: WxrItem, c: WxrComment, warn: (m: string) => void): CommentSource {
  if (!c.date) warn(`comment ${c.id} has no valid date: dated like its post`);
  return {
    author: c.author,
    email: c.email,
    ...(c.url ? { url: c.url } : {}),
    date: c.date ?? item.date ?? new Date(),
    body: c.content,
    line: item.line,
    status: 'approved',
    state: STATUS[c.approved] ?? 'pending',
    ref: `${item.id}:${c.id}`,
    parentRef: c.parent ? `${item.id}:${c.parent}` : null,
  };
}

/**
 * Every side's comments, threads kept (a reply points at its parent by WordPress id), each in its
 * post's language. Pingbacks and trackbacks are not comments here: listed, not imported.
 */
export function wxrComments(
  sides: Side[],
  key: string,
  dropped: ImportDropped[],
  warn: (m: string) => void,
): ImportComment[] {
  return sides.flatMap(({ item, language }) => {
    const [pings, real] = [
      item.comments.filter((c) => c.type === 'pingback' || c.type === 'trackback'),
      item.comments.filter((c) => c.type !== 'pingback' && c.type !== 'trackback'),
    ];
    for (const p of pings)
      dropped.push({
        line: item.line,
        element: p.type,
        reason: 'notImported',
        excerpt: excerpt(`${p.url} ${p.content}`),
      });
    const ordered = threadOrder(real);
    return commentRows(
      ordered.map((c) => source(item, c, warn)),
      key,
      language,
      dropped,
      warn,
    );
  });
}

/** By date, but parents always before their replies, whatever order the export has them in. */
function threadOrder(list: WxrComment[]): WxrComment[] {
  const byId = new Map(list.map((c) => [c.id, c]));
  const out: WxrComment[] = [];
  const seen = new Set<WxrComment>();
  const visit = (c: WxrComment) => {
    if (seen.has(c)) return;
    seen.add(c);
    const parent = c.parent ? byId.get(c.parent) : undefined;
    if (parent) visit(parent);
    out.push(c);
  };
  [...list].sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0)).forEach(visit);
  return out;
}
