'use server';

import { proposalFromPaste } from '@/db/queries/imports';
import { getSettings } from '@/db/queries/settings';
import { defineAction, type ActionResult } from '@/server/action';
import { importPaste, PasteImportError, type PasteImportResult } from '@/lib/import/paste/import';
import { pasteImportSchema } from '@/lib/validations/import';
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
