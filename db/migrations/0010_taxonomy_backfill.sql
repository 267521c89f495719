-- Until now a post had one category (posts.category_id): it becomes the post's first (primary)
-- entry in the post_categories join, which now holds all of a post's categories.
INSERT OR IGNORE INTO `post_categories` (`post_id`, `category_id`, `position`)
SELECT `id`, `category_id`, 0 FROM `posts` WHERE `category_id` IS NOT NULL;
