CREATE TABLE `email_confirmations` (
	`email_hash` text PRIMARY KEY NOT NULL,
	`requested_at` integer,
	`confirmed_at` integer
);
