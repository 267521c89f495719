import 'server-only';
import { alignBody, keyByScript } from '@/lib/import/align-body';
import { itemLanguage } from '@/lib/import/item-language';
import { getSettings } from '@/db/queries/settings';
import type { BlockInput } from '@/lib/blocks/types';
import { emptyReport, type ImportDropped, type ImportReport } from '@/lib/import/import-report';
import { mtExcerptField } from '@/lib/import/mt/fields';
import { mtEntryToBlocks } from '@/lib/import/mt/html';
import { formerMtKeys } from '@/lib/import/former-keys';
import { mtEntryKeys } from '@/lib/import/mt/key';
import { parseMt, type MtEntry } from '@/lib/import/mt/parse';
import type { LineDropped } from '@/lib/import/mt/dropped';
import { mtOldLinks } from '@/lib/redirects/old-links';
import { namedTaxonomy } from '@/lib/import/taxonomy-plan';
import { checkBlocks, checkTitle, commentRows, draftedUnit, reported } from './plan-parts';
import { runImport, type Drafted, type ImportUnit, type Runner } from './run-import';
import type { AuthorChoices, PlannedAuthor } from '@/lib/import/authors';
import { planExportAuthors } from '@/lib/import/authors';

export type MtImportOptions = {
  dryRun: boolean;
  actorId: number;
  /** The blog's default language: for entries nothing else decides. */
  language: string;
  /** `--language`: every entry is in this language (else the script of its text decides). */
  given?: string;
  timeZone: string;
  /** Run the paste aligner over each body: bilingual entries become bilingual posts. */
  align?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Whose posts each `AUTHOR:` name's become (default: the importer's). */
  authorChoices?: AuthorChoices;
  /** The blog's languages (read from the settings when not given; a worker thread is given them). */
  blog?: string[];
};

type Body = {
  blocks: BlockInput[];
  original: string;
  translation: string | null;
  paired?: number;
  confidence?: number;
};

/** The body's blocks; aligned, when asked and the aligner pairs at least one translation. */
function bodyOf(
  entry: MtEntry,
  opts: MtImportOptions,
  dropped: ImportDropped[],
  unpaired: () => void,
): Body {
  const language = entryLanguage(entry, opts);
  const { blocks, dropped: left } = mtEntryToBlocks(entry, language);
  dropped.push(...left.map(reported));
  const plain: Body = { blocks, original: language, translation: null };
  if (!opts.align) return plain;
  // Each block under the language of its own text: an alignment that would move one is refused.
  const aligned = alignBody(keyByScript(blocks, language));
  if (!aligned || aligned.paired === 0 || aligned.misplaced) {
    unpaired();
    return { ...plain, paired: 0 };
  }
  const { originalLanguage, translationLanguage, paired, confidence } = aligned;
  return {
    blocks: aligned.blocks,
    original: originalLanguage,
    translation: translationLanguage,
    paired,
    confidence,
  };
}

/** `--language` when given, else the script of the entry's title and body, else the blog's. */
function entryLanguage(entry: MtEntry, opts: MtImportOptions): string {
  const { blocks } = mtEntryToBlocks(entry, opts.language);
  const text = [entry.title, ...blocks.map((b) => b.texts[opts.language] ?? '')].join('\n');
  const blog = opts.blog ?? getSettings().languages;
  return itemLanguage({ given: opts.given, text, fallback: opts.language, blog }).language;
}

function draftEntry(
  entry: MtEntry,
  key: string,
  opts: MtImportOptions & { authors: Map<string, PlannedAuthor> },
  warn: (m: string) => void,
  unpaired: () => void,
): Drafted {
  checkTitle(entry.title);
  const dropped: ImportDropped[] = entry.notImported.map((d) => ({ ...d, reason: 'notImported' }));
  const field = entry.excerpt ? mtExcerptField(entry.excerpt, entry.line) : null;
  dropped.push(...(field?.dropped.map(reported) ?? []));
  const body = bodyOf(entry, opts, dropped, unpaired);
  checkBlocks(body.blocks);
  const translations = { [body.original]: { title: entry.title, excerpt: field?.text ?? null } };
  // The export has one title: the translation shows it too until the owner translates it.
  if (body.translation) translations[body.translation] = { title: entry.title, excerpt: null };
  const termsLeft: LineDropped[] = [];
  const taxonomy = namedTaxonomy(entry, body.original, entry.line, termsLeft);
  dropped.push(...termsLeft.map(reported));
  const comments = entry.comments.map((c, index) => ({
    ...c,
    ref: String(index),
    parentRef: null,
    state: c.status,
  }));
  return {
    title: entry.title,
    dropped,
    slug: { candidates: [entry.basename ?? '', entry.title], fallback: `mt-${key.slice(3, 13)}` },
    ...(body.paired !== undefined ? { paired: body.paired } : {}),
    ...(body.confidence !== undefined ? { confidence: body.confidence } : {}),
    plan: {
      key,
      line: entry.line,
      taxonomy,
      comments: commentRows(comments, key, body.original, dropped, warn),
      // MT has no private or password entries: STATUS alone decides (lib/import/mt/entry.ts).
      access: {
        visibility: 'public',
        passwordHash: null,
        authorName: entry.author || null,
        author: opts.authors.get(entry.author) ?? null,
        oldPaths: mtOldLinks(entry, opts.timeZone),
      },
      input: {
        slug: '',
        status: entry.status,
        publishedAt: entry.date,
        originalLanguage: body.original,
        categoryId: null,
        commentsOpen: entry.allowComments,
        translations,
        blocks: body.blocks,
      },
    },
  };
}

/**
 * Imports a Movable Type export: each entry (post, categories, comments) in its own transaction.
 * Entries imported before are reported as duplicates, broken ones as errors with their line;
 * a dry run reports the same without writing anything.
 */
export function importMt<R = ImportReport>(
  text: string,
  opts: MtImportOptions,
  run: Runner<R> = runImport as Runner<R>,
): R {
  const parsed = parseMt(text, { timeZone: opts.timeZone });
  const report = emptyReport(opts.dryRun);
  report.errors.push(...parsed.errors);
  // Text that is no MT export reads as one broken entry: its error is listed, and why.
  if (!parsed.entries.length && parsed.errors.length <= 1)
    report.empty = { reason: 'noEntries', total: 0 };
  // MT names an author and nothing else: the name is the login, the user's address is made up.
  const names = parsed.entries.map((e) => e.author);
  const authors = planExportAuthors([], names, opts.authorChoices);
  report.authors = authors.report;
  const planOpts = { ...opts, authors: authors.byLogin };
  const keys = mtEntryKeys(parsed.entries);
  const formerKeys = formerMtKeys(parsed.entries);
  const units = parsed.entries.map((entry, index): ImportUnit => {
    const key = keys[index]!;
    const unpaired = () => report.unpaired.push({ line: entry.line, title: entry.title });
    const unit = { key, formerKey: formerKeys[index], line: entry.line, title: entry.title };
    return draftedUnit(unit, (warn) => draftEntry(entry, key, planOpts, warn, unpaired));
  });
  return run(units, report, opts);
}
