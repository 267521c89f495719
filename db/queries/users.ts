import 'server-only';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { getDb, writeTx, type Tx } from '@/db';
import { auditLog, users, type Role } from '@/db/schema';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function getUserByEmail({ email }: { email: string }) {
  return (
    getDb()
      .select()
      .from(users)
      .where(eq(users.email, normalizeEmail(email)))
      .get() ?? null
  );
}

export function getUserById({ id }: { id: number }) {
  return getDb().select().from(users).where(eq(users.id, id)).get() ?? null;
}

export function listUsers() {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.id))
    .all();
}

export function countActiveOwners(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(sql`${users.role} = 'owner' and ${users.disabled} = 0`)
      .get()?.n ?? 0
  );
}

type NewUser = {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  disabled?: boolean;
};

/** Adds a user and its audit row, in the caller's transaction (an import's, or createUser's own). */
export function insertUser(tx: Tx, input: NewUser, actorId: number | null) {
  const user = tx
    .insert(users)
    .values({ ...input, email: normalizeEmail(input.email) })
    .returning()
    .get();
  tx.insert(auditLog)
    .values({
      actorId,
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      details: { role: input.role },
    })
    .run();
  return user;
}

export function createUser(input: Omit<NewUser, 'disabled'>, actorId: number | null = null) {
  return writeTx((tx) => insertUser(tx, input, actorId));
}

type UserChange = Partial<{ passwordHash: string; disabled: boolean; role: Role; name: string }>;

/** Changes a user; any change that affects access also ends their existing sessions. */
export function updateUser(id: number, change: UserChange, actorId: number | null = null) {
  return writeTx((tx) => {
    const endsSessions =
      change.passwordHash !== undefined ||
      change.disabled !== undefined ||
      change.role !== undefined;
    tx.update(users)
      .set({
        ...change,
        ...(endsSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, id))
      .run();
    const fields = Object.keys(change).map((k) => (k === 'passwordHash' ? 'password' : k));
    tx.insert(auditLog)
      .values({ actorId, action: 'user.update', entity: 'user', entityId: id, details: { fields } })
      .run();
  });
}

/**
 * Sign-out everywhere: tokens carrying the old version stop working. With `from`, only a token of
 * the current version counts (a stale, already dead token cannot sign the real user out).
 */
export function bumpSessionVersion(id: number, from?: number) {
  const current = from === undefined ? undefined : eq(users.sessionVersion, from);
  writeTx((tx) =>
    tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, id), current))
      .run(),
  );
}

const LOCKOUT = 'auth.lockout';
export type Lockout = { id: number; email: string; failures: number; until: Date; createdAt: Date };

/**
 * Tells the owner's dashboard that an account's sign-ins are paused: at most one notice per user
 * since `since` (the start of the failure window), however many attempts follow.
 */
export function noteLockout({
  userId,
  failures,
  until,
  since,
}: {
  userId: number;
  failures: number;
  until: number;
  since: number;
}): boolean {
  return writeTx((tx) => {
    const recent = tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, LOCKOUT),
          eq(auditLog.entity, 'user'),
          eq(auditLog.entityId, userId),
          gt(auditLog.createdAt, new Date(since)),
        ),
      )
      .get();
    if (recent) return false;
    tx.insert(auditLog)
      .values({
        actorId: null,
        action: LOCKOUT,
        entity: 'user',
        entityId: userId,
        details: { failures, until },
      })
      .run();
    return true;
  });
}

/** How long the dashboard keeps showing a lockout notice. */
export const LOCKOUT_NOTICE_DAYS = 7;

/** Lockout notices since `since` (default: the last week), newest first, with the account's current email. */
export function recentLockouts({
  since = new Date(Date.now() - LOCKOUT_NOTICE_DAYS * 86_400_000),
  limit = 5,
}: { since?: Date; limit?: number } = {}): Lockout[] {
  return getDb()
    .select({
      id: auditLog.id,
      email: users.email,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.entityId))
    .where(
      and(eq(auditLog.action, LOCKOUT), eq(auditLog.entity, 'user'), gt(auditLog.createdAt, since)),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit)
    .all()
    .map(({ details, ...row }) => ({
      ...row,
      failures: Number(details?.failures ?? 0),
      until: new Date(Number(details?.until ?? 0)),
    }));
}
