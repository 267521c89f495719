'use server';

import type { ReactNode } from 'react';
import { BlockContent } from '@/components/block-content';
import { getTranslator } from '@/lib/i18n/translate';
import { defineAction } from '@/server/action';
import { blockPreviewSchema } from '@/lib/validations/block-preview';

/**
 * A block rendered on the server as the reader will see it: the Markdown parser stays out of the
 * editor's bundle, and the preview is the reading view's own component, so they cannot disagree.
 */
export const previewBlockAction = defineAction(
  { roles: ['owner'] },
  blockPreviewSchema,
  ({ kind, locale, lang, text }) => {
    const t = getTranslator(locale);
    const notes = {
      idPrefix: `preview-${lang}-`,
      footnoteLabel: t('post.footnotes'),
      footnoteBackLabel: t('post.footnoteBack'),
    };
    const node: ReactNode = <BlockContent kind={kind} text={text} lang={lang} notes={notes} />;
    return { ok: true, data: node };
  },
);
