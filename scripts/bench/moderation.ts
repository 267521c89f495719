// Approving a comment the way the moderation queue does: its server action, called over HTTP by a
// signed-in moderator. The action updates the row and expires the post's cached data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '@/db/seed';
import { signIn } from './sign-in';

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The build's id for the queue's `moderateAction`, or null if the build has none. */
export function moderateActionId(distDir: string): string | null {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as Manifest;
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === 'moderateAction' && v.filename?.includes('admin/comments'));
  return entry?.[0] ?? null;
}

export type Moderator = { approve: (commentId: number) => Promise<boolean> };

/** Signs in as the demo moderator; `approve` posts the action as the queue's client code would. */
export async function moderator(baseUrl: string, actionId: string): Promise<Moderator> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'moderator')!;
  const cookie = await signIn(baseUrl, account.email, account.password);
  return {
    approve: async (commentId) => {
      const response = await fetch(`${baseUrl}/ja/admin/comments`, {
        method: 'POST',
        headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: baseUrl, cookie },
        body: JSON.stringify([null, { ids: [commentId], action: 'approve' }]),
      });
      return response.ok && (await response.text()).includes('"ok":true');
    },
  };
}
