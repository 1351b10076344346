import type { Store } from '../store/db';
import type { PersonRow } from '../store/repos/people';

/** What a service verb needs: the store, the clock, who acts, which channels can carry sends. */
export interface ServiceCtx {
  store: Store;
  now: () => Date;
  actor: PersonRow;
  channels: ReadonlySet<string>;
  /** A signed link to a ticket's page, when a public URL is configured. */
  ticketLink?: (ticketId: number) => string | null;
  /**
   * Called when a text bound for a resident group had a phone or ID number
   * masked (see postToGroup), so the command's reply can tell its author once.
   */
  onMasked?: () => void;
}
