/**
 * A cookie the cached post page's script can read, holding nothing: "this reader has held comments
 * or a remembered name to fetch" (from GET /api/posts/[slug]/comments/mine, which reads the signed,
 * http-only cookies). Readers without it make no extra request.
 */
export const READER_HINT_COOKIE = 'taiyaku-reader';
