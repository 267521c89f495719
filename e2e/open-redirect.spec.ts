import { REDIRECT_TRICKS } from '@/lib/safe-path-corpus';
import { ACCOUNTS } from './support/auth';
import { clientFor } from './support/authz';
import { expect, test } from './support/fixtures';

/** Where a browser goes when answered `Location: <value>` from `from`. */
const landing = (location: string, from: string) => new URL(location, from);

test('signed in, no redirect trick in ?next= leaves the site', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const owner = await clientFor('owner', baseURL!);
  for (const trick of REDIRECT_TRICKS) {
    const from = `${baseURL}/ja/login?next=${encodeURIComponent(trick)}`;
    const res = await owner.get(from, { maxRedirects: 0 });
    expect(res.status(), trick).toBeGreaterThanOrEqual(300);
    expect(res.status(), trick).toBeLessThan(400);
    const location = res.headers()['location']!;
    expect(location, trick).not.toMatch(/^\/[/\\]/);
    expect(landing(location, from).origin, trick).toBe(new URL(baseURL!).origin);
  }
  await owner.dispose();
});

test('a callbackUrl trick given to Auth.js sign-in stays on the site', async ({
  playwright,
  baseURL,
}) => {
  const client = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL! },
  });
  const { email, password } = ACCOUNTS.moderator;
  for (const trick of REDIRECT_TRICKS.slice(0, 16)) {
    const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as {
      csrfToken: string;
    };
    const res = await client.post('/api/auth/callback/credentials', {
      form: { email, password, csrfToken, callbackUrl: trick },
      maxRedirects: 0,
    });
    expect(res.status(), trick).toBe(302);
    const location = res.headers()['location']!;
    expect(landing(location, baseURL!).origin, trick).toBe(new URL(baseURL!).origin);
    expect(new URL(location, baseURL!).pathname, trick).not.toMatch(/^\/[/\\]/);
  }
  await client.dispose();
});
