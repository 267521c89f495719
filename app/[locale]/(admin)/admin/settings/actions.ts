'use server';

import { expirePublicPages } from '@/server/reader-cache';
import { getImageMedia } from '@/db/queries/blog-look';
import { saveSettings } from '@/db/queries/settings';
import { defineAction, type ActionResult } from '@/server/action';
import { settingsSchema } from '@/lib/validations/settings';

/** Saves the blog settings; every page reads them per request, so the layout is re-rendered. */
export const saveSettingsAction = defineAction(
  { roles: ['owner'] },
  settingsSchema,
  (values, { user }): ActionResult => {
    // The logo is an uploaded image that must still be there (the schema sees only a number).
    if (values.logoMediaId !== null && !getImageMedia(values.logoMediaId))
      return { ok: false, error: 'invalid', fieldErrors: { logoMediaId: ['logoMissing'] } };
    saveSettings(values, user.id);
    expirePublicPages();
    return { ok: true, data: undefined };
  },
);
