/**
 * The PostgreSQL schema: every table of src/store/schema, mirrored column by
 * column (./mirror.ts). Only drizzle-kit reads it, to write the PostgreSQL
 * migrations (drizzle.pg.config.ts → ./migrations); queries use the SQLite
 * table objects on both engines.
 *
 * drizzle-kit finds tables by this module's named exports: a table added to
 * src/store/schema needs its line here (tests/store/pg-schema.test.ts checks),
 * then `npm run db:generate:pg -- --name <change>`.
 */
import * as s from '../schema';
import { mirror } from './mirror';

// area
export const streets = mirror(s.streets);
export const communities = mirror(s.communities);
export const grids = mirror(s.grids);
export const buildings = mirror(s.buildings);

// people
export const people = mirror(s.people);
export const staffGrids = mirror(s.staffGrids);
export const identities = mirror(s.identities);

// messaging
export const groups = mirror(s.groups);
export const inbox = mirror(s.inbox);
export const outbox = mirror(s.outbox);
export const settings = mirror(s.settings);
export const apiTokens = mirror(s.apiTokens);
export const instances = mirror(s.instances);

// tickets
export const tickets = mirror(s.tickets);
export const ticketEvents = mirror(s.ticketEvents);
export const ticketFollowers = mirror(s.ticketFollowers);
export const faq = mirror(s.faq);

// announcements
export const announcements = mirror(s.announcements);
export const announcementRuns = mirror(s.announcementRuns);
export const announcementDeliveries = mirror(s.announcementDeliveries);
export const announcementDrafts = mirror(s.announcementDrafts);

// collections
export const collections = mirror(s.collections);
export const collectionGroups = mirror(s.collectionGroups);
export const collectionEntries = mirror(s.collectionEntries);
export const collectionEvents = mirror(s.collectionEvents);
export const buildingLeads = mirror(s.buildingLeads);

// intake
export const intakeTriage = mirror(s.intakeTriage);
export const intakeClarifications = mirror(s.intakeClarifications);
export const intakeLabels = mirror(s.intakeLabels);

// sla
export const slaExtensions = mirror(s.slaExtensions);
export const slaReports = mirror(s.slaReports);
export const departments = mirror(s.departments);
