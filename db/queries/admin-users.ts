import 'server-only';
import { writeTx } from '@/db';
import type { Role } from '@/db/schema';
import { countActiveOwners, getUserById, updateUser } from './users';

export class LastOwnerError extends Error {}

/**
 * Changes an account, refusing any change that would leave no active owner. The check and the
 * write share one IMMEDIATE transaction, so two owners cannot demote each other at once.
 */
export function changeUserGuarded(
  id: number,
  change: Parameters<typeof updateUser>[1],
  actorId: number,
): boolean {
  return writeTx(() => {
    const user = getUserById({ id });
    if (!user) return false;
    const losesOwner =
      user.role === 'owner' &&
      !user.disabled &&
      (change.disabled === true || (change.role && change.role !== ('owner' satisfies Role)));
    if (losesOwner && countActiveOwners() <= 1)
      throw new LastOwnerError('The last active owner cannot be disabled or demoted.');
    updateUser(id, change, actorId);
    return true;
  });
}
