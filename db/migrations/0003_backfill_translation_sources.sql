-- Translations that existed before staleness was tracked were made from the original as it is now:
-- record that text, so only later changes to the original mark them stale.
UPDATE `block_texts` SET `source_text` = (
  SELECT o.`text` FROM `block_texts` o
  JOIN `blocks` b ON b.`id` = o.`block_id`
  JOIN `posts` p ON p.`id` = b.`post_id`
  WHERE o.`block_id` = `block_texts`.`block_id` AND o.`language` = p.`original_language`
)
WHERE `source_text` IS NULL AND `language` <> (
  SELECT p.`original_language` FROM `blocks` b JOIN `posts` p ON p.`id` = b.`post_id`
  WHERE b.`id` = `block_texts`.`block_id`
);
