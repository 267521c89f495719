import 'server-only';
import type { BlockInput } from '@/lib/blocks/types';
import type { PlannedAuthor } from '@/lib/import/authors';
import type { ImportDropped, ImportReport } from '@/lib/import/import-report';
import type { WxrAttachment } from '@/lib/import/wxr/attachments';
import { wxrLanguages } from '@/lib/import/wxr/languages';
import { normalizeLanguage } from '@/lib/import/item-language';
import type { WxrTerms } from '@/lib/import/wxr/terms';
import type { WxrItem, WxrParseResult } from '@/lib/import/wxr/parse';
import { itemBlocks, type LanguageOf } from '@/lib/import/wxr/pairs';
import { getSettings } from '@/db/queries/settings';
import { reported } from './plan-parts';

/** What the WXR planner decides once per file: each item's language, the blog's time zone. */
/** `authors`: export author login → the author (byline) with their user decided (server/import/import-authors.ts). */
/** `terms`: the channel's categories and tags; `termLanguage`: a Polylang language slug as Taiyaku's code. */
export type Setup = {
  languageOf: LanguageOf;
  timeZone: string;
  authors?: Map<string, PlannedAuthor>;
  terms: WxrTerms;
  termLanguage: (code: string) => string | null;
  /** The export's attachments by post id, for `[gallery ids="…"]`. */
  attachments?: Map<string, WxrAttachment>;
};
export type Side = { item: WxrItem; language: string; blocks: BlockInput[] };

type LanguageOptions = {
  language: string;
  given?: string;
  timeZone: string;
  authors?: Map<string, PlannedAuthor>;
  blog?: string[];
};

export function sideOf(item: WxrItem, setup: Setup, dropped: ImportDropped[]): Side {
  const language = setup.languageOf(item);
  const { blocks, dropped: left } = itemBlocks(item, language, setup.attachments);
  dropped.push(...left.map(reported));
  return { item, language, blocks };
}

/** Every item's language, decided once; a declared language the text is not in is warned about. */
export function setupOf(
  parsed: WxrParseResult,
  opts: LanguageOptions,
  report: ImportReport,
): Setup {
  const languages = wxrLanguages(parsed.items, parsed.channel, {
    fallback: opts.language,
    given: opts.given,
    blog: opts.blog ?? getSettings().languages,
  });
  for (const [item, { language, source }] of languages) {
    const declared = item.language ?? parsed.channel.language;
    if (source === 'script' && declared) {
      const message = `the export says ${declared}, but the text is written in ${language}: imported as ${language}`;
      report.warnings.push({ line: item.line, message });
    }
  }
  const blog = opts.blog ?? getSettings().languages;
  return {
    terms: parsed.terms,
    termLanguage: (code) => normalizeLanguage(code, blog),
    languageOf: (item) => languages.get(item)!.language,
    timeZone: opts.timeZone,
    authors: opts.authors,
  };
}
