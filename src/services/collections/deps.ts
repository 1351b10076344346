import type { Store } from '../../store/db';

/** Tunables of collections (GRIDBOT_COLLECTION_* in the environment). */
export interface CollectionSettings {
  /** A summary goes to the group after this many new entries … */
  summaryEvery: number;
  /** … or this long after the oldest unconfirmed entry, whichever is first. */
  summaryAfterMs: number;
  /** The reminder is due this long before the deadline (none when the collection is shorter). */
  remindBeforeMs: number;
  /** Collections with personal fields are deleted this long after they close. */
  retentionMs: number;
}

export const DEFAULT_COLLECTION_SETTINGS: CollectionSettings = {
  summaryEvery: 10,
  summaryAfterMs: 5 * 60_000,
  remindBeforeMs: 2 * 3600_000,
  retentionMs: 30 * 86_400_000,
};

/** What the collection verbs need; injected so tests drive them with a fake clock. */
export interface CollectionDeps {
  store: Store;
  now: () => Date;
  /** Names of the running channels: groups on other channels are not posted to. */
  channels: () => readonly string[];
  settings: CollectionSettings;
  /** Wakes the outbox sender after rows were committed outside a chat message (HTTP, ticks). */
  kickOutbox?: () => void;
}
