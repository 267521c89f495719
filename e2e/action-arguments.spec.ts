import { comments, suggestions } from '@/db/schema';
import { builtActions } from './support/authz';
import { expect, test } from './support/fixtures';
import { SEED_POST_SLUG } from './support/seed-fixture';

// The reader actions called by script with arguments no page sends: Next decodes them before any
// of our code runs (a body that is not JSON was a 500), then the action parses them (server/action.ts).
const READER_ACTIONS = ['postComment', 'postSuggestion'];
const page = `/en/posts/${SEED_POST_SLUG}`;

const idOf = (name: string) => {
  const action = builtActions().find((a) => a.exportedName === name);
  expect(action, `${name} is in the build`).toBeDefined();
  return action!.id;
};

test('reader actions answer arguments no page sends with a 4xx or a refusal, and store nothing', async ({
  request,
  db,
}) => {
  const before = [db.$count(comments), db.$count(suggestions)];
  const post = (id: string, body: string) =>
    request.post(page, {
      headers: {
        'next-action': id,
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
      },
      data: body,
      maxRedirects: 0,
    });
  const fields = { name: 'M', email: 'm@example.com', body: 'x', text: 'x', idempotencyKey: 'k' };
  for (const name of READER_ACTIONS) {
    const id = idOf(name);
    for (const cut of ['["russia-us-ankara-talks","en",null,{"name":"M"', '[1,', '', '{"a":']) {
      const response = await post(id, cut);
      expect(response.status(), `${name} ${JSON.stringify(cut)}`).toBe(400);
      expect(await response.text()).toBe('Bad request: the action arguments could not be read.');
    }
    for (const args of [
      [],
      [SEED_POST_SLUG],
      [['x'], 'en', null, fields],
      [SEED_POST_SLUG, 'fr', null, fields],
      ['a'.repeat(100_000), 'en', null, fields],
      [{ __proto__: { slug: SEED_POST_SLUG } }, 'en', null, fields],
    ]) {
      const response = await post(id, JSON.stringify(args));
      const label = `${name} ${JSON.stringify(args).slice(0, 80)}`;
      expect(response.status(), label).toBeLessThan(500);
      expect(await response.text(), label).not.toMatch(/at \w+ \(|node_modules|TypeError/);
    }
  }
  expect([db.$count(comments), db.$count(suggestions)]).toEqual(before);
});
