import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { posts, users } = await import('@/db/schema');
const { CategorySlugTakenError, deleteCategory, listCategoriesForAdmin, saveCategory } =
  await import('./admin-categories');
const { changeUserGuarded, LastOwnerError } = await import('./admin-users');
const { createUser, getUserById } = await import('./users');

let ownerId = 0;
beforeAll(async () => {
  await seedDemo();
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

describe('categories for the owner', () => {
  it('creates, renames and refuses a slug in use', () => {
    const id = saveCategory({ slug: 'travel', names: { en: 'Travel' } }, ownerId)!;
    expect(
      saveCategory({ id, slug: 'journeys', names: { en: 'Journeys', ja: '旅' } }, ownerId),
    ).toBe(id);
    expect(listCategoriesForAdmin().find((c) => c.id === id)).toMatchObject({
      slug: 'journeys',
      names: { en: 'Journeys', ja: '旅' },
      postCount: 0,
    });
    expect(() => saveCategory({ slug: 'journeys', names: { en: 'Again' } }, ownerId)).toThrow(
      CategorySlugTakenError,
    );
    expect(saveCategory({ id: 9999, slug: 'ghost', names: { en: 'Ghost' } }, ownerId)).toBeNull();
  });

  it('deleting a category leaves its posts uncategorised', () => {
    const world = listCategoriesForAdmin().find((c) => c.slug === 'world')!;
    expect(world.postCount).toBeGreaterThan(0);
    expect(deleteCategory(world.id, ownerId)).toBe(true);
    expect(
      getDb()
        .select()
        .from(posts)
        .all()
        .filter((p) => p.categoryId === world.id),
    ).toHaveLength(0);
    expect(getDb().select().from(posts).all().length).toBeGreaterThan(0);
    expect(deleteCategory(world.id, ownerId)).toBe(false);
  });
});

describe('users for the owner', () => {
  it('never leaves the blog without an active owner', () => {
    expect(() => changeUserGuarded(ownerId, { disabled: true }, ownerId)).toThrow(LastOwnerError);
    expect(() => changeUserGuarded(ownerId, { role: 'moderator' }, ownerId)).toThrow(
      LastOwnerError,
    );
    expect(getUserById({ id: ownerId })).toMatchObject({ role: 'owner', disabled: false });
    const second = createUser({
      email: 'second@example.org',
      name: 'Second',
      role: 'owner',
      passwordHash: 'x',
    });
    expect(changeUserGuarded(ownerId, { disabled: true }, second.id)).toBe(true);
    expect(getUserById({ id: ownerId })?.disabled).toBe(true);
    expect(() => changeUserGuarded(second.id, { role: 'moderator' }, second.id)).toThrow(
      LastOwnerError,
    );
    expect(changeUserGuarded(12345, { disabled: true }, second.id)).toBe(false);
  });
});

describe('settings save path', () => {
  it('stores the footer style and the owner-mail switch from the form, leaving the rest', async () => {
    const { getSettings, saveSettings } = await import('./settings');
    const { settingsFormValues, settingsSchema } = await import('@/lib/validations/settings');
    const before = getSettings();
    const form = { ...settingsFormValues(before), footerStyle: 'localized', notifyOwner: true };
    saveSettings(settingsSchema.parse(form), ownerId);
    expect(getSettings()).toMatchObject({
      footerStyle: 'localized',
      notifyOwner: true,
      rateLimit: before.rateLimit,
      titles: before.titles,
    });
    saveSettings({ ...settingsSchema.parse(form), notifyOwner: false }, ownerId);
    expect(getSettings().notifyOwner).toBe(false);
  });
});
