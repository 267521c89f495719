-- Search indexes a block text's words, not its Markdown: the triggers read the `plain` column that
-- every writer fills (db/queries/block-writer.ts, suggestion-changes.ts). Rows written before it
-- existed fall back to their text until the content migration fills it (db/content-migration.ts).
DROP TRIGGER `block_texts_ai`;
--> statement-breakpoint
DROP TRIGGER `block_texts_au`;
--> statement-breakpoint
CREATE TRIGGER `block_texts_ai` AFTER INSERT ON `block_texts` BEGIN
  INSERT INTO `search_index` (rowid, `text`, `post_id`, `language`, `source`)
  SELECT new.rowid, coalesce(new.`plain`, new.`text`), b.`post_id`, new.`language`, 'block' FROM `blocks` b WHERE b.`id` = new.`block_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `block_texts_au` AFTER UPDATE ON `block_texts` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.rowid;
  INSERT INTO `search_index` (rowid, `text`, `post_id`, `language`, `source`)
  SELECT new.rowid, coalesce(new.`plain`, new.`text`), b.`post_id`, new.`language`, 'block' FROM `blocks` b WHERE b.`id` = new.`block_id`;
END;
