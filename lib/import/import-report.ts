import type { DropReason } from './mt/dropped';

/** The report of an import (or dry run) of a Movable Type or WordPress export. */
type Line = { line: number; message: string };

export type ImportPostReport = {
  /** Line in the export where the entry (or the pair's first item) starts. */
  line: number;
  title: string;
  slug: string;
  /** The created (or already imported) post's id; absent in a dry run. */
  id?: number;
  status: 'draft' | 'published';
  publishedAt: Date | null;
  comments: number;
  category: string | null;
  /** Languages the post has: two for a bilingual post. */
  languages: string[];
  /** Blocks carrying a translation, when the importer aligned the entry. */
  paired?: number;
  /** For a translation pair: how sure the pairing is (0–1; 1 when both had the same blocks). */
  confidence?: number;
  result: 'created' | 'duplicate';
};

/** A piece of an imported entry left out, cut or replaced: its export line, element (or field) and a short excerpt. */
export type ImportDropped = { line: number; element: string; reason: DropReason; excerpt: string };

/** A category or tag the import created (or, in a dry run, would create) or found and reused. */
export type ImportTerm = {
  name: string;
  slug: string;
  result: 'created' | 'reused';
  /** A category's parent's slug. */
  parent?: string;
};

/**
 * An export author and the user their posts get: the importer (`owner`), a user that already has
 * the address (`existing`), or a disabled user the import creates (`new`; already created on a
 * re-import, then `existing`).
 */
export type ImportAuthorReport = {
  login: string;
  name: string;
  /** The user's address: the export's, or one made up under `@import.invalid` (never mailed). */
  email: string;
  choice: 'owner' | 'create';
  user: 'owner' | 'existing' | 'new';
  /** Posts in the file by this author. */
  posts: number;
};

/** Why a file on the old site was not copied (its block keeps the old address). */
export type MediaFailureReason =
  | 'httpStatus'
  | 'tooLarge'
  | 'timeout'
  | 'refusedAddress'
  | 'unsupportedScheme'
  | 'tooManyRedirects'
  | 'network'
  | 'notImage'
  | 'notAudioVideo'
  | 'undecodable'
  | 'tooManyPixels'
  | 'overImportLimit';

/** With media copy on: the files on other sites that the imported posts show. */
export type ImportMediaReport = {
  /** Distinct addresses on other sites in image, gallery, audio and video blocks. */
  found: number;
  /** Downloaded and stored (none in a dry run). */
  copied: number;
  /** Copied by an earlier import: the blocks point at that file, nothing is downloaded again. */
  reused: number;
  /** The per-file limit (the upload limit): larger files are not copied. */
  maxBytes: number;
  /** Not copied: the export line of the first post showing it, and why. */
  failed: Array<{ url: string; line: number; reason: MediaFailureReason; status?: number }>;
};

export type ImportReport = {
  dryRun: boolean;
  posts: ImportPostReport[];
  categories: ImportTerm[];
  tags: ImportTerm[];
  comments: number;
  errors: Line[];
  warnings: Line[];
  dropped: ImportDropped[];
  /** With alignment on: entries where no translation could be paired (imported in one language). */
  unpaired: Array<{ line: number; title: string }>;
  /**
   * Why nothing could be imported, when the file held nothing to import: a WXR without `<item>`
   * (noItems), one whose `total` items are none of them posts or pages (noPosts), a text with no
   * Movable Type entry (noEntries).
   */
  empty?: { reason: 'noItems' | 'noPosts' | 'noEntries'; total: number };
  /** The export's authors and whose posts theirs become (WXR and MT exports). */
  authors?: ImportAuthorReport[];
  /** Only when media copy was asked for. */
  media?: ImportMediaReport;
};

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    posts: [],
    categories: [],
    tags: [],
    comments: 0,
    errors: [],
    warnings: [],
    dropped: [],
    unpaired: [],
  };
}
