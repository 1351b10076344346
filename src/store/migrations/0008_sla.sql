CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '' NOT NULL,
	`wecom_user_ids` text DEFAULT '' NOT NULL,
	`group_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_name_unique` ON `departments` (`name`);--> statement-breakpoint
CREATE TABLE `sla_extensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`requested_by` integer NOT NULL,
	`days` integer NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`decided_by` integer,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sla_extensions_ticket` ON `sla_extensions` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `sla_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sla_reports_kind_period` ON `sla_reports` (`kind`,`period`);--> statement-breakpoint
ALTER TABLE `tickets` ADD `sla_planned_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `sign_due_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `resolve_due_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `signed_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `sla_stage` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tickets` ADD `sla_next_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `supervision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tickets` ADD `department_id` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `dept_handed_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `dept_due_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `dept_answered_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `dept_stage` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tickets` ADD `dept_next_at` integer;--> statement-breakpoint
CREATE INDEX `tickets_sla_next` ON `tickets` (`sla_next_at`);--> statement-breakpoint
CREATE INDEX `tickets_dept_next` ON `tickets` (`dept_next_at`);