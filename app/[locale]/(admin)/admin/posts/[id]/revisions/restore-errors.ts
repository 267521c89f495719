/** What restoring a revision can answer (for the `ClientMessages` around its buttons). */
export const RESTORE_ERRORS = ['invalid', 'postGone', 'postSlugTaken'] as const;
