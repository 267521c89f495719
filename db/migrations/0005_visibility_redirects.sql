CREATE TABLE `redirects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_path` text NOT NULL,
	`post_id` integer,
	`to_path` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "redirects_one_target" CHECK(("redirects"."post_id" is null) <> ("redirects"."to_path" is null)),
	CONSTRAINT "redirects_from_len" CHECK(length("redirects"."from_path") between 1 and 2000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `redirects_from_path_unique` ON `redirects` (`from_path`);--> statement-breakpoint
ALTER TABLE `posts` ADD `visibility` text DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `password_hash` text;--> statement-breakpoint
ALTER TABLE `posts` ADD `author_display_name` text;