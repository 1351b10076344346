import type { Store } from '../../store/db';

/**
 * After a verb commits a change to announcements (created, cancelled, run),
 * whoever keeps the timer (the scheduler) must look at the store again. Verbs
 * are called from HTTP routes and from chat handlers that do not know the
 * scheduler, so the signal is keyed by store instead of passed around.
 * Listeners are called synchronously, possibly inside a caller's transaction:
 * they must not touch the store there (the scheduler ticks outside it).
 */
const listeners = new WeakMap<Store, Set<() => void>>();

export function onAnnouncementsChanged(store: Store, fn: () => void): () => void {
  let set = listeners.get(store);
  if (!set) {
    set = new Set();
    listeners.set(store, set);
  }
  set.add(fn);
  return () => set.delete(fn);
}

export function announcementsChanged(store: Store): void {
  for (const fn of listeners.get(store) ?? []) fn();
}
