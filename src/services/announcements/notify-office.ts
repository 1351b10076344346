import type { AnnouncementDeps } from './deps';
import { identityOf, peopleByRole } from '../../store/repos/people';
import { enqueueOutbound } from '../../store/repos/outbox';

/**
 * Tells the community office something through the outbox: a direct message to
 * each office person on the first running channel where we know them. Call
 * inside the transaction that records what is being reported. Returns how many
 * people were told (0 when no office person is reachable — the API still shows it).
 */
export async function notifyOffice(deps: AnnouncementDeps, communityId: number | null, text: string, ref: string): Promise<number> {
  const { db } = deps.store;
  let told = 0;
  for (const person of await peopleByRole(db, ['office'], communityId)) {
    for (const channel of deps.channels()) {
      const identity = await identityOf(db, person.id, channel);
      if (!identity) continue;
      await enqueueOutbound(db, { channel, toExternalId: identity.externalId, text, ref, priority: 1 }, deps.now());
      told++;
      break;
    }
  }
  return told;
}
