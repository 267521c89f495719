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
  'お名前',
  '名前',
  'メールアドレス',
  'ホームページアドレス',
  'ホームページ',
  'コメント',
  '認証コード',
  'name',
  'e-mail',
  'email',
  'url',
  'website',
  'homepage',
  'comment',
  'comments',
  'title',
];
// Headers of a blog's comment and trackback section.
const SECTION_HEADERS = [
  'この記事へのコメント',
  'この記事へのトラックバック',
  'コメントを書く',
  'トラックバック',
  'leave a comment',
  'leave a reply',
  'trackbacks',
  'responses',
];

/**
 * How sure a line is comment-form chrome: 'strong' for labels marked as fields ("お名前: [必須入力]",
 * "Email (required)", "Name:"), 'bare' for a lone word ("Comments", "コメント") that may as well be
 * a heading of the post, null for anything else.
 */
export function formLabelStrength(line: string): 'strong' | 'bare' | null {
  if (/\[必須入力\]|［必須入力］/.test(line)) return 'strong';
  const unbracketed = line.replace(/[\[(（［][^\])）］]*[\])）］]/g, '').trim();
  const bare = unbracketed
    .replace(/[:：*＊]/g, '')
    .trim()
    .toLowerCase();
  if (SECTION_HEADERS.includes(bare)) return 'bare';
  if (!FORM_LABELS.includes(bare)) return null;
  const marked = unbracketed !== line.trim() || /[:：*＊]$/.test(unbracketed);
  return marked ? 'strong' : 'bare';
}

// "Post title: Blog name", "Post title | Blog name", "Post title - Blog name".
const TITLE_SEPARATORS = [': ', '：', ' | ', '｜', ' - ', ' – ', ' — '];
const BLOG_NAME_MAX = 40;

const units = (s: string) => s.replace(/\s/g, '').length;

/**
 * Reads "Title<sep>Blog name", the shape of a browser page title, or null. The blog name is the
 * short tail; a head no longer than the tail is a label ("速報：大雨で…", "Update: …"), not a title.
 * `dashes: false` accepts only colon and bar separators (dashes are common inside headlines).
 */
export function pageTitleShape(
  line: string,
  dashes = true,
): { title: string; blogName: string } | null {
  for (const sep of TITLE_SEPARATORS) {
    if (!dashes && /[-–—]/.test(sep)) continue;
    const at = line.lastIndexOf(sep);
    if (at <= 0) continue;
    const title = line.slice(0, at).trim();
    const blogName = line.slice(at + sep.length).trim();
    if (!blogName || units(blogName) > BLOG_NAME_MAX || blogName.split(/\s+/).length > 6) continue;
    if (/[.!?。！？]$/.test(blogName) || units(title) <= units(blogName)) continue;
    return { title, blogName };
  }
  return null;
}

/** Drops a trailing source credit ("… – Kommersant") from a headline to get the post title. */
export function stripAttribution(headline: string): string {
  const m = /^(.+?)\s+[–—-]\s+([^–—-]+)$/.exec(headline);
  if (!m) return headline;
  const credit = m[2] ?? '';
  const short = credit.split(/\s+/).length <= 3 && credit.length <= 30;
  return short ? (m[1] ?? headline) : headline;
}
