/** Blog chrome that is not post content: footer line, comment form labels, page title. */

export type Footer = { author: string; time?: string; commentCount?: number; category?: string };

// Seesaa-style "posted by NAME at 08:59| Comment(0) | CATEGORY" (TrackBack part optional).
const FOOTER =
  /^posted by\s+(.+?)\s+at\s+(\d{1,2}:\d{2})\s*(?:\|\s*Comment\s*\((\d+)\)\s*)?(?:\|\s*TrackBack\s*\(\d+\)\s*)?(?:\|\s*(.+?))?\s*$/i;
// Japanese-style "投稿者：NAME 日時：..." footers.
const FOOTER_JA = /^投稿者\s*[:：]\s*(\S+)(?:.*?(\d{1,2}:\d{2}))?/;

export function parseFooter(line: string): Footer | null {
  const m = FOOTER.exec(line);
  if (m) {
    const [, author = '', time, count, category] = m;
    return {
      author,
      time,
      commentCount: count === undefined ? undefined : Number(count),
      category: category || undefined,
    };
  }
  const j = FOOTER_JA.exec(line);
  return j ? { author: j[1] ?? '', time: j[2] } : null;
}

const FORM_LABELS = [
  'お名前', '名前', 'メールアドレス', 'ホームページアドレス', 'ホームページ', 'コメント', '認証コード',
  'name', 'e-mail', 'email', 'url', 'website', 'homepage', 'comment', 'comments', 'title',
];

/** Comment-form labels like "お名前: [必須入力]" or "Email (required)". */
export function isFormLabel(line: string): boolean {
  if (/\[必須入力\]|［必須入力］/.test(line)) return true;
  const bare = line
    .replace(/[\[(（［][^\])）］]*[\])）］]/g, '')
    .replace(/[:：*＊]/g, '')
    .trim()
    .toLowerCase();
  return FORM_LABELS.includes(bare);
}

// "Post title: Blog name", "Post title | Blog name", "Post title - Blog name".
const TITLE_SEPARATORS = [': ', '：', ' | ', '｜', ' - ', ' – ', ' — '];

/** Splits a browser page title into post title and blog name (blog name last, as blogs do). */
export function splitPageTitle(line: string): { title: string; blogName?: string } {
  for (const sep of TITLE_SEPARATORS) {
    const at = line.lastIndexOf(sep);
    if (at > 0 && at + sep.length < line.length) {
      return { title: line.slice(0, at).trim(), blogName: line.slice(at + sep.length).trim() };
    }
  }
  return { title: line };
}

/** Whether the line reads "Title<sep>Blog"; `dashes: false` accepts only colon and bar separators. */
export function hasTitleSeparator(line: string, dashes = true): boolean {
  const seps = dashes ? TITLE_SEPARATORS : TITLE_SEPARATORS.filter((s) => !/[-–—]/.test(s));
  return seps.some((sep) => line.indexOf(sep) > 0 && !line.endsWith(sep.trim()));
}

/** Drops a trailing source credit ("… – Kommersant") from a headline to get the post title. */
export function stripAttribution(headline: string): string {
  const m = /^(.+?)\s+[–—-]\s+([^–—-]+)$/.exec(headline);
  if (!m) return headline;
  const credit = m[2] ?? '';
  const short = credit.split(/\s+/).length <= 3 && credit.length <= 30;
  return short ? (m[1] ?? headline) : headline;
}
