'use server';

import { expirePublicPages } from '@/server/reader-cache';
import { saveSettings } from '@/db/queries/settings';
import { defineAction, type ActionResult } from '@/server/action';
import { settingsSchema } from '@/lib/validations/settings';

/** Saves the blog settings; every page reads them per request, so the layout is re-rendered. */
export const saveSettingsAction = defineAction(
  { roles: ['owner'] },
  settingsSchema,
  (values, { user }): ActionResult => {
    saveSettings(values, user.id);
    expirePublicPages();
    return { ok: true, data: undefined };
  },
);
