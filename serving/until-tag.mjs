// A page tagged `until:<ms>` is out of date from that time on (the page cache handler reads it).
export const UNTIL_TAG_PREFIX = 'until:';

/**
 * Whether a cached entry's tags say it went out of date before `now`.
 * @param {unknown} tagsHeader the entry's `x-next-cache-tags` header
 * @param {number} now
 */
export function isPastUntil(tagsHeader, now) {
  if (typeof tagsHeader !== 'string') return false;
  return tagsHeader
    .split(',')
    .some(
      (tag) =>
        tag.startsWith(UNTIL_TAG_PREFIX) && Number(tag.slice(UNTIL_TAG_PREFIX.length)) <= now,
    );
}
