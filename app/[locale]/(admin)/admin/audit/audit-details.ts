import { languageName, type MessageKey, type Translate } from '@/lib/i18n/translate';

/** One line of an entry's details in words: "Status: Pending → Approved", "Language: English". */
type DetailLine = { label: string; value: string };

const known = (t: Translate, key: string, fallback: string): string =>
  t.has(key as MessageKey) ? t(key as MessageKey) : fallback;

/** A comment or post status in words ("approved" → 承認済み); anything else as it is. */
function statusWord(t: Translate, entity: string, value: unknown): string {
  if (value === null || value === undefined) return t('audit.detail.none');
  const word = String(value);
  return entity === 'post'
    ? known(t, `editor.states.${word}`, word)
    : known(t, `admin.status.${word}`, word);
}

function valueText(t: Translate, key: string, value: unknown): string {
  if (key === 'language' && typeof value === 'string') return languageName(t, value);
  if (key === 'role' && typeof value === 'string') return known(t, `admin.roles.${value}`, value);
  if (key === 'fields' && Array.isArray(value))
    return value
      .map((f) => known(t, `audit.field.${String(f)}`, String(f)))
      .join(t('audit.detail.separator'));
  if (typeof value === 'boolean') return t(value ? 'audit.detail.yes' : 'audit.detail.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * An entry's details as a readable list in the UI language: a status change as "before → after",
 * known keys with their labels, unknown ones under their own name (the raw JSON stays in a title).
 */
export function detailLines(
  t: Translate,
  entity: string,
  details: Record<string, unknown> | null,
): DetailLine[] {
  if (!details) return [];
  const lines: DetailLine[] = [];
  const { from, to, ...rest } = details;
  // A move between statuses; a tag merge has `from` alone (the tag merged away).
  if ('to' in details) {
    lines.push({
      label: t('audit.detail.change'),
      value: `${statusWord(t, entity, from)} → ${statusWord(t, entity, to)}`,
    });
  } else if (from !== undefined) rest.from = from;
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    if (key === 'replies' && typeof value === 'number') {
      if (value)
        lines.push({
          label: t('audit.detail.replies'),
          value: t('audit.detail.replyCount', { count: value }),
        });
      continue;
    }
    const label =
      key === 'status' ? t('audit.detail.status') : known(t, `audit.detail.${key}`, key);
    const text = key === 'status' ? statusWord(t, entity, value) : valueText(t, key, value);
    lines.push({ label, value: text });
  }
  return lines;
}
