'use server';

import { expirePublicPages } from '@/lib/server/reader-cache';
import { importMt, type MtReport } from '@/db/queries/imports-mt';
import { proposalFromPaste } from '@/db/queries/imports';
import { getSettings } from '@/db/queries/settings';
import { defineAction, type ActionResult } from '@/lib/server/action';
import { importPaste, PasteImportError, type PasteImportResult } from '@/lib/import/paste-import';
import { mtImportSchema, pasteImportSchema } from '@/lib/validations/import';
import type { PostFormValues } from '@/lib/validations/post';
import { valuesFromProposal } from '../_editor/editor-values';

/** The proposal for the editor, with what the owner should review: leftovers, chrome set aside, the language guess. */
export type PasteProposalResult = Pick<
  PasteImportResult,
  'alignment' | 'leftovers' | 'removedAsChrome' | 'meta'
> & { values: PostFormValues; blockCount: number };

/** Splits and aligns a pasted page; the proposal goes to the editor, nothing is saved. */
export const proposePasteAction = defineAction(
  { roles: ['owner'] },
  pasteImportSchema,
  (input): ActionResult<PasteProposalResult> => {
    let result: PasteImportResult;
    try {
      result = importPaste(input.text, {
        originalLanguage: input.originalLanguage,
        translationLanguage: input.translationLanguage,
      });
    } catch (error) {
      if (error instanceof PasteImportError)
        return { ok: false, error: 'nothingToImport', fieldErrors: { text: ['nothingToImport'] } };
      throw error;
    }
    const values = valuesFromProposal(proposalFromPaste(result), getSettings());
    const { alignment, leftovers, removedAsChrome, meta } = result;
    return {
      ok: true,
      data: {
        values,
        alignment,
        leftovers,
        removedAsChrome,
        meta,
        blockCount: result.blocks.length,
      },
    };
  },
);

/** Imports (or dry-runs) a Movable Type export; the report lists every entry's fate. */
export const importMtAction = defineAction(
  { roles: ['owner'] },
  mtImportSchema,
  async ({ file, language, dryRun }, { user }): Promise<ActionResult<MtReport>> => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return { ok: false, error: 'notText', fieldErrors: { file: ['notText'] } };
    }
    const report = importMt(text, {
      dryRun,
      actorId: user.id,
      language,
      timeZone: getSettings().timeZone,
    });
    if (!dryRun && report.posts.some((p) => p.result === 'created')) expirePublicPages();
    return { ok: true, data: report };
  },
);
