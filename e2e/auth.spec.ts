import { randomInt } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { updateUser } from '@/db/queries/users';
import { ACCOUNTS, createTestUser, LoginForm, signInAs, signInWith } from './support/auth';
import { expect, test } from './support/fixtures';

const WRONG = 'The email address or password is not correct.';
const PAUSED = 'Too many attempts. Please try again later.';
const otherIp = () => `10.201.${randomInt(256)}.${randomInt(1, 255)}`;

/** A guess through Auth.js's own endpoint; the redirect names the outcome (`code=credentials` or `code=rate_limited`). */
async function guess(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken },
    maxRedirects: 0,
  });
  return response.headers().location ?? '';
}

test('an anonymous visitor of the admin is sent to the login page and, once signed in, back', async ({
  page,
}) => {
  await page.goto('/en/admin/comments?status=spam');
  await expect(page).toHaveURL(/\/en\/login\?next=%2Fen%2Fadmin%2Fcomments/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const form = new LoginForm(page);
  await form.fill(ACCOUNTS.moderator.email, ACCOUNTS.moderator.password);
  await page.waitForURL('**/en/admin/comments');
  await expect(page.getByRole('heading', { level: 1, name: 'Comments' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${ACCOUNTS.moderator.name} (moderator)`)).toBeVisible();
});

test('unknown email, wrong password and a disabled account get the same answer', async ({
  page,
}) => {
  const disabled = await createTestUser('moderator');
  updateUser(disabled.id, { disabled: true });
  const known = await createTestUser('moderator');
  const form = new LoginForm(page);
  await form.goto();
  const answers: string[] = [];
  for (const [email, password] of [
    [known.email, 'not-the-password'],
    ['nobody@taiyaku.test', 'not-the-password'],
    [disabled.email, disabled.password],
  ] as const) {
    await form.fill(email, password);
    await expect(form.error).toBeVisible();
    answers.push(await form.error.innerText());
    await expect(form.email).toHaveValue(email);
    await expect(form.password).toHaveValue(password);
  }
  expect(answers).toEqual([WRONG, WRONG, WRONG]);
  await expect(page).toHaveURL(/\/en\/login/);
});

test('the form checks its fields before sending, in the page language', async ({ page }) => {
  const form = new LoginForm(page);
  await form.goto({ locale: 'ja' });
  await form.fill('not-an-email', '');
  await expect(page.getByText('正しいメールアドレスを入力してください。')).toBeVisible();
  await expect(page.getByText('パスワードを入力してください。')).toBeVisible();
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
});

test('signing in works without JavaScript, errors included', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': `10.200.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  const page = await context.newPage();
  const user = await createTestUser('moderator');
  const form = new LoginForm(page);
  await form.goto({ next: '/en/admin/comments' });
  await form.fill(user.email, 'wrong-password');
  await expect(page.getByRole('alert')).toHaveText(WRONG);
  await expect(form.email).toHaveValue(user.email);
  await expect(form.password).toHaveValue('');
  await form.fill(user.email, user.password);
  await page.waitForURL('**/en/admin/comments');
  await expect(page.getByRole('heading', { level: 1, name: 'Comments' })).toBeVisible();
  await context.close();
});

test('5 failures pause the account for every client, the owner’s dashboard says until when, and other accounts still sign in', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // eight sign-in attempts and two sign-ins, each hashing a password
  const target = await createTestUser('moderator');
  const form = new LoginForm(page);
  await form.goto();
  for (let i = 0; i < 5; i++) {
    await form.fill(target.email, `wrong-${i}`);
    await expect(form.error).toHaveText(WRONG);
  }
  // Even the right password is refused now, with a message saying to wait.
  await form.fill(target.email, target.password);
  await expect(form.error).toHaveText(PAUSED);
  await expect(page).toHaveURL(/\/en\/login/);
  // From anywhere else too, and through Auth.js's own endpoint: a new address buys no more guesses.
  const elsewhere = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': otherIp() },
  });
  const other = await elsewhere.newPage();
  expect(await guess(other.request, target.email, target.password)).toContain('code=rate_limited');
  const otherForm = new LoginForm(other);
  await otherForm.goto();
  await otherForm.fill(target.email, target.password);
  await expect(otherForm.error).toHaveText(PAUSED);
  // The pause is the account's: this client still signs in to another one.
  await signInWith(page, await createTestUser('moderator'));
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // The owner hears of it on the dashboard, with the time sign-in resumes.
  await signInAs(other, 'owner');
  const notices = other.getByRole('region', { name: /^Sign-in pauses/ });
  await expect(
    notices.getByText(
      new RegExp(
        `^5 failed sign-ins for ${target.email.replaceAll('.', '\\.')}; sign-in paused until .+\\.$`,
      ),
    ),
  ).toBeVisible();
  await elsewhere.close();
});

test('a client failing across many accounts is paused for all of them, while another client signs in', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const user = await createTestUser('moderator');
  for (let i = 0; i < 20; i++)
    expect(
      await guess(page.request, `nobody-${i}-${randomInt(1e9)}@taiyaku.test`, 'guess'),
    ).toContain('code=credentials');
  expect(await guess(page.request, user.email, user.password)).toContain('code=rate_limited');
  const elsewhere = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': otherIp() },
  });
  const other = await elsewhere.newPage();
  await signInWith(other, user);
  await expect(other.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await elsewhere.close();
});

