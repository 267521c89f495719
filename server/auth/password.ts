import { hash, hashSync, verify, type Options } from '@node-rs/argon2';

import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/model';

export { PASSWORD_MAX, PASSWORD_MIN };

// Argon2id (algorithm 2) with OWASP's minimum: 19 MiB, 2 passes. A const enum cannot be imported here.
const OPTIONS = {
  algorithm: 2 as Options['algorithm'],
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Password must be at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Password must be at most ${PASSWORD_MAX} characters.`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  return hash(password, OPTIONS);
}

// A real hash of a random string, so an unknown email costs the same time as a wrong password.
let dummy: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if ([...password].length > PASSWORD_MAX) return false;
  dummy ??= hash(crypto.randomUUID(), OPTIONS);
  const target = passwordHash ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return passwordHash !== null && ok;
}

/** A post's reader password for the editor (same rules as hashPostPasswordSync). */
export function hashPostPassword(password: string): Promise<string> {
  if (!password || [...password].length > PASSWORD_MAX)
    throw new Error('Bad post password length.');
  return hash(password, OPTIONS);
}

/**
 * A post's reader password (any length the owner or an export chose, up to the usual maximum).
 * Synchronous for the importer, which plans each entry in one synchronous step.
 */
export function hashPostPasswordSync(password: string): string {
  if (!password || [...password].length > PASSWORD_MAX)
    throw new Error('Bad post password length.');
  return hashSync(password, OPTIONS);
}
