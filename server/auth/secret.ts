import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * AUTH_SECRET from the environment, or one generated on first run and kept beside the database
 * (mode 0600), so a fresh clone works without set-up and no secret is ever committed.
 */
export function authSecret(): string {
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const dir = path.dirname(path.resolve(env().DATABASE_PATH));
  const file = path.join(dir, 'auth-secret');
  if (!existsSync(file)) createOnce(dir, file);
  return readFileSync(file, 'utf8').trim();
}

/**
 * Several server workers start at once (serving/primary.mjs): the secret is written whole to a
 * file of this process's own and linked into place, so a worker never reads a half-written one,
 * and the one that loses the race reads the winner's.
 */
export function createOnce(dir: string, file: string) {
  mkdirSync(dir, { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
}
