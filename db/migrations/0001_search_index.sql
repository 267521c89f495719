-- Full-text search over post titles and block texts in every language. The trigram tokenizer
-- matches substrings, so Japanese (which has no spaces) is searchable. Rows mirror block_texts
-- (rowid = block_texts.rowid) and post_translations (rowid = -post_translations.rowid).
CREATE VIRTUAL TABLE `search_index` USING fts5(`text`, `post_id` UNINDEXED, `language` UNINDEXED, `source` UNINDEXED, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `block_texts_ai` AFTER INSERT ON `block_texts` BEGIN
  INSERT INTO `search_index` (rowid, `text`, `post_id`, `language`, `source`)
  SELECT new.rowid, new.`text`, b.`post_id`, new.`language`, 'block' FROM `blocks` b WHERE b.`id` = new.`block_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `block_texts_ad` AFTER DELETE ON `block_texts` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `block_texts_au` AFTER UPDATE ON `block_texts` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.rowid;
  INSERT INTO `search_index` (rowid, `text`, `post_id`, `language`, `source`)
  SELECT new.rowid, new.`text`, b.`post_id`, new.`language`, 'block' FROM `blocks` b WHERE b.`id` = new.`block_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `post_translations_ai` AFTER INSERT ON `post_translations` BEGIN
  INSERT INTO `search_index` (rowid, `text`, `post_id`, `language`, `source`)
  VALUES (-new.rowid, new.`title`, new.`post_id`, new.`language`, 'title');
END;
--> statement-breakpoint
CREATE TRIGGER `post_translations_ad` AFTER DELETE ON `post_translations` BEGIN
  DELETE FROM `search_index` WHERE rowid = -old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `post_translations_au` AFTER UPDATE ON `post_translations` BEGIN
  DELETE FROM `search_index` WHERE rowid = -old.rowid;
  INSERT INTO `search_index` (rowid, `text`, `post_id`, `language`, `source`)
  VALUES (-new.rowid, new.`title`, new.`post_id`, new.`language`, 'title');
END;
