import type { APIRequestContext, APIResponse } from '@playwright/test';
import {
  builtActions,
  builtRoutes,
  callAction,
  clientFor,
  databaseDigest,
  fillRoute,
  startPrivateServer,
} from './support/authz';
import {
  actionAccess,
  ADMIN_PAGES,
  ENDS_SESSION,
  pageAccess,
  routeAccess,
  type Who,
} from './support/authz-rules';
import { expect, test } from './support/fixtures';

// Every page, action and route of the build, called as each role against a private server whose
// database nobody else touches: only the allowed pairs succeed, and a refused call changes nothing.
// One worker runs the file in order (it shares the server); a failure does not skip the rest.
test.describe.configure({ mode: 'default', timeout: 180_000 });

const ROLES: Who[] = ['anonymous', 'moderator', 'owner'];
let server: Awaited<ReturnType<typeof startPrivateServer>>;
const clients = {} as Record<Who, APIRequestContext>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startPrivateServer();
  for (const who of ROLES) clients[who] = await clientFor(who, server.baseURL);
});

test.afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.dispose()));
  server?.stop();
});

// Every call made, attached to the test's report: role, answer, verdict, target.
const calls: string[] = [];
test.afterEach(async ({}, testInfo) => {
  await testInfo.attach('calls', { body: calls.splice(0).join('\n'), contentType: 'text/plain' });
});

const refused = (r: APIResponse) => r.status() === 401 || r.status() === 403;
const toLogin = (r: APIResponse) =>
  r.status() >= 300 && r.status() < 400 && /\/login(\?|$)/.test(r.headers().location ?? '');

/** Makes one call; checks it was refused exactly when `who` is not allowed, and that a refusal wrote nothing. */
async function check(
  label: string,
  who: Who,
  allowed: Who[],
  call: () => Promise<APIResponse>,
  denied: (r: APIResponse) => boolean,
) {
  const before = databaseDigest(server.db);
  const response = await call();
  const wasDenied = denied(response);
  calls.push(
    `${who.padEnd(9)} ${response.status()} ${allowed.includes(who) ? 'allowed' : 'denied '} ${label}`,
  );
  expect
    .soft(wasDenied, `${label} as ${who} answered ${response.status()}`)
    .toBe(!allowed.includes(who));
  if (wasDenied)
    expect
      .soft(databaseDigest(server.db), `${label} refused ${who} but changed the database`)
      .toBe(before);
  else expect.soft(response.status(), `${label} as ${who}`).toBeLessThan(500);
  return response;
}

test('every admin page opens for the allowed roles only', async ({ playwright }) => {
  const pages = builtRoutes('page').filter((r) => ADMIN_PAGES.test(r));
  expect(pages).toEqual(expect.arrayContaining(['/[locale]/admin', '/[locale]/admin/comments']));
  const visitor = await playwright.request.newContext({ baseURL: server.baseURL });
  for (const route of pages) {
    const url = fillRoute(route, server.db);
    for (const who of ROLES) {
      const response = await check(
        url,
        who,
        pageAccess(route),
        () => clients[who].get(url, { maxRedirects: 0 }),
        (r) => refused(r) || toLogin(r),
      );
      if (who === 'anonymous')
        expect.soft(toLogin(response), `${url}: anonymous is sent to the login page`).toBe(true);
      if (pageAccess(route).includes(who))
        expect.soft(response.status(), `${url} as ${who}`).toBe(200);
    }
    // Without any session cookie the proxy already sends visitors to the login page.
    expect
      .soft(toLogin(await visitor.get(url, { maxRedirects: 0 })), `${url} without a cookie`)
      .toBe(true);
  }
  await visitor.dispose();
});

test('every route handler refuses the roles it does not allow, changing nothing', async () => {
  const routes = builtRoutes('route');
  expect(routes).toContain('/api/auth/[...nextauth]');
  for (const route of routes) {
    const url = fillRoute(route, server.db);
    for (const who of ROLES) {
      for (const method of ['GET', 'POST'] as const) {
        const call = () =>
          clients[who].fetch(url, {
            method,
            maxRedirects: 0,
            ...(method === 'POST' ? { data: {} } : {}),
          });
        // A method the handler does not export answers 405 to everyone: there is nothing to protect.
        const missing = await clients.owner.fetch(url, { method: 'OPTIONS', maxRedirects: 0 });
        const allow = missing.headers().allow;
        if (allow && !allow.split(/,\s*/).includes(method)) continue;
        await check(`${method} ${url}`, who, routeAccess(route), call, refused);
      }
    }
  }
});

// Last: calling the sign-out action ends the role's session.
test('every server action in the build refuses the roles it does not allow, changing nothing', async () => {
  const actions = builtActions();
  expect(actions.map((a) => a.exportedName)).toEqual(
    expect.arrayContaining([
      'moderateAction',
      'deleteAction',
      'replyAction',
      'editAction',
      'undoAction',
      'signInAction',
    ]),
  );
  const last = (a: (typeof actions)[number]) =>
    Number(ENDS_SESSION.includes(`${a.filename}#${a.exportedName}`));
  const ordered = [...actions].sort((a, b) => last(a) - last(b));
  for (const who of ROLES) {
    for (const action of ordered) {
      const label = `${action.filename}#${action.exportedName}`;
      await check(
        label,
        who,
        actionAccess(action.filename, action.exportedName),
        () => callAction(clients[who], fillRoute(action.worker, server.db), action.id),
        refused,
      );
    }
  }
});
