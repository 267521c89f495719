// The import commands: a pasted bilingual page, or a Movable Type export, from a file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultImportAuthor, proposalFromPaste, savePasteDraft } from '@/db/queries/imports';
import { importMt, type MtReport } from '@/db/queries/imports-mt';
import { getSettings } from '@/db/queries/settings';
// Plain labels, read from the catalogue: next-intl does not load in plain Node (it imports React hooks).
import en from '@/lib/i18n/messages/en.json';
import { importPaste, PasteImportError, type PasteImportResult } from '@/lib/import/paste-import';
import { pasteReport } from '@/lib/import/paste-report';
import { withChrome } from '@/lib/import/paste-restore';
import { splitLongBlocks } from '@/lib/import/paste-split';
import { BLOCK_TEXT_MAX, LANGUAGE_PATTERN } from '@/lib/validations/post';

export const USAGE = `Usage: npm run import -- <command> FILE [options]
  paste FILE [--dry-run] [--json] [--original xx] [--translation yy] [--keep-chrome]
      Splits and aligns a pasted bilingual page and saves it as a draft. Every paragraph is
      kept; lines that look like page chrome (page title, footer, comment form) are listed
      and left out unless --keep-chrome. The report says which original language was guessed
      and why; --original chooses it.
      --json prints { "blocks": [{ "kind", "texts": { "<lang>": "…" } }], "meta": {…},
      "leftovers": […], "removedAsChrome": [{ "text", "reason", "line", "blockIndex" }],
      "split": [{ "blockIndex", "pieces" }] } (paragraphs over the block limit, saved as several blocks).
  mt FILE [--dry-run] [--json] [--language xx]
      Imports a Movable Type / Seesaa export (posts, categories, comments); entries
      imported before are skipped. --language defaults to the blog's default language.
--dry-run saves nothing.`;

export type Io = { out: (line: string) => void; err: (line: string) => void };
export class CliError extends Error {}

const LARGE = 256 * 1024;

/** The file as UTF-8 text, or a clear CliError (missing, unreadable, binary, empty). */
export function readText(file: string, io: Io): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}.`,
    );
  }
  if (bytes.length > LARGE)
    io.err(`Reading ${file} (${(bytes.length / 1024 / 1024).toFixed(1)} MB)…`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.trim()) throw new CliError(`${file} is empty.`);
    return text;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file} is not UTF-8 text.`);
  }
}

function language(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !LANGUAGE_PATTERN.test(value))
    throw new CliError(`${flag} must be a language code such as "ja" or "en".`);
  return value;
}

/** Blocks as the JSON output shows them: untranslated blocks simply lack that language. */
export function pasteJson(
  result: PasteImportResult,
  saved: PasteImportResult['blocks'] = result.blocks,
) {
  const blocks = saved.map((b) => ({
    kind: b.kind,
    ...(b.src ? { src: b.src } : {}),
    texts: Object.fromEntries(Object.entries(b.texts).filter(([, t]) => typeof t === 'string')),
  }));
  const { meta, alignment, leftovers, removedAsChrome } = result;
  return { blocks, meta, alignment, leftovers, removedAsChrome };
}

function author() {
  const owner = defaultImportAuthor();
  if (!owner)
    throw new CliError(
      'No active owner to save the import as: add one with `npm run user -- add`.',
    );
  return owner;
}

