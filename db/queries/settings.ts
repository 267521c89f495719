import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, settings, type Settings } from '@/db/schema';

export const DEFAULT_SETTINGS: Omit<Settings, 'id'> = {
  titles: { ja: 'Taiyaku', en: 'Taiyaku' },
  descriptions: { ja: '', en: '' },
  languages: ['ja', 'en'],
  defaultLanguage: 'ja',
  timeZone: 'Asia/Tokyo',
  defaultView: 'side-by-side',
  postsPerPage: 10,
  commentPolicy: 'hold-all',
  linkLimit: 2,
  holdWords: '',
  blockWords: '',
  rateLimit: '5/10m',
  threadDepth: 3,
  closeCommentsAfterDays: null,
  footerStyle: 'seesaa',
  notifyOwner: false,
  mailRetentionDays: 30,
  accentColor: null,
  logoMediaId: null,
  readingFaces: {},
};

/** The blog's settings; defaults until the owner saves some. */
export function getSettings(): Settings {
  return (
    getDb().select().from(settings).where(eq(settings.id, 1)).get() ?? {
      id: 1,
      ...DEFAULT_SETTINGS,
    }
  );
}

export function saveSettings(values: Partial<Omit<Settings, 'id'>>, actorId: number | null = null) {
  writeTx((tx) => {
    const next = { ...getSettingsIn(tx), ...values };
    tx.insert(settings).values(next).onConflictDoUpdate({ target: settings.id, set: values }).run();
    tx.insert(auditLog)
      .values({
        actorId,
        action: 'settings.update',
        entity: 'settings',
        entityId: 1,
        details: { fields: Object.keys(values) },
      })
      .run();
  });
}

function getSettingsIn(tx: Parameters<Parameters<typeof writeTx>[0]>[0]): Settings {
  return (
    tx.select().from(settings).where(eq(settings.id, 1)).get() ?? { id: 1, ...DEFAULT_SETTINGS }
  );
}
