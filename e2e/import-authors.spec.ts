import { eq } from 'drizzle-orm';
import { posts, users } from '@/db/schema';
import { signInAs } from './support/auth';
import { ExportImportPage, importDone } from './support/export-import-page';
import { expect, test } from './support/fixtures';

test('the dry run lists the export authors; "create a disabled user" gives the post its own, disabled author', async ({
  page,
  db,
}) => {
  // A sign-in (Argon2) and two uploads through the import page.
  test.slow();
  await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
  const form = new ExportImportPage(page);
  await form.choose('WordPress (WXR, .xml)', 'e2e/fixtures/wxr-authors.xml', 'en');
  await form.dryRun();
  const authors = form.list('Authors');
  await importDone(authors).toContainText('Yuki Tanaka (yuki), 1 post');
  const choice = authors.getByRole('combobox', { name: 'Posts by Yuki Tanaka' });
  await expect(choice).toHaveValue('owner');
  await expect(authors).toContainText('the owner (you)');
  await choice.selectOption({ label: 'Create a disabled user' });

  await form.importNow();
  await importDone(form.report).toContainText(/Created 1 post,/);
  await expect(form.list('Authors')).toContainText(
    /the disabled user yuki-[0-9a-f]{8}@import\.invalid/,
  );
  const yuki = db.select().from(users).where(eq(users.name, 'Yuki Tanaka')).get()!;
  expect(yuki).toMatchObject({ disabled: true });
  const post = db.select().from(posts).where(eq(posts.slug, 'philosophers-path')).get()!;
  expect(post.authorId).toBe(yuki.id);

  // The byline is the export's author; the user is listed as disabled.
  await page.goto('/en/posts/philosophers-path');
  await expect(page.getByRole('main')).toContainText('Yuki Tanaka');
  await page.goto('/en/admin/users');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Yuki Tanaka/ }) });
  await expect(row.getByRole('cell', { name: /Disabled/ })).toBeVisible();
  await expect(row).toContainText(yuki.email);
});
