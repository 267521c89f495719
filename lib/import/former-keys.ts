import { fnv1a64 } from './mt/key';
import type { MtEntry } from './mt/entry';
import type { WxrItem } from './wxr/item';

/**
 * The keys the importers gave before identity took the source site and post id (WXR) and the
 * title (MT): a blog imported then is found again on re-import, instead of coming in twice. Only
 * where the old key was unique in the file: a key that repeats is the false duplicate the new
 * identity exists to avoid, so it proves nothing.
 */
function uniqueOnly<T>(things: T[], keyOf: (t: T) => string): Array<string | undefined> {
  const keys = things.map(keyOf);
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  return keys.map((key) => (count.get(key) === 1 ? key : undefined));
}

export const formerWxrKeys = (items: Array<Pick<WxrItem, 'guid' | 'id' | 'title'>>) =>
  uniqueOnly(items, (item) => `wxr:${fnv1a64(item.guid || `${item.id}\n${item.title}`)}`);

export const formerMtKeys = (entries: Array<Pick<MtEntry, 'basename' | 'title' | 'date'>>) =>
  uniqueOnly(entries, (entry) => {
    const name = (entry.basename || entry.title).normalize('NFC').trim();
    return `mt:${fnv1a64(`${name}\n${entry.date.toISOString()}`)}`;
  });
