CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`details` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `block_texts` (
	`block_id` integer NOT NULL,
	`language` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`block_id`, `language`),
	FOREIGN KEY (`block_id`) REFERENCES `blocks`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "block_texts_len" CHECK(length("block_texts"."text") between 1 and 20000)
);
--> statement-breakpoint
CREATE TABLE `blocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`src` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "blocks_kind" CHECK(kind in ('heading', 'subheading', 'paragraph', 'quote', 'list', 'image', 'code'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `blocks_post_position` ON `blocks` (`post_id`,`position`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`names` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_slug_unique` ON `categories` (`slug`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`parent_id` integer,
	`author_name` text NOT NULL,
	`author_email` text NOT NULL,
	`user_id` integer,
	`body` text NOT NULL,
	`language` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`reason` text,
	`ip_hash` text,
	`user_agent` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`moderated_by` integer,
	`moderated_at` integer,
	`idempotency_key` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moderated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "comments_status" CHECK(status in ('pending', 'approved', 'spam', 'trash')),
	CONSTRAINT "comments_name_len" CHECK(length("comments"."author_name") between 1 and 80),
	CONSTRAINT "comments_email_len" CHECK(length("comments"."author_email") between 3 and 254),
	CONSTRAINT "comments_body_len" CHECK(length("comments"."body") between 1 and 5000),
	CONSTRAINT "comments_no_nul" CHECK(instr("comments"."body", char(0)) = 0 and instr("comments"."author_name", char(0)) = 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `comments_idempotency_key_unique` ON `comments` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `comments_post_status_idx` ON `comments` (`post_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_status_idx` ON `comments` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_email_idx` ON `comments` (`author_email`,`status`);--> statement-breakpoint
CREATE TABLE `media` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_file_name_unique` ON `media` (`file_name`);--> statement-breakpoint
CREATE TABLE `post_translations` (
	`post_id` integer NOT NULL,
	`language` text NOT NULL,
	`title` text NOT NULL,
	`excerpt` text,
	PRIMARY KEY(`post_id`, `language`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "post_translations_title" CHECK(length("post_translations"."title") between 1 and 200),
	CONSTRAINT "post_translations_excerpt" CHECK("post_translations"."excerpt" is null or length("post_translations"."excerpt") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`original_language` text NOT NULL,
	`category_id` integer,
	`author_id` integer NOT NULL,
	`comments_open` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "posts_status" CHECK(status in ('draft', 'published')),
	CONSTRAINT "posts_slug" CHECK(length("posts"."slug") between 1 and 120),
	CONSTRAINT "posts_published_has_time" CHECK("posts"."status" = 'draft' or "posts"."published_at" is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `posts_slug_unique` ON `posts` (`slug`);--> statement-breakpoint
CREATE INDEX `posts_published_idx` ON `posts` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `posts_category_idx` ON `posts` (`category_id`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`author_id` integer,
	`snapshot` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `revisions_post_idx` ON `revisions` (`post_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`titles` text NOT NULL,
	`descriptions` text NOT NULL,
	`languages` text NOT NULL,
	`default_language` text NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`default_view` text DEFAULT 'side-by-side' NOT NULL,
	`posts_per_page` integer DEFAULT 10 NOT NULL,
	`comment_policy` text DEFAULT 'hold-all' NOT NULL,
	`link_limit` integer DEFAULT 2 NOT NULL,
	`hold_words` text DEFAULT '' NOT NULL,
	`block_words` text DEFAULT '' NOT NULL,
	`rate_limit` text DEFAULT '5/10m' NOT NULL,
	`thread_depth` integer DEFAULT 3 NOT NULL,
	`close_comments_after_days` integer,
	CONSTRAINT "settings_single_row" CHECK("settings"."id" = 1),
	CONSTRAINT "settings_view" CHECK(default_view in ('side-by-side', 'single', 'interleaved')),
	CONSTRAINT "settings_policy" CHECK(comment_policy in ('hold-all', 'trust-approved', 'approve-all')),
	CONSTRAINT "settings_ppp" CHECK("settings"."posts_per_page" between 1 and 100),
	CONSTRAINT "settings_depth" CHECK("settings"."thread_depth" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE `throttle_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bucket` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `throttle_bucket_idx` ON `throttle_events` (`bucket`,`at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`session_version` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "users_role" CHECK(role in ('owner', 'moderator')),
	CONSTRAINT "users_name_len" CHECK(length("users"."name") between 1 and 80),
	CONSTRAINT "users_email_len" CHECK(length("users"."email") between 3 and 254)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);