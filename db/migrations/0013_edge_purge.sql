CREATE TABLE `edge_purges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target` text NOT NULL,
	`keys` text NOT NULL,
	`generation` integer DEFAULT 0 NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `edge_purges_target_keys_idx` ON `edge_purges` (`target`,`keys`);--> statement-breakpoint
CREATE INDEX `edge_purges_due_idx` ON `edge_purges` (`next_attempt_at`);