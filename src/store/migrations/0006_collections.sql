CREATE TABLE `building_leads` (
	`building_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`building_id`, `person_id`),
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `building_leads_person` ON `building_leads` (`person_id`);--> statement-breakpoint
CREATE TABLE `collection_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collection_id` integer NOT NULL,
	`household_key` text NOT NULL,
	`building` text,
	`unit` text,
	`room` text,
	`group_id` integer,
	`person_id` integer,
	`name` text,
	`items` text,
	`count` real,
	`fields` text,
	`withdrawn` integer DEFAULT false NOT NULL,
	`via_chain` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collection_entries_household` ON `collection_entries` (`collection_id`,`household_key`);--> statement-breakpoint
CREATE INDEX `collection_entries_person` ON `collection_entries` (`person_id`);--> statement-breakpoint
CREATE TABLE `collection_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collection_id` integer NOT NULL,
	`type` text NOT NULL,
	`person_id` integer,
	`note` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collection_events_collection` ON `collection_events` (`collection_id`,`type`);--> statement-breakpoint
CREATE TABLE `collection_groups` (
	`collection_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`building_id` integer,
	`pending` integer DEFAULT 0 NOT NULL,
	`pending_since` integer,
	`last_summary_at` integer,
	PRIMARY KEY(`collection_id`, `group_id`),
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collection_groups_group` ON `collection_groups` (`group_id`);--> statement-breakpoint
CREATE TABLE `collections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`items` text NOT NULL,
	`fields` text NOT NULL,
	`per_household_limit` integer,
	`visible` integer NOT NULL,
	`targets` text NOT NULL,
	`deadline` integer NOT NULL,
	`remind_at` integer,
	`reminded_at` integer,
	`status` text NOT NULL,
	`created_by_id` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	`final_summary` text,
	`purged_at` integer,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collections_status_deadline` ON `collections` (`status`,`deadline`);