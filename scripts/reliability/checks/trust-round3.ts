// 10. Issue 20's classes over plain HTTP: no `next`/`callbackUrl` trick sends a signed-in owner off
// the site, and an import at the limits (a reply chain past SQLite's 1,000 cascade levels, a post
// at the block limit, one over it) leaves no URL of what it created answering 5xx.
import { ACCOUNTS } from '@/e2e/support/auth';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';
import { BLOCKS_MAX } from '@/lib/model';
import { REDIRECT_TRICKS } from '@/lib/safe-path-corpus';
import { freshApp, type Check, type Test } from '../harness';

/** A signed-in owner over fetch: the session cookie, sent by hand. */
async function ownerClient(base: string) {
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return res;
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const call = (path: string, init: RequestInit = {}) =>
    fetch(new URL(path, base), {
      redirect: 'manual',
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie: cookie() },
    }).then(keep);
  const { csrfToken } = (await (await call('/api/auth/csrf')).json()) as { csrfToken: string };
  const { email, password } = ACCOUNTS.owner;
  await call('/api/auth/callback/credentials', {
    method: 'POST',
    body: new URLSearchParams({ email, password, csrfToken }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (![...cookies.keys()].some((k) => k.includes('session-token')))
    throw new Error('the owner could not sign in');
  return call;
}

async function redirectCorpus(check: Check, base: string) {
  const call = await ownerClient(base);
  for (const trick of REDIRECT_TRICKS) {
    const res = await call(`/ja/login?next=${encodeURIComponent(trick)}`);
    const location = res.headers.get('location') ?? '';
    const landing = new URL(location, `${base}/ja/login`);
    check.ok(
      res.status >= 300 && res.status < 400 && landing.origin === new URL(base).origin,
      `${JSON.stringify(trick)}: ${res.status} to ${location}`,
    );
    check.ok(
      !/^\/[/\\]/.test(landing.pathname),
      `${JSON.stringify(trick)}: lands on ${landing.pathname}`,
    );
  }
  check.figure(`${REDIRECT_TRICKS.length} redirect tricks, signed in: none left the site`);
}

function limitsExport(): string {
  const chain = Array.from(
    { length: 1200 },
    (_, i) =>
      `<wp:comment><wp:comment_id>${i + 1}</wp:comment_id><wp:comment_author>R${i}</wp:comment_author>` +
      `<wp:comment_author_email>r${i}@example.org</wp:comment_author_email><wp:comment_date_gmt>2024-01-16 00:00:00</wp:comment_date_gmt>` +
      `<wp:comment_content>Reply ${i}</wp:comment_content><wp:comment_approved>1</wp:comment_approved>` +
      `<wp:comment_parent>${i}</wp:comment_parent></wp:comment>`,
  );
  const paragraphs = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Line ${i}.</p>`).join('');
  return wxrDocument([
    wxrItem({ id: 90001, title: 'Deep thread', content: '<p>Text.</p>', extra: chain.join('') }),
    wxrItem({ id: 90002, title: 'Full post', content: paragraphs(BLOCKS_MAX) }),
    wxrItem({ id: 90003, title: 'Over the limit', content: paragraphs(BLOCKS_MAX + 1) }),
  ]);
}

async function importThenCrawl(check: Check, base: string) {
  const call = await ownerClient(base);
  const form = new FormData();
  form.set('format', 'wxr');
  form.set('language', 'en');
  form.set('file', new Blob([limitsExport()], { type: 'text/xml' }), 'limits.xml');
  const res = await call('/api/import', { method: 'POST', body: form });
  const { data } = (await res.json()) as { data: { posts: { id: number; slug: string }[] } };
  check.ok(data.posts.length === 2, `${data.posts.length} posts created, expected 2`);
  const urls = ['/en/feed.xml', '/en/comments/feed.xml', '/en/admin/comments'];
  for (const { id, slug } of data.posts)
    urls.push(
      `/en/posts/${slug}`,
      `/ja/posts/${slug}`,
      `/api/posts/${slug}/comments`,
      `/en/admin/posts/${id}/edit`,
      `/en/admin/posts/${id}/preview`,
      `/en/admin/posts/${id}/revisions`,
    );
  for (const url of urls) {
    const answer = await call(url);
    check.ok(answer.status < 500, `${url}: ${answer.status}`);
  }
  check.figure(`${urls.length} URLs of an import at the limits: none answered 5xx`);
}

export const redirectCorpusTest: Test = {
  name: 'redirect corpus: no next= trick sends a signed-in owner off the site',
  run: async (check) => {
    const fixture = await freshApp('redirects');
    await redirectCorpus(check, fixture.app.url);
    await fixture.app.stop();
  },
};

export const importCrawlTest: Test = {
  name: 'import then crawl: an import at the limits leaves no URL answering 5xx',
  run: async (check) => {
    const fixture = await freshApp('import-crawl');
    await importThenCrawl(check, fixture.app.url);
    await fixture.app.stop();
  },
};
