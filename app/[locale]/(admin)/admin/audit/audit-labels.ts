import type { MessageKey, Translate } from '@/lib/i18n/translate';

/** "post.trash" in words; an action this screen does not know yet shows as its code. */
export function actionLabel(t: Translate, action: string): string {
  const key = `audit.actions.${action.replace('.', '_')}` as MessageKey;
  return t.has(key) ? t(key) : action;
}

export function entityLabel(t: Translate, entity: string): string {
  const key = `audit.entities.${entity}` as MessageKey;
  return t.has(key) ? t(key) : entity;
}
