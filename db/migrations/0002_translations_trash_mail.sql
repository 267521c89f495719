CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`headers` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`sent_at` integer,
	CONSTRAINT "mail_outbox_status" CHECK(status in ('queued', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`block_id` integer,
	`language` text NOT NULL,
	`body` text NOT NULL,
	`original_text` text NOT NULL,
	`author_name` text NOT NULL,
	`author_email` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`reason` text,
	`ip_hash` text,
	`user_agent` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`moderated_by` integer,
	`moderated_at` integer,
	`idempotency_key` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`block_id`) REFERENCES `blocks`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moderated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "suggestions_status" CHECK(status in ('pending', 'accepted', 'rejected', 'spam')),
	CONSTRAINT "suggestions_body_len" CHECK(length(body) between 1 and 20000),
	CONSTRAINT "suggestions_name_len" CHECK(length(author_name) between 1 and 80),
	CONSTRAINT "suggestions_email_len" CHECK(length(author_email) between 3 and 254)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suggestions_idempotency_key_unique` ON `suggestions` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `suggestions_status_idx` ON `suggestions` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `suggestions_post_idx` ON `suggestions` (`post_id`,`status`);--> statement-breakpoint
ALTER TABLE `block_texts` ADD `source_text` text;--> statement-breakpoint
ALTER TABLE `block_texts` ADD `credit_name` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `notify_replies` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `deleted_at` integer;--> statement-breakpoint
ALTER TABLE `settings` ADD `footer_style` text DEFAULT 'seesaa' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `notify_owner` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_created_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`,`created_at`);