function paste(text: string, flags: Flags, io: Io) {
  if (text.length > LARGE) io.err('Aligning…');
  let result: PasteImportResult;
  try {
    result = importPaste(text, {
      originalLanguage: language(flags.original, '--original'),
      translationLanguage: language(flags.translation, '--translation'),
    });
  } catch (error) {
    if (error instanceof PasteImportError) throw new CliError(error.message);
    throw error;
  }
  const { originalLanguage: o, translationLanguage: t } = result.meta;
  const keep = !!flags['keep-chrome'];
  const { blocks, split } = splitLongBlocks(
    keep ? withChrome(result.blocks, result.removedAsChrome, o, [o, t]) : result.blocks,
    o,
  );
  if (flags.json) io.out(JSON.stringify({ ...pasteJson(result, blocks), split }, null, 2));
  else for (const line of pasteReport(result, keep)) io.out(line);
  if (!flags.json)
    for (const s of split)
      io.out(
        `Block ${s.blockIndex + 1} was over ${BLOCK_TEXT_MAX} characters: saved as ${s.pieces} blocks (blocks ${s.blockIndex + 1}–${s.blockIndex + s.pieces}).`,
      );
  if (!result.meta.originalGuess.certain)
    io.err(`Check the original language: ${o} was a guess (see the report).`);
  if (flags['dry-run']) return io.err('Dry run: nothing saved.');
  const saved = savePasteDraft(proposalFromPaste({ ...result, blocks }), author().id);
  io.err(
    `Saved draft #${saved.id} "${saved.slug}" with ${saved.blocks} blocks: open it in the admin under Posts.`,
  );
}

function printReport(report: MtReport, io: Io) {
  const created = report.posts.filter((p) => p.result === 'created');
  io.out(
    `${report.dryRun ? 'Would create' : 'Created'} ${created.length} posts, ${report.comments} comments, ${report.categories.length} categories.`,
  );
  for (const p of report.posts)
    io.out(
      `  ${p.result === 'created' ? (report.dryRun ? 'new      ' : 'created  ') : 'duplicate'}  line ${p.line}  ${p.slug}  ${p.title}  (${p.status}, ${p.comments} comments)`,
    );
  for (const c of report.categories) io.out(`  category  ${c.name} (${c.slug})`);
  for (const e of report.errors) io.out(`  skipped   line ${e.line}: ${e.message}`);
  for (const w of report.warnings) io.out(`  warning   line ${w.line}: ${w.message}`);
  const reasons = en.editor.dropReasons;
  for (const d of report.dropped)
    io.out(
      `  dropped   line ${d.line}: ${d.element} ${reasons[d.reason]}${d.excerpt ? `: ${JSON.stringify(d.excerpt)}` : ''}`,
    );
}

/** Exit code 1 when the file held entries but none could be read. */
function mt(text: string, flags: Flags, io: Io): number {
  const settings = getSettings();
  const lang = language(flags.language, '--language') ?? settings.defaultLanguage;
  const large = text.length > LARGE;
  const report = importMt(text, {
    dryRun: !!flags['dry-run'],
    // A dry run writes nothing, so it needs no author.
    actorId: flags['dry-run'] ? (defaultImportAuthor()?.id ?? 0) : author().id,
    language: lang,
    timeZone: settings.timeZone,
    onProgress: (done, total) => {
      if (large && (done % 50 === 0 || done === total)) io.err(`  ${done}/${total} entries`);
    },
  });
  if (!report.posts.length && !report.errors.length)
    throw new CliError('No Movable Type entries found in the file.');
  if (flags.json) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io);
  return report.posts.length ? 0 : 1;
}

type Flags = {
  'dry-run'?: boolean;
  json?: boolean;
  original?: string;
  translation?: string;
  language?: string;
  'keep-chrome'?: boolean;
};

/** Runs one command; returns the exit code. Input problems are CliErrors with a clear message. */
export function runImportCli(args: string[], io: Io): number {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        original: { type: 'string' },
        translation: { type: 'string' },
        language: { type: 'string' },
        'keep-chrome': { type: 'boolean' },
      },
    });
    const [command, file, ...extra] = positionals;
    if (!file || extra.length || (command !== 'paste' && command !== 'mt'))
      throw new CliError(USAGE);
    const text = readText(file, io);
    if (command === 'mt') return mt(text, values, io);
    paste(text, values, io);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError) && !(error instanceof TypeError && 'code' in error))
      throw error;
    io.err(error.message);
    return 1;
  }
}
