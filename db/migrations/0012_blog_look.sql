ALTER TABLE `settings` ADD `accent_color` text;--> statement-breakpoint
ALTER TABLE `settings` ADD `logo_media_id` integer;--> statement-breakpoint
ALTER TABLE `settings` ADD `reading_faces` text DEFAULT '{}' NOT NULL;