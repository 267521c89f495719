// Staff changes made the way the admin's own forms make them: the build's server actions, called
// over HTTP by a signed-in account. Action ids come from the build's server-reference-manifest.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '@/server/seed';
import { signIn } from './sign-in';

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The build's id for an exported server action in a file whose path contains `fileHint`. */
export function actionId(distDir: string, exportedName: string, fileHint: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === exportedName && v.filename?.includes(fileHint),
  );
  if (!entry)
    throw new Error(`the build in ${distDir} has no server action ${exportedName} in ${fileHint}`);
  return entry[0];
}

export type ActionResult = { ok: boolean; data?: unknown; error?: string; fieldErrors?: unknown };
export type Staff = {
  /** Posts the action to `page` (the admin page whose form uses it); resolves with its result. */
  call: (page: string, id: string, input: unknown) => Promise<ActionResult>;
};

// React's reply encoding: plain JSON, except that strings starting with "$" are escaped.
export const escapeReply = (value: unknown): unknown => {
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeReply(v)]));
  return value;
};

/** The action's return value: the row of the RSC answer that is an `{ ok: … }` object. */
export function resultOf(body: string): ActionResult | null {
  for (const line of body.split('\n')) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    if (!json?.includes('"ok":')) continue;
    try {
      const value = JSON.parse(json) as ActionResult;
      if (typeof value.ok === 'boolean') return value;
    } catch {
      // another row
    }
  }
  return null;
}

/** Signs in as the demo owner or moderator. */
export async function staff(baseUrl: string, role: 'owner' | 'moderator'): Promise<Staff> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  const cookie = await signIn(baseUrl, account.email, account.password);
  return {
    call: async (page, id, input) => {
      const response = await fetch(baseUrl + page, {
        method: 'POST',
        headers: {
          'next-action': id,
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
          origin: baseUrl,
          cookie,
        },
        body: JSON.stringify([null, escapeReply(input)]),
        signal: AbortSignal.timeout(30_000),
      });
      const body = await response.text();
      return (
        (response.ok && resultOf(body)) || {
          ok: false,
          error: `HTTP ${response.status}: ${body.slice(0, 200)}`,
        }
      );
    },
  };
}
