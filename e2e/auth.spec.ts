import { randomInt } from 'node:crypto';
import { updateUser } from '@/db/queries/users';
import { ACCOUNTS, createTestUser, LoginForm, signInAs, signInWith } from './support/auth';
import { expect, test } from './support/fixtures';

const WRONG = 'The email address or password is not correct.';

test('an anonymous visitor of the admin is sent to the login page and, once signed in, back', async ({ page }) => {
  await page.goto('/en/admin/comments?status=spam');
  await expect(page).toHaveURL(/\/en\/login\?next=%2Fen%2Fadmin%2Fcomments/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const form = new LoginForm(page);
  await form.fill(ACCOUNTS.moderator.email, ACCOUNTS.moderator.password);
  await page.waitForURL('**/en/admin/comments');
  await expect(page.getByRole('heading', { level: 1, name: 'Comments' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${ACCOUNTS.moderator.name} (moderator)`)).toBeVisible();
});

test('unknown email, wrong password and a disabled account get the same answer', async ({ page }) => {
  const disabled = await createTestUser('moderator');
  updateUser(disabled.id, { disabled: true });
  const form = new LoginForm(page);
  await form.goto();
  const answers: string[] = [];
  for (const [email, password] of [
    [ACCOUNTS.owner.email, 'not-the-password'],
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
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `10.200.${randomInt(256)}.${randomInt(1, 255)}` } });
  const page = await context.newPage();
  const form = new LoginForm(page);
  await form.goto({ next: '/en/admin/comments' });
  await form.fill(ACCOUNTS.owner.email, 'wrong-password');
  await expect(page.getByRole('alert')).toHaveText(WRONG);
  await expect(form.email).toHaveValue(ACCOUNTS.owner.email);
  await expect(form.password).toHaveValue('');
  await form.fill(ACCOUNTS.owner.email, ACCOUNTS.owner.password);
  await page.waitForURL('**/en/admin/comments');
  await expect(page.getByRole('heading', { level: 1, name: 'Comments' })).toBeVisible();
  await context.close();
});

test('after 5 failures the 6th try from that client is refused, while another client still signs in', async ({ page, browser, baseURL }) => {
  const form = new LoginForm(page);
  await form.goto();
  for (let i = 0; i < 5; i++) {
    await form.fill(ACCOUNTS.owner.email, `wrong-${i}`);
    await expect(form.error).toHaveText(WRONG);
  }
  // Even the right password is refused from this client now, with a different message.
  await form.fill(ACCOUNTS.owner.email, ACCOUNTS.owner.password);
  await expect(form.error).toHaveText('Too many attempts. Please try again later.');
  await expect(page).toHaveURL(/\/en\/login/);
  // Auth.js's own endpoint is throttled the same way.
  const csrf = await page.request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const direct = await page.request.post('/api/auth/callback/credentials', { form: { email: ACCOUNTS.owner.email, password: ACCOUNTS.owner.password, csrfToken }, maxRedirects: 0 });
  expect(direct.headers().location).toContain('code=rate_limited');

  const elsewhere = await browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': `10.201.${randomInt(256)}.${randomInt(1, 255)}` } });
  const owner = await elsewhere.newPage();
  await signInAs(owner, 'owner');
  await expect(owner.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await elsewhere.close();
});

test('Auth.js’s own credentials endpoint signs in with the same field names', async ({ page }) => {
  const csrf = await page.request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', { form: { email: ACCOUNTS.moderator.email, password: ACCOUNTS.moderator.password, csrfToken, callbackUrl: '/en/admin' } });
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

test('signing out ends the session: the old session cookie no longer works', async ({ page, playwright, baseURL, clientIp }) => {
  const user = await createTestUser('moderator');
  await signInWith(page, user);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith('authjs.session-token'))).toBe(true);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/en/login');
  // Replaying the cookie captured before signing out, as a thief would.
  const withOldCookie = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': clientIp }, storageState: { cookies, origins: [] } });
  const response = await withOldCookie.get('/en/admin', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain('/en/login');
  await withOldCookie.dispose();
});

test('the login page has no serious accessibility problems', async ({ page, axe }) => {
  await new LoginForm(page).goto();
  expect(await axe(page)).toEqual([]);
});
