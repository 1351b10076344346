CREATE TABLE `announcement_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`announcement_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`outbox_id` integer NOT NULL,
	`review_reported_at` integer,
	FOREIGN KEY (`run_id`) REFERENCES `announcement_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `announcement_deliveries_run_group` ON `announcement_deliveries` (`run_id`,`group_id`);--> statement-breakpoint
CREATE INDEX `announcement_deliveries_announcement` ON `announcement_deliveries` (`announcement_id`);--> statement-breakpoint
CREATE TABLE `announcement_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`channel` text NOT NULL,
	`chat_key` text NOT NULL,
	`input` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`announcement_id` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `announcement_drafts_chat` ON `announcement_drafts` (`channel`,`chat_key`,`person_id`,`status`);--> statement-breakpoint
CREATE TABLE `announcement_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`announcement_id` integer NOT NULL,
	`scheduled_for` integer NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `announcement_runs_slot` ON `announcement_runs` (`announcement_id`,`scheduled_for`);--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer,
	`text` text,
	`template` text,
	`vars` text,
	`rendered_text` text NOT NULL,
	`targets` text NOT NULL,
	`send_at` integer,
	`cron` text,
	`until` integer,
	`max_runs` integer,
	`run_count` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`next_run_at` integer,
	`created_by` text NOT NULL,
	`created_by_name` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`cancelled_at` integer,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `announcements_due` ON `announcements` (`status`,`next_run_at`);