test('Auth.js’s own credentials endpoint signs in with the same field names', async ({ page }) => {
  const csrf = await page.request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: {
      email: ACCOUNTS.moderator.email,
      password: ACCOUNTS.moderator.password,
      csrfToken,
      callbackUrl: '/en/admin',
    },
  });
  expect(response.ok()).toBe(true);
  await page.goto('/en/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('a disabled user loses access at the next request', async ({ page }) => {
  const user = await createTestUser('moderator');
  await signInWith(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  updateUser(user.id, { disabled: true });
  await page.goto('/en/admin/comments');
  await expect(page).toHaveURL(/\/en\/login\?next=/);
});

test('a user whose role changed must sign in again', async ({ page }) => {
  const user = await createTestUser('owner');
  await signInWith(page, user);
  updateUser(user.id, { role: 'moderator' });
  await page.goto('/en/admin');
  await expect(page).toHaveURL(/\/en\/login\?next=/);
});

test('signing out ends the session: the old session cookie no longer works', async ({
  page,
  playwright,
  baseURL,
  clientIp,
}) => {
  const user = await createTestUser('moderator');
  await signInWith(page, user);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith('authjs.session-token'))).toBe(true);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/en/login');
  // Replaying the cookie captured before signing out, as a thief would.
  const withOldCookie = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': clientIp },
    storageState: { cookies, origins: [] },
  });
  const response = await withOldCookie.get('/en/admin', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain('/en/login');
  await withOldCookie.dispose();
});

test('Auth.js’s own sign-out endpoint ends the session too: the old session cookie no longer works', async ({
  page,
  playwright,
  baseURL,
  clientIp,
}) => {
  const user = await createTestUser('moderator');
  await signInWith(page, user);
  const cookies = await page.context().cookies();
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const out = await page.request.post('/api/auth/signout', {
    form: { csrfToken, callbackUrl: '/en' },
    maxRedirects: 0,
  });
  expect(out.status()).toBe(302);
  const withOldCookie = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': clientIp },
    storageState: { cookies, origins: [] },
  });
  const response = await withOldCookie.get('/en/admin', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain('/en/login');
  await withOldCookie.dispose();
});

test('route handlers that write refuse other sites, signed in or not: sign-in, sign-out, media upload', async ({
  page,
  baseURL,
}) => {
  await signInAs(page, 'owner');
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const writes = [
    [
      '/api/auth/callback/credentials',
      { email: ACCOUNTS.owner.email, password: ACCOUNTS.owner.password, csrfToken },
    ],
    ['/api/auth/signout', { csrfToken }],
    ['/api/media', { file: 'x' }],
  ] as const;
  for (const [path, form] of writes) {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ] as Array<Record<string, string>>) {
      const response = await page.request.post(path, { form, headers, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.json()).toEqual({ error: 'crossOrigin' });
    }
  }
  // From our own origin the upload reaches the handler (which then refuses the incomplete form on its own terms).
  expect(
    (
      await page.request.post('/api/media', { form: { file: 'x' }, headers: { origin: baseURL! } })
    ).status(),
  ).not.toBe(403);
  // Still signed in: the refused sign-out ended nothing.
  await page.goto('/en/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('the login page has no serious accessibility problems', async ({ page, axe }) => {
  await new LoginForm(page).goto();
  expect(await axe(page)).toEqual([]);
});
