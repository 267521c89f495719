// The import commands: a pasted bilingual page, a Movable Type or a WordPress export, from a file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultImportAuthor, proposalFromPaste, savePasteDraft } from '@/db/queries/imports';
import { withMediaCopy } from '@/server/import/media-copy';
import { importMt } from '@/server/import/mt-import';
import { ImportWorkerError, planOffThread } from '@/server/import/plan-off-thread';
import { runImport, type Runner } from '@/server/import/run-import';
import { importWxr } from '@/server/import/wxr-import';
import type { ImportReport } from '@/lib/import/import-report';
import { AUTHOR_CHOICES, type AuthorChoice, type AuthorChoices } from '@/lib/import/authors';
import { WxrFileError } from '@/lib/import/wxr/parse';
import { reportLines } from './import-report-lines';
import { getSettings } from '@/db/queries/settings';
// Plain labels, read from the catalogue: next-intl does not load in plain Node (it imports React hooks).
import en from '@/lib/i18n/messages/en.json';
import { importPaste, PasteImportError, type PasteImportResult } from '@/lib/import/paste/import';
import { pasteReport } from '@/lib/import/paste/report';
import { withChrome } from '@/lib/import/paste/restore';
import { splitLongBlocks } from '@/lib/import/paste/split';
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
  mt FILE [--dry-run] [--json] [--language xx] [--align] [--media] [--authors …] [--author …]
      Imports a Movable Type / Seesaa export (posts, categories, comments); entries
      imported before are skipped. --language: every entry's language (else its text's script decides).
      --align runs the paste aligner over each body, so an article followed or interleaved
      by its translation becomes a bilingual post; the report says per entry how many
      translations were paired and lists the entries it could not pair.
  wxr FILE [--dry-run] [--json] [--language xx] [--media] [--authors owner|create] [--author LOGIN=owner|create]
      Imports a WordPress export (WXR): posts, pages (as posts), categories, threaded
      comments; Polylang / WPML translation pairs become one bilingual post. Tags, attachments
      and menus are listed, not imported. --language beats the file's <language> and the text's script (not Polylang / WPML).
--media copies the images (and audio, video) the posts show from other sites into the media
  library, re-encoded as uploads are (at most 5 MB a file), and points the blocks at the copies;
  files that cannot be copied keep their old address and are listed with the reason. Files
  copied by an earlier import are reused. With --dry-run it only counts them.
--authors: whose posts the export's authors' become: the owner's (owner, the default) or, with
  create, a disabled user's per author (who cannot sign in; found again by address on a re-import;
  an author with no address in the file gets one under @import.invalid, never mailed).
  --author LOGIN=create (or =owner, repeatable) decides for one author; the dry run lists them.
