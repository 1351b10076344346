CREATE TABLE `instances` (
	`name` text PRIMARY KEY NOT NULL,
	`pid` integer NOT NULL,
	`host` text NOT NULL,
	`channels` text NOT NULL,
	`started_at` integer NOT NULL,
	`heartbeat_at` integer NOT NULL,
	`leader_since` integer,
	`stopped_at` integer
);
--> statement-breakpoint
ALTER TABLE `groups` ADD `account` text;--> statement-breakpoint
ALTER TABLE `inbox` ADD `instance` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `account` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_by` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_at` integer;--> statement-breakpoint
CREATE INDEX `outbox_claimed` ON `outbox` (`claimed_by`,`status`);