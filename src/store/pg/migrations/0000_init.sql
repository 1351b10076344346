CREATE TABLE "announcement_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"announcement_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	"outbox_id" integer NOT NULL,
	"review_reported_at" bigint
);
--> statement-breakpoint
CREATE TABLE "announcement_drafts" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"channel" text NOT NULL,
	"chat_key" text NOT NULL,
	"input" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"announcement_id" integer,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "announcement_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"announcement_id" integer NOT NULL,
	"scheduled_for" bigint NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer,
	"text" text,
	"template" text,
	"vars" text,
	"rendered_text" text NOT NULL,
	"targets" text NOT NULL,
	"send_at" bigint,
	"cron" text,
	"until" bigint,
	"max_runs" integer,
	"run_count" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"next_run_at" bigint,
	"created_by" text NOT NULL,
	"created_by_name" text,
	"created_by_role" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"cancelled_at" bigint,
	"cancelled_by" text,
	"cancelled_by_name" text
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"role" text NOT NULL,
	"label" text NOT NULL,
	"person_id" integer,
	"created_at" bigint NOT NULL,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "building_leads" (
	"building_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "building_leads_building_id_person_id_pk" PRIMARY KEY("building_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"grid_id" integer,
	"name" text NOT NULL,
	"units" integer
);
--> statement-breakpoint
CREATE TABLE "collection_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"collection_id" integer NOT NULL,
	"household_key" text NOT NULL,
	"building" text,
	"unit" text,
	"room" text,
	"group_id" integer,
	"person_id" integer,
	"name" text,
	"items" text,
	"count" double precision,
	"fields" text,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"via_chain" integer DEFAULT 0 NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collection_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"collection_id" integer NOT NULL,
	"type" text NOT NULL,
	"person_id" integer,
	"note" text,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collection_groups" (
	"collection_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	"building_id" integer,
	"pending" integer DEFAULT 0 NOT NULL,
	"pending_since" bigint,
	"last_summary_at" bigint,
	CONSTRAINT "collection_groups_collection_id_group_id_pk" PRIMARY KEY("collection_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "collections" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"items" text NOT NULL,
	"fields" text NOT NULL,
	"per_household_limit" integer,
	"visible" integer NOT NULL,
	"targets" text NOT NULL,
	"deadline" bigint NOT NULL,
	"remind_at" bigint,
	"reminded_at" bigint,
	"status" text NOT NULL,
	"created_by_id" integer,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL,
	"closed_at" bigint,
	"final_summary" text,
	"purged_at" bigint
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"id" serial PRIMARY KEY NOT NULL,
	"street_id" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text DEFAULT '' NOT NULL,
	"wecom_user_ids" text DEFAULT '' NOT NULL,
	"group_id" integer,
	CONSTRAINT "departments_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "faq" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer,
	"keywords" text NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"external_id" text NOT NULL,
	"topic" text NOT NULL,
	"kind" text NOT NULL,
	"building_id" integer,
	"community_id" integer,
	"account" text
);
--> statement-breakpoint
CREATE TABLE "identities" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"channel" text NOT NULL,
	"external_id" text NOT NULL,
	"display_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"message_id" text NOT NULL,
	"payload" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"outcome" text,
	"received_at" bigint NOT NULL,
	"handled_at" bigint,
	"instance" text
);
--> statement-breakpoint
CREATE TABLE "instances" (
	"name" text PRIMARY KEY NOT NULL,
	"pid" integer NOT NULL,
	"host" text NOT NULL,
	"channels" text NOT NULL,
	"started_at" bigint NOT NULL,
	"heartbeat_at" bigint NOT NULL,
	"leader_since" bigint,
	"stopped_at" bigint
);
--> statement-breakpoint
CREATE TABLE "intake_clarifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"channel" text NOT NULL,
	"chat_key" text NOT NULL,
	"missing" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"asked_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL,
	"answered_at" bigint
);
--> statement-breakpoint
CREATE TABLE "intake_labels" (
	"id" serial PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"ticket_id" integer,
	"triage_id" integer,
	"actor_id" integer,
	"group_building" text,
	"text" text NOT NULL,
	"intent" text NOT NULL,
	"category" text,
	"emergency" integer DEFAULT 0 NOT NULL,
	"building" text,
	"unit" text,
	"room" text,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_triage" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer,
	"grid_id" integer,
	"building_id" integer,
	"group_id" integer,
	"channel" text NOT NULL,
	"reporter_external_id" text NOT NULL,
	"reporter_id" integer NOT NULL,
	"text" text NOT NULL,
	"summary" text NOT NULL,
	"intent" text NOT NULL,
	"category" text,
	"urgency" text NOT NULL,
	"building" text,
	"unit" text,
	"room" text,
	"confidence" double precision NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"assignee_id" integer,
	"digested_at" bigint,
	"ticket_id" integer,
	"decided_by" integer,
	"decided_at" bigint,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"group_external_id" text,
	"to_external_id" text,
	"text" text NOT NULL,
	"mentions" text NOT NULL,
	"card" text,
	"priority" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" bigint NOT NULL,
	"last_error" text,
	"ref" text,
	"created_at" bigint NOT NULL,
	"sent_at" bigint,
	"account" text,
	"claimed_by" text,
	"claimed_at" bigint
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"community_id" integer,
	"building_id" integer,
	"wechat_name" text,
	"wecom_user_id" text,
	"phone" text,
	"active" integer DEFAULT 1 NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "people_wecom_user_id_unique" UNIQUE("wecom_user_id")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_extensions" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"requested_by" integer NOT NULL,
	"days" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"decided_by" integer,
	"created_at" bigint NOT NULL,
	"decided_at" bigint
);
--> statement-breakpoint
CREATE TABLE "sla_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"body" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_grids" (
	"person_id" integer NOT NULL,
	"grid_id" integer NOT NULL,
	CONSTRAINT "staff_grids_person_id_grid_id_pk" PRIMARY KEY("person_id","grid_id")
);
--> statement-breakpoint
CREATE TABLE "streets" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "streets_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "ticket_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"ticket_id" integer NOT NULL,
	"actor_id" integer,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_followers" (
	"ticket_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"group_id" integer,
	"at" bigint NOT NULL,
	CONSTRAINT "ticket_followers_ticket_id_person_id_pk" PRIMARY KEY("ticket_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer,
	"grid_id" integer,
	"building_id" integer,
	"building" text,
	"unit" text,
	"room" text,
	"category" text NOT NULL,
	"urgency" text NOT NULL,
	"emergency_kind" text,
	"status" text NOT NULL,
	"summary" text NOT NULL,
	"text" text NOT NULL,
	"reporter_id" integer NOT NULL,
	"origin_group_id" integer,
	"assignee_id" integer,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"resolved_at" bigint,
	"last_note" text,
	"search_text" text,
	"sla_planned_at" bigint,
	"sign_due_at" bigint,
	"resolve_due_at" bigint,
	"signed_at" bigint,
	"sla_stage" integer DEFAULT 0 NOT NULL,
	"sla_next_at" bigint,
	"supervision" integer DEFAULT 0 NOT NULL,
	"department_id" integer,
	"dept_handed_at" bigint,
	"dept_due_at" bigint,
	"dept_answered_at" bigint,
	"dept_stage" integer DEFAULT 0 NOT NULL,
	"dept_next_at" bigint
);
--> statement-breakpoint
ALTER TABLE "announcement_deliveries" ADD CONSTRAINT "announcement_deliveries_run_id_announcement_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."announcement_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_deliveries" ADD CONSTRAINT "announcement_deliveries_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_deliveries" ADD CONSTRAINT "announcement_deliveries_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_deliveries" ADD CONSTRAINT "announcement_deliveries_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_drafts" ADD CONSTRAINT "announcement_drafts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_drafts" ADD CONSTRAINT "announcement_drafts_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_runs" ADD CONSTRAINT "announcement_runs_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_leads" ADD CONSTRAINT "building_leads_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_leads" ADD CONSTRAINT "building_leads_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_entries" ADD CONSTRAINT "collection_entries_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_entries" ADD CONSTRAINT "collection_entries_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_entries" ADD CONSTRAINT "collection_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_events" ADD CONSTRAINT "collection_events_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_events" ADD CONSTRAINT "collection_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_groups" ADD CONSTRAINT "collection_groups_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_groups" ADD CONSTRAINT "collection_groups_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_groups" ADD CONSTRAINT "collection_groups_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_street_id_streets_id_fk" FOREIGN KEY ("street_id") REFERENCES "public"."streets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq" ADD CONSTRAINT "faq_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grids" ADD CONSTRAINT "grids_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identities" ADD CONSTRAINT "identities_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_clarifications" ADD CONSTRAINT "intake_clarifications_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_clarifications" ADD CONSTRAINT "intake_clarifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_labels" ADD CONSTRAINT "intake_labels_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_labels" ADD CONSTRAINT "intake_labels_triage_id_intake_triage_id_fk" FOREIGN KEY ("triage_id") REFERENCES "public"."intake_triage"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_labels" ADD CONSTRAINT "intake_labels_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_reporter_id_people_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_assignee_id_people_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_triage" ADD CONSTRAINT "intake_triage_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_extensions" ADD CONSTRAINT "sla_extensions_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_extensions" ADD CONSTRAINT "sla_extensions_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_extensions" ADD CONSTRAINT "sla_extensions_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_grids" ADD CONSTRAINT "staff_grids_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_grids" ADD CONSTRAINT "staff_grids_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_followers" ADD CONSTRAINT "ticket_followers_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_followers" ADD CONSTRAINT "ticket_followers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_followers" ADD CONSTRAINT "ticket_followers_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_reporter_id_people_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_origin_group_id_groups_id_fk" FOREIGN KEY ("origin_group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_assignee_id_people_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "announcement_deliveries_run_group" ON "announcement_deliveries" USING btree ("run_id","group_id");--> statement-breakpoint
CREATE INDEX "announcement_deliveries_announcement" ON "announcement_deliveries" USING btree ("announcement_id");--> statement-breakpoint
CREATE INDEX "announcement_drafts_chat" ON "announcement_drafts" USING btree ("channel","chat_key","person_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "announcement_runs_slot" ON "announcement_runs" USING btree ("announcement_id","scheduled_for");--> statement-breakpoint
CREATE INDEX "announcements_due" ON "announcements" USING btree ("status","next_run_at");--> statement-breakpoint
CREATE INDEX "building_leads_person" ON "building_leads" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_community_name" ON "buildings" USING btree ("community_id","name");--> statement-breakpoint
CREATE INDEX "buildings_grid" ON "buildings" USING btree ("grid_id");--> statement-breakpoint
CREATE UNIQUE INDEX "collection_entries_household" ON "collection_entries" USING btree ("collection_id","household_key");--> statement-breakpoint
CREATE INDEX "collection_entries_person" ON "collection_entries" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "collection_events_collection" ON "collection_events" USING btree ("collection_id","type");--> statement-breakpoint
CREATE INDEX "collection_groups_group" ON "collection_groups" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "collections_status_deadline" ON "collections" USING btree ("status","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "communities_street_name" ON "communities" USING btree ("street_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "grids_community_name" ON "grids" USING btree ("community_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_channel_external" ON "groups" USING btree ("channel","external_id");--> statement-breakpoint
CREATE INDEX "groups_topic" ON "groups" USING btree ("channel","topic");--> statement-breakpoint
CREATE UNIQUE INDEX "identities_channel_external" ON "identities" USING btree ("channel","external_id");--> statement-breakpoint
CREATE INDEX "identities_person" ON "identities" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_channel_message" ON "inbox" USING btree ("channel","message_id");--> statement-breakpoint
CREATE INDEX "inbox_status" ON "inbox" USING btree ("status");--> statement-breakpoint
CREATE INDEX "intake_clarifications_person" ON "intake_clarifications" USING btree ("person_id","chat_key","status");--> statement-breakpoint
CREATE INDEX "intake_labels_created" ON "intake_labels" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "intake_triage_status_expires" ON "intake_triage" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "intake_triage_assignee" ON "intake_triage" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "intake_triage_grid" ON "intake_triage" USING btree ("grid_id","status");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_ref" ON "outbox" USING btree ("ref");--> statement-breakpoint
CREATE INDEX "outbox_claimed" ON "outbox" USING btree ("claimed_by","status");--> statement-breakpoint
CREATE INDEX "people_role" ON "people" USING btree ("role");--> statement-breakpoint
CREATE INDEX "people_wechat_name" ON "people" USING btree ("wechat_name");--> statement-breakpoint
CREATE INDEX "sla_extensions_ticket" ON "sla_extensions" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_reports_kind_period" ON "sla_reports" USING btree ("kind","period");--> statement-breakpoint
CREATE INDEX "staff_grids_grid" ON "staff_grids" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "ticket_events_ticket" ON "ticket_events" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "tickets_assignee_status" ON "tickets" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "tickets_grid_status" ON "tickets" USING btree ("grid_id","status");--> statement-breakpoint
CREATE INDEX "tickets_dup" ON "tickets" USING btree ("building_id","category","created_at");--> statement-breakpoint
CREATE INDEX "tickets_sla_next" ON "tickets" USING btree ("sla_next_at");--> statement-breakpoint
CREATE INDEX "tickets_dept_next" ON "tickets" USING btree ("dept_next_at");