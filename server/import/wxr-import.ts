import 'server-only';
import { emptyReport, type ImportDropped, type ImportReport } from '@/lib/import/import-report';
import { mtExcerptField } from '@/lib/import/mt/fields';
import { formerWxrKeys } from '@/lib/import/former-keys';
import { wxrItemKey } from '@/lib/import/wxr/key';
import { wxrAuthors } from '@/lib/import/wxr/authors';
import type { AuthorChoices, PlannedAuthor } from '@/lib/import/authors';
import { planExportAuthors } from '@/lib/import/authors';
import { wxrTaxonomy } from '@/lib/import/wxr/term-plan';
import type { LineDropped } from '@/lib/import/mt/dropped';
import { wxrAttachments } from '@/lib/import/wxr/attachments';
import { parseWxr, type WxrItem } from '@/lib/import/wxr/parse';
import { pairBlocks, wxrUnits, type WxrUnit } from '@/lib/import/wxr/pairs';
import type { Translations } from '@/db/queries/posts';
import { checkBlocks, checkTitle, draftedUnit, reported } from './plan-parts';
import { runImport, type Drafted, type ImportUnit, type Runner } from './run-import';
import { wxrComments } from './wxr-comments';
import { setupOf, sideOf, type Setup, type Side } from './wxr-setup';
import { wxrPlannedAccess } from './wxr-access';

export type WxrImportOptions = {
  dryRun: boolean;
  actorId: number;
  /** The language of items nothing else decides (the blog's default). */
  language: string;
  /** `--language`: beats the export's channel language and the text's script. */
  given?: string;
  timeZone: string;
  onProgress?: (done: number, total: number) => void;
  /** Whose posts each export author's become (default: the importer's). */
  authorChoices?: AuthorChoices;
  /** Export author login → the author with their user decided, filled by importWxr. */
  authors?: Map<string, PlannedAuthor>;
  /** The blog's languages (read from the settings when not given; a worker thread is given them). */
  blog?: string[];
};

/** Custom taxonomies (formats, series…): listed, Taiyaku has categories and tags only. */
function leftOut(item: WxrItem, dropped: ImportDropped[], warn: (m: string) => void) {
  const row = (element: string, value: string) =>
    dropped.push({ line: item.line, element, reason: 'notImported', excerpt: value });
  for (const o of item.other) row(o.element, o.value);
  if (item.type === 'page') warn('a WordPress page: imported as a post');
}

function translationOf(side: Side, dropped: ImportDropped[]): Translations[string] {
  checkTitle(side.item.title);
  const field = side.item.excerpt ? mtExcerptField(side.item.excerpt, side.item.line) : null;
  dropped.push(...(field?.dropped.map(reported) ?? []));
  return {
    title: side.item.title || side.item.slug || `#${side.item.id}`,
    excerpt: field?.text ?? null,
  };
}

function draftUnit(unit: WxrUnit, key: string, setup: Setup, warn: (m: string) => void): Drafted {
  unit.warnings.forEach(warn);
  const dropped: ImportDropped[] = [];
  const sides = unit.items.map((item) => sideOf(item, setup, dropped));
  const [first, second] = sides as [Side, Side | undefined];
  const pair = second ? pairOf(first, second) : null;
  const translations: Translations = {};
  for (const side of pair ? sides : [first])
    translations[side.language] = translationOf(side, dropped);
  unit.items.forEach((item) => leftOut(item, dropped, warn));
  if (first.item.dateInBlogZone)
    warn(
      `no GMT date (wp:post_date_gmt): the date was read in the blog's time zone, ${setup.timeZone}`,
    );
  const blocks = pair?.blocks ?? first.blocks;
  checkBlocks(blocks);
  const item = first.item;
  const access = wxrPlannedAccess(unit.items, setup, warn);
  return {
    title: item.title,
    dropped,
    slug: { candidates: [item.slug, item.title], fallback: `wp-${key.slice(4, 14)}` },
    ...(second ? { paired: pair?.paired ?? 0, confidence: pair?.confidence ?? 0 } : {}),
    plan: {
      key,
      line: item.line,
      taxonomy: taxonomyOf(sides, setup, dropped),
      comments: wxrComments(sides, key, dropped, warn),
      access: access.planned,
      input: {
        slug: '',
        status: access.status,
        publishedAt: item.date,
        originalLanguage: first.language,
        categoryId: null,
        commentsOpen: item.commentsOpen,
        translations,
        blocks,
      },
    },
  };
}

/** The unit's categories (with parents) and tags from the file, Polylang translations merged. */
function taxonomyOf(sides: Side[], setup: Setup, dropped: ImportDropped[]) {
  const left: LineDropped[] = [];
  const items = sides.map(({ item, language }) => ({ ...item, language }));
  const taxonomy = wxrTaxonomy({ items, terms: setup.terms, language: setup.termLanguage }, left);
  dropped.push(...left.map(reported));
  return taxonomy;
}

const pairOf = (a: Side, b: Side) => pairBlocks(a.blocks, b.blocks, [a.language, b.language]);

/** A pair the aligner cannot join is imported as two posts, and the report says so. */
function splitUnpairable(unit: WxrUnit, setup: Setup, report: ImportReport): WxrUnit[] {
  if (unit.items.length === 1) return [unit];
  const [a, b] = unit.items.map((item) => sideOf(item, setup, [])) as [Side, Side];
  if (pairOf(a, b)) return [unit];
  report.unpaired.push({ line: a.item.line, title: a.item.title });
  const warning = `could not align the translation at line ${b.item.line} with this post: imported apart`;
  return [
    { items: [a.item], warnings: [...unit.warnings, warning] },
    { items: [b.item], warnings: [] },
  ];
}

/**
 * Imports a WordPress export: posts and pages (as posts), categories, threaded comments, and
 * Polylang / WPML translation pairs merged into one bilingual post. Same guarantees as the MT
 * importer: dry run, duplicates found by key, broken items reported by position, nothing dropped
 * unlisted.
 */
export function importWxr<R = ImportReport>(
  text: string,
  opts: WxrImportOptions,
  run: Runner<R> = runImport as Runner<R>,
): R {
  const parsed = parseWxr(text, { timeZone: opts.timeZone });
  const report = emptyReport(opts.dryRun);
  const creators = parsed.items.map((item) => item.creator);
  const authors = planExportAuthors([...wxrAuthors(text).values()], creators, opts.authorChoices);
  opts = { ...opts, authors: authors.byLogin };
  report.authors = authors.report;
  report.errors.push(...parsed.errors);
  report.dropped.push(...parsed.notImported.map((n) => ({ ...n, reason: 'notImported' as const })));
  if (!parsed.items.length && !parsed.errors.length)
    report.empty = { reason: parsed.total ? 'noPosts' : 'noItems', total: parsed.total };
  // Attachments are not posts, but `[gallery ids="…"]` shows their images.
  const setup = { ...setupOf(parsed, opts, report), attachments: wxrAttachments(text) };
  const formerKeys = formerWxrKeys(parsed.items);
  const former = new Map(parsed.items.map((item, i) => [item, formerKeys[i]]));
  const units = wxrUnits(parsed.items, setup.languageOf)
    .flatMap((unit) => splitUnpairable(unit, setup, report))
    .map((unit): ImportUnit => {
      const key = wxrItemKey(parsed.channel, unit.items[0]);
      const [first] = unit.items;
      const meta = { key, formerKey: former.get(first), line: first.line, title: first.title };
      return draftedUnit(meta, (warn) => draftUnit(unit, key, setup, warn));
    });
  return run(units, report, opts);
}
