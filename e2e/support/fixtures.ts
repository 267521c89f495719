import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { openDb, type Db } from '@/db/connection';
import { PostPage } from './post-page';

type Fixtures = {
  clientIp: string;
  db: Db;
  postPage: PostPage;
  axe: (page: Page) => Promise<string[]>;
};

let db: Db | undefined;

export const test = base.extend<Fixtures>({
  // Every test is its own client, so per-client rate limits never leak between tests.
  clientIp: async ({}, use) => use(`10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`),
  context: async ({ context, clientIp }, use) => {
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': clientIp });
    await use(context);
  },
  request: async ({ playwright, baseURL, clientIp }, use) => {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-forwarded-for': clientIp, origin: baseURL! },
    });
    await use(request);
    await request.dispose();
  },
  // The same throwaway database the server uses, for arranging data and checking what was stored.
  db: async ({}, use) => {
    db ??= openDb(process.env.E2E_DATABASE_PATH!, { migrate: false });
    await use(db);
  },
  postPage: async ({ page }, use) => use(new PostPage(page)),
  axe: async ({}, use) =>
    use(async (page) => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    }),
});

export { expect };
