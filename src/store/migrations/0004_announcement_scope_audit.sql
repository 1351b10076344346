ALTER TABLE `announcements` ADD `created_by_role` text;--> statement-breakpoint
ALTER TABLE `announcements` ADD `cancelled_by` text;--> statement-breakpoint
ALTER TABLE `announcements` ADD `cancelled_by_name` text;--> statement-breakpoint
-- Backfill the creator's role of existing notices. A token's role never changes, so it is exact.
-- A person's is read as it is now: only the office and grid leaders could post, so anyone not office now is checked as a leader (fails closed).
UPDATE `announcements` SET `created_by_role` = CASE
	WHEN `created_by` LIKE 'token:%' THEN (SELECT `role` FROM `api_tokens` WHERE 'token:' || `api_tokens`.`id` = `announcements`.`created_by`)
	WHEN `created_by` LIKE 'person:%' THEN (SELECT CASE WHEN `role` = 'office' THEN 'office' ELSE 'grid_leader' END FROM `people` WHERE 'person:' || `people`.`id` = `announcements`.`created_by`)
	ELSE 'office'
END;
