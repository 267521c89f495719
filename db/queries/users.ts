import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, users, type Role } from '@/db/schema';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function getUserByEmail({ email }: { email: string }) {
  return getDb().select().from(users).where(eq(users.email, normalizeEmail(email))).get() ?? null;
}

export function getUserById({ id }: { id: number }) {
  return getDb().select().from(users).where(eq(users.id, id)).get() ?? null;
}

export function listUsers() {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.id))
    .all();
}

export function countActiveOwners(): number {
  return getDb().select({ n: sql<number>`count(*)` }).from(users).where(sql`${users.role} = 'owner' and ${users.disabled} = 0`).get()?.n ?? 0;
}

export function createUser(input: { email: string; name: string; role: Role; passwordHash: string }, actorId: number | null = null) {
  return writeTx((tx) => {
    const user = tx.insert(users).values({ ...input, email: normalizeEmail(input.email) }).returning().get();
    tx.insert(auditLog).values({ actorId, action: 'user.create', entity: 'user', entityId: user.id, details: { role: input.role } }).run();
    return user;
  });
}

type UserChange = Partial<{ passwordHash: string; disabled: boolean; role: Role; name: string }>;

/** Changes a user; any change that affects access also ends their existing sessions. */
export function updateUser(id: number, change: UserChange, actorId: number | null = null) {
  return writeTx((tx) => {
    const endsSessions = change.passwordHash !== undefined || change.disabled !== undefined || change.role !== undefined;
    tx.update(users)
      .set({ ...change, ...(endsSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
      .where(eq(users.id, id))
      .run();
    const fields = Object.keys(change).map((k) => (k === 'passwordHash' ? 'password' : k));
    tx.insert(auditLog).values({ actorId, action: 'user.update', entity: 'user', entityId: id, details: { fields } }).run();
  });
}

/** Sign-out everywhere: tokens carrying the old version stop working. */
export function bumpSessionVersion(id: number) {
  writeTx((tx) => tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id)).run());
}
