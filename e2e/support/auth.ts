import type { Page } from '@playwright/test';
import { createUser } from '@/db/queries/users';
import { hashPassword } from '@/server/auth/password';

export type AccountRole = 'owner' | 'moderator';

/** The demo accounts created by server/seed.ts on the throwaway database. */
export const ACCOUNTS: Record<AccountRole, { email: string; password: string; name: string }> = {
  owner: { email: 'owner@taiyaku.test', password: 'taiyaku-owner-demo', name: 'ZUKUNASHI' },
  moderator: {
    email: 'moderator@taiyaku.test',
    password: 'taiyaku-moderator-demo',
    name: 'Moderator',
  },
};

/** The login form, labelled in both UI languages. */
export class LoginForm {
  constructor(readonly page: Page) {}

  async goto({ locale = 'en', next }: { locale?: string; next?: string } = {}) {
    return this.page.goto(`/${locale}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  }

  get email() {
    return this.page.getByLabel(/^(Email|メールアドレス)$/);
  }

  get password() {
    return this.page.getByLabel(/^(Password|パスワード)$/);
  }

  get submit() {
    return this.page.getByRole('button', { name: /^(Sign in|ログイン)$/ });
  }

  /** The form's error message (role="alert"). */
  get error() {
    return this.page.locator('form').getByRole('alert');
  }

  async fill(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

/**
 * Signs `page` in as the demo owner or moderator through the login form and waits until the admin
 * (or `next`) has loaded. Each test's page has its own client address, so throttling never leaks.
 */
export async function signInAs(
  page: Page,
  role: AccountRole,
  { locale = 'en', next }: { locale?: string; next?: string } = {},
) {
  await signInWith(page, ACCOUNTS[role], { locale, next });
  return ACCOUNTS[role];
}

let counter = 0;

/**
 * A fresh account for tests that disable, demote or sign out a user: doing that to the shared demo
 * accounts would end the sessions of tests running in parallel.
 */
export async function createTestUser(role: AccountRole, password = 'test-password-123') {
  const email = `${role}-${process.pid}-${Date.now()}-${++counter}@taiyaku.test`;
  const user = createUser({
    email,
    name: `Test ${role} ${counter}`,
    role,
    passwordHash: await hashPassword(password),
  });
  return { id: user.id, email, password, name: user.name };
}

/** Signs in through the form with any credentials and waits until `next` (default: the admin) has loaded. */
export async function signInWith(
  page: Page,
  { email, password }: { email: string; password: string },
  { locale = 'en', next }: { locale?: string; next?: string } = {},
) {
  const target = next ?? `/${locale}/admin`;
  const form = new LoginForm(page);
  await form.goto({ locale, next: target });
  await form.fill(email, password);
  const path = target.split('?')[0];
  await page.waitForURL((url) => url.pathname === path);
}
