CREATE TABLE `intake_clarifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`channel` text NOT NULL,
	`chat_key` text NOT NULL,
	`missing` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`asked_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`answered_at` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_clarifications_person` ON `intake_clarifications` (`person_id`,`chat_key`,`status`);--> statement-breakpoint
CREATE TABLE `intake_labels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`label` text NOT NULL,
	`ticket_id` integer,
	`triage_id` integer,
	`actor_id` integer,
	`group_building` text,
	`text` text NOT NULL,
	`intent` text NOT NULL,
	`category` text,
	`emergency` integer DEFAULT false NOT NULL,
	`building` text,
	`unit` text,
	`room` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`triage_id`) REFERENCES `intake_triage`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_labels_created` ON `intake_labels` (`created_at`);--> statement-breakpoint
CREATE TABLE `intake_triage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer,
	`grid_id` integer,
	`building_id` integer,
	`group_id` integer,
	`channel` text NOT NULL,
	`reporter_external_id` text NOT NULL,
	`reporter_id` integer NOT NULL,
	`text` text NOT NULL,
	`summary` text NOT NULL,
	`intent` text NOT NULL,
	`category` text,
	`urgency` text NOT NULL,
	`building` text,
	`unit` text,
	`room` text,
	`confidence` real NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`assignee_id` integer,
	`digested_at` integer,
	`ticket_id` integer,
	`decided_by` integer,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reporter_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_triage_status_expires` ON `intake_triage` (`status`,`expires_at`);--> statement-breakpoint
CREATE INDEX `intake_triage_assignee` ON `intake_triage` (`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `intake_triage_grid` ON `intake_triage` (`grid_id`,`status`);