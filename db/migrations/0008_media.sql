PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_blocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`src` text,
	`href` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "blocks_kind" CHECK(kind in ('heading', 'subheading', 'paragraph', 'quote', 'list', 'image', 'code', 'gallery', 'embed', 'audio', 'video', 'more'))
);
--> statement-breakpoint
INSERT INTO `__new_blocks`("id", "post_id", "position", "kind", "src") SELECT "id", "post_id", "position", "kind", "src" FROM `blocks`;--> statement-breakpoint
DROP TABLE `blocks`;--> statement-breakpoint
ALTER TABLE `__new_blocks` RENAME TO `blocks`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `blocks_post_position` ON `blocks` (`post_id`,`position`);--> statement-breakpoint
ALTER TABLE `posts` ADD `cover_src` text;