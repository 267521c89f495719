import { describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { openDb } from './connection';
import { migrateContent } from './content-migration';

function oldDatabase() {
  const sqlite = openDb(throwawayDatabase()).$client;
  // A database from before the rewrite: the first version's text, and no content version yet.
  sqlite.exec(`
    INSERT INTO users (id, email, name, password_hash, role) VALUES (1, 'o@x.test', 'O', 'x', 'owner');
    INSERT INTO posts (id, slug, original_language, author_id, updated_at) VALUES (1, 'p', 'en', 1, 0);
    INSERT INTO blocks (id, post_id, position, kind) VALUES (1, 1, 0, 'paragraph'), (2, 1, 1, 'list'),
      (3, 1, 2, 'code');
    INSERT INTO block_texts (block_id, language, text, source_text) VALUES
      (1, 'en', '1. **Tokyo** *is* <b>big</b> | 東京《とうきょう》', NULL),
      (1, 'ja', '# 東京は大きい', '1. **Tokyo** *is* <b>big</b> | 東京《とうきょう》'),
      (2, 'en', '- a\n2) b', NULL),
      (3, 'en', '**x**', NULL);
    INSERT INTO suggestions (post_id, block_id, language, body, original_text, author_name, author_email)
      VALUES (1, 1, 'ja', '*大*きい', '1. **Tokyo**', 'R', 'r@x.test');
    INSERT INTO revisions (post_id, snapshot) VALUES
      (1, '{"slug":"p","blocks":[{"kind":"heading","texts":{"en":"## *a*","ja":null}}]}');
    PRAGMA user_version = 0;
  `);
  return sqlite;
}

describe('content migration to Markdown', () => {
  it('rewrites block texts, source texts, suggestions and revisions once', () => {
    const sqlite = oldDatabase();
    migrateContent(sqlite);
    const texts = sqlite.prepare('SELECT text, source_text FROM block_texts ORDER BY rowid').all();
    expect(texts).toEqual([
      {
        text: '1\\. **Tokyo** *is* \\<b\\>big\\</b\\> \\| 東京\\《とうきょう》',
        source_text: null,
      },
      {
        text: '\\# 東京は大きい',
        source_text: '1\\. **Tokyo** *is* \\<b\\>big\\</b\\> \\| 東京\\《とうきょう》',
      },
      { text: '\\- a\n2\\) b', source_text: null },
      { text: '**x**', source_text: null },
    ]);
    expect(sqlite.prepare('SELECT body, original_text FROM suggestions').get()).toEqual({
      body: '*大*きい',
      original_text: '1\\. **Tokyo**',
    });
    const snapshot = sqlite.prepare('SELECT snapshot FROM revisions').pluck().get() as string;
    expect(JSON.parse(snapshot).blocks[0].texts).toEqual({ en: '\\## *a*', ja: null });
    expect(sqlite.pragma('user_version', { simple: true })).toBe(2);
    // The search index holds the words, not the Markdown.
    const indexed = sqlite.prepare('SELECT text FROM search_index WHERE rowid = 4').pluck().get();
    expect(indexed).toBe('x');

    // A second start changes nothing: the escaped text is not escaped again.
    migrateContent(sqlite);
    expect(sqlite.prepare('SELECT text FROM block_texts WHERE rowid = 1').pluck().get()).toBe(
      '1\\. **Tokyo** *is* \\<b\\>big\\</b\\> \\| 東京\\《とうきょう》',
    );
  });

  it('leaves a new database at the current version with nothing to rewrite', () => {
    const sqlite = openDb(throwawayDatabase()).$client;
    expect(sqlite.pragma('user_version', { simple: true })).toBe(2);
  });
});