--dry-run saves nothing.`;

const COMMANDS = ['paste', 'mt', 'wxr'];

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

/** Exit code 1 when the file held entries but none could be read. */
/** How the CLI plans: in a worker thread (as the server does), or here (`inProcess`: sync, for tests). */
export type CliOptions = { inProcess?: boolean };

function exportFile(
  command: 'mt' | 'wxr',
  text: string,
  flags: Flags,
  io: Io,
  { inProcess }: CliOptions,
): number | Promise<number> {
  const settings = getSettings();
  const large = text.length > LARGE;
  const dryRun = !!flags['dry-run'];
  const opts = {
    dryRun,
    // A dry run writes nothing, so it needs no author.
    actorId: dryRun ? (defaultImportAuthor()?.id ?? 0) : author().id,
    language: settings.defaultLanguage,
    given: language(flags.language, '--language'),
    timeZone: settings.timeZone,
    authorChoices: authorChoices(flags),
    onProgress: (done: number, total: number) => {
      if (large && (done % 50 === 0 || done === total)) io.err(`  ${done}/${total} entries`);
    },
  };
  if (flags.align && command !== 'mt')
    throw new CliError('--align is for mt: WordPress pairs are aligned anyway.');
  const finish = (report: ImportReport) => printReport(command, report, flags, io);
  const align = !!flags.align;
  const here = <R>(run: Runner<R>) =>
    command === 'mt' ? importMt(text, { ...opts, align }, run) : wxr(text, opts, run);
  const { onProgress, ...planOpts } = opts;
  const request = { format: command, text, opts: { ...planOpts, align, blog: settings.languages } };
  const off = <R>(run: Runner<R>) =>
    planOffThread(request, run, { onProgress }).catch(cliErrorOf) as Promise<Awaited<R>>;
  if (flags.media) {
    // Downloads are asynchronous: the whole import then is, one file at a time per worker.
    const run = withMediaCopy(runImport);
    if (!dryRun) io.err('Copying media from the old site…');
    return (inProcess ? here(run) : off(run)).then(finish);
  }
  return inProcess ? finish(here(runImport)) : off(runImport).then(finish);
}

/** What stopped the planning worker, as the CLI says it. */
function cliErrorOf(error: unknown): never {
  if (error instanceof WxrFileError) throw new CliError(error.message);
  if (error instanceof ImportWorkerError)
    throw new CliError(`The import stopped: ${error.message}`);
  throw error;
}

/** `--authors` for everyone, `--author LOGIN=choice` for one (the login as the dry run lists it). */
export function authorChoices(flags: Flags): AuthorChoices {
  const valid = (v: string | undefined, flag: string): AuthorChoice => {
    if ((AUTHOR_CHOICES as readonly string[]).includes(v ?? '')) return v as AuthorChoice;
    throw new CliError(`${flag} must be owner or create.`);
  };
  const all = flags.authors === undefined ? 'owner' : valid(flags.authors, '--authors');
  const by: Record<string, AuthorChoice> = {};
  for (const pair of flags.author ?? []) {
    const at = pair.lastIndexOf('=');
    if (at < 1) throw new CliError('--author takes LOGIN=owner or LOGIN=create.');
    by[pair.slice(0, at)] = valid(pair.slice(at + 1), '--author');
  }
  return { all, by };
}

function printReport(command: 'mt' | 'wxr', report: ImportReport, flags: Flags, io: Io): number {
  if (!report.posts.length && !report.errors.length)
    throw new CliError(
      command === 'mt'
        ? 'No Movable Type entries found in the file.'
        : 'No posts or pages found in the WordPress export.',
    );
  if (flags.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of reportLines(report, en.editor.dropReasons)) io.out(line);
  return report.posts.length ? 0 : 1;
}

function wxr<R = ImportReport>(
  text: string,
  opts: Parameters<typeof importWxr>[1],
  run?: Parameters<typeof importWxr<R>>[2],
): R {
  try {
    return importWxr(text, opts, run);
  } catch (error) {
    if (error instanceof WxrFileError) throw new CliError(error.message);
    throw error;
  }
}

type Flags = {
  'dry-run'?: boolean;
  json?: boolean;
  original?: string;
  translation?: string;
  language?: string;
  'keep-chrome'?: boolean;
  align?: boolean;
  media?: boolean;
  authors?: string;
  author?: string[];
};

/** A CliError's message on stderr and exit code 1; anything else is a bug and goes on up. */
function cliFailure(error: unknown, io: Io): number {
  if (!(error instanceof CliError) && !(error instanceof TypeError && 'code' in error)) throw error;
  io.err(error.message);
  return 1;
}

/**
 * Runs one command; returns the exit code (a promise of it with --media, which downloads).
 * Input problems are CliErrors with a clear message.
 */
export function runImportCli(
  args: string[],
  io: Io,
  options: CliOptions = {},
): number | Promise<number> {
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
        align: { type: 'boolean' },
        media: { type: 'boolean' },
        authors: { type: 'string' },
        author: { type: 'string', multiple: true },
      },
    });
    const [command, file, ...extra] = positionals;
    if (!file || extra.length || !COMMANDS.includes(command ?? '')) throw new CliError(USAGE);
    const text = readText(file, io);
    if (command === 'mt' || command === 'wxr') {
      const code = exportFile(command, text, values, io, options);
      return typeof code === 'number' ? code : code.catch((error) => cliFailure(error, io));
    }
    paste(text, values, io);
    return 0;
  } catch (error) {
    return cliFailure(error, io);
  }
}
