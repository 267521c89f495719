import type { PostVisibility } from '@/lib/model';

/** Who may read an imported post, and whether it is published: never more than the export said. */
export type ImportAccess = {
  status: 'draft' | 'published';
  visibility: PostVisibility;
  /** The export's reader password (hashed before it is stored), for a password post. */
  password: string | null;
  /** For the report: what became of a post that was not simply public. */
  note: string | null;
};

const PUBLISHED = new Set(['publish', 'future']);

/**
 * A WordPress item's `wp:status` and `wp:post_password`: private stays staff-only, a password
 * stays (whatever the status), draft/pending and anything unknown stay drafts, `future` is
 * scheduled by its date. A post needs a date to be published at all.
 */
export function wxrAccess(status: string, password: string, hasDate: boolean): ImportAccess {
  if (status === 'private') {
    return {
      status: hasDate ? 'published' : 'draft',
      visibility: 'private',
      password: null,
      note: 'private in WordPress: imported as visible to signed-in staff only',
    };
  }
  const published = PUBLISHED.has(status) && hasDate;
  const note =
    PUBLISHED.has(status) || status === 'draft' ? null : `status "${status}": imported as a draft`;
  if (password) {
    return {
      status: published ? 'published' : 'draft',
      visibility: 'password',
      password,
      note: 'password-protected in WordPress: imported with the same password (stored hashed)',
    };
  }
  return { status: published ? 'published' : 'draft', visibility: 'public', password: null, note };
}
