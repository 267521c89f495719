// Categories, settings and users; the last owner cannot be removed.
import { eq } from 'drizzle-orm';
import { categories, settings, users } from '@/db/schema';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

test('the owner manages categories, settings and users, and the last owner cannot be removed', async ({
  page,
  db,
}) => {
  page.on('dialog', (dialog) => dialog.accept());
  await signInAs(page, 'owner', { next: '/en/admin/categories' });
  const form = page.getByRole('form', { name: 'New category' });
  await form.getByLabel('Slug').fill('Bad Slug');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form).toContainText('Use lower-case letters, digits and single hyphens.');
  await form.getByLabel('Slug').fill('travel-notes');
  await form.getByLabel('Name (English)').fill('Travel notes');
  await form.getByRole('button', { name: 'Create' }).click();
  const travel = page.getByRole('form', { name: 'travel-notes' });
  await travel.getByLabel('Name (Japanese)').fill('旅のメモ');
  await travel.getByRole('button', { name: 'Save' }).click();
  await expect(travel.getByRole('status')).toHaveText('Saved.');
  expect(
    db.select().from(categories).where(eq(categories.slug, 'travel-notes')).get()?.names,
  ).toEqual({ en: 'Travel notes', ja: '旅のメモ' });
  await travel.getByRole('button', { name: 'Delete' }).click();
  await expect(travel).toHaveCount(0);
  expect(
    db.select().from(categories).where(eq(categories.slug, 'travel-notes')).all(),
  ).toHaveLength(0);

  await page.goto('/en/admin/settings');
  const before = db.select().from(settings).get();
  await page.getByLabel('Time zone').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Unknown time zone.')).toBeVisible();
  await page.getByLabel('Time zone').fill(before!.timeZone);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect(db.select().from(settings).get()).toEqual(before);

  await page.goto('/en/admin/users');
  const owner = page.getByRole('row', { name: /owner@taiyaku\.test/ });
  await owner.getByRole('button', { name: 'Disable' }).click();
  await expect(owner.getByRole('alert')).toHaveText('Refused: this is the last active owner.');
  await owner.getByLabel(/^Role of/).selectOption('moderator');
  await expect(owner.getByRole('alert')).toHaveText('Refused: this is the last active owner.');
  await expect(owner.getByLabel(/^Role of/)).toHaveValue('owner');
  expect(db.select().from(users).where(eq(users.email, 'owner@taiyaku.test')).get()).toMatchObject({
    role: 'owner',
    disabled: false,
  });
  await page.getByLabel('Name', { exact: true }).fill('Second moderator');
  await page.getByLabel('Email', { exact: true }).fill('second-mod@example.com');
  await page.getByLabel('First password').fill('short');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText('At least 8 characters.')).toBeVisible();
  await page.getByLabel('First password').fill('second moderator password');
  await page.getByRole('button', { name: 'Add user' }).click();
  const second = page.getByRole('row', { name: /second-mod@example\.com/ });
  await second.getByRole('button', { name: 'Disable' }).click();
  await expect(second.getByRole('status')).toHaveText('Account disabled; its sessions have ended.');
  expect(
    db.select().from(users).where(eq(users.email, 'second-mod@example.com')).get(),
  ).toMatchObject({ role: 'moderator', disabled: true });
});
