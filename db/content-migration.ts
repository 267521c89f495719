import type Database from 'better-sqlite3';
import { legacyToStored } from '@/lib/blocks/legacy';
import { searchText } from '@/lib/blocks/markdown/plain';
import { BLOCK_KINDS, type BlockKind } from '@/lib/model';

/**
 * Rewrites of stored content that need code (SQL migrations cannot run the Markdown escaper).
 * Each runs once per database, after drizzle's migrations, in one BEGIN IMMEDIATE transaction
 * with the bump of SQLite's `user_version` that records it, so two processes starting together
 * cannot both run it and a crash leaves it undone, never half done.
 */
const STEPS: Array<(sqlite: Database.Database) => void> = [toMarkdown, searchPlainText];

export function migrateContent(sqlite: Database.Database): void {
  const run = sqlite.transaction(() => {
    const done = sqlite.pragma('user_version', { simple: true }) as number;
    for (const step of STEPS.slice(done)) step(sqlite);
    if (done < STEPS.length) sqlite.pragma(`user_version = ${STEPS.length}`);
  });
  run.immediate();
}

const kindOf = (k: unknown): BlockKind =>
  BLOCK_KINDS.includes(k as BlockKind) ? (k as BlockKind) : 'paragraph';

const convert = legacyToStored;

type Snapshot = { blocks?: Array<{ kind?: unknown; texts?: Record<string, string | null> }> };

/** Issue 21: block text from the first version's inline subset to CommonMark + GFM. */
function toMarkdown(sqlite: Database.Database): void {
  blockTexts(sqlite);
  suggestionTexts(sqlite);
  revisionTexts(sqlite);
}

function blockTexts(sqlite: Database.Database): void {
  const texts = sqlite
    .prepare(
      `SELECT t.rowid AS id, b.kind, t.text, t.source_text AS sourceText
       FROM block_texts t JOIN blocks b ON b.id = t.block_id`,
    )
    .all() as Array<{ id: number; kind: BlockKind; text: string; sourceText: string | null }>;
  const setText = sqlite.prepare(
    'UPDATE block_texts SET text = ?, source_text = ? WHERE rowid = ?',
  );
  for (const t of texts) {
    // The source text is compared with the original's text for staleness: both move together.
    const source = t.sourceText === null ? null : convert(t.sourceText, t.kind);
    setText.run(convert(t.text, t.kind), source, t.id);
  }
}

function suggestionTexts(sqlite: Database.Database): void {
  const suggestions = sqlite
    .prepare(
      `SELECT s.id, b.kind, s.body, s.original_text AS originalText
       FROM suggestions s LEFT JOIN blocks b ON b.id = s.block_id`,
    )
    .all() as Array<{ id: number; kind: string | null; body: string; originalText: string }>;
  const setSuggestion = sqlite.prepare(
    'UPDATE suggestions SET body = ?, original_text = ? WHERE id = ?',
  );
  for (const s of suggestions)
    setSuggestion.run(
      convert(s.body, kindOf(s.kind)),
      convert(s.originalText, kindOf(s.kind)),
      s.id,
    );
}

function revisionTexts(sqlite: Database.Database): void {
  const revisions = sqlite.prepare('SELECT id, snapshot FROM revisions').all() as Array<{
    id: number;
    snapshot: string;
  }>;
  const setSnapshot = sqlite.prepare('UPDATE revisions SET snapshot = ? WHERE id = ?');
  for (const r of revisions) {
    const snapshot = JSON.parse(r.snapshot) as Snapshot;
    for (const block of snapshot.blocks ?? [])
      for (const [lang, text] of Object.entries(block.texts ?? {}))
        if (typeof text === 'string') block.texts![lang] = convert(text, kindOf(block.kind));
    setSnapshot.run(JSON.stringify(snapshot), r.id);
  }
}

/**
 * Search indexes words, not Markdown: every block text gets its plain words (the column the
 * index's triggers read, migration 0007); the UPDATE re-indexes each row through those triggers.
 */
function searchPlainText(sqlite: Database.Database): void {
  const rows = sqlite.prepare('SELECT rowid AS id, text FROM block_texts').all() as Array<{
    id: number;
    text: string;
  }>;
  const setPlain = sqlite.prepare('UPDATE block_texts SET plain = ? WHERE rowid = ?');
  for (const r of rows) setPlain.run(searchText(r.text), r.id);
}
