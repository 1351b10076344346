import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { first, type Store } from '../store/db';
import { settings } from '../store/schema';

/**
 * Signed links to a ticket's page, for WeCom cards: a worker taps the card on
 * a phone and sees the ticket without logging in. The signature is the
 * capability, so it is an HMAC over the ticket id and an expiry time, with a
 * secret the app keeps in its own store (created once), or
 * GRIDBOT_LINK_SECRET when given. The page shows residents' phone numbers, so
 * a link forwarded or leaked stops working after LINK_TTL_MS.
 */
export interface TicketLinks {
  url(ticketId: number): string;
  /** `expires` and `signature` as they came in the link's query. */
  verify(ticketId: number, expires: string, signature: string): LinkCheck;
}

export type LinkCheck = 'ok' | 'expired' | 'invalid';

/** How long a card's link opens the page: long enough for a ticket's life. */
export const LINK_TTL_MS = 30 * 24 * 3600_000;

const SECRET_KEY = 'ticket_link_secret';

export async function linkSecret(store: Store, configured?: string): Promise<string> {
  if (configured) return configured;
  const stored = async () => first(await store.db.select().from(settings).where(eq(settings.key, SECRET_KEY)))?.value;
  const found = await stored();
  if (found !== undefined) return found;
  await store.db.insert(settings).values({ key: SECRET_KEY, value: randomBytes(32).toString('hex') }).onConflictDoNothing();
  // Another process may have won the insert: read back what is stored.
  return (await stored())!;
}

export function createTicketLinks(
  publicUrl: string,
  secret: string,
  now: () => Date = () => new Date(),
  ttlMs = LINK_TTL_MS,
): TicketLinks {
  const base = publicUrl.replace(/\/+$/, '');
  const sign = (id: number, expires: number) =>
    createHmac('sha256', secret).update(`ticket:${id}:${expires}`).digest('base64url').slice(0, 22);
  return {
    url: (id) => {
      const expires = Math.floor((now().getTime() + ttlMs) / 1000);
      return `${base}/t/${id}?e=${expires}&s=${sign(id, expires)}`;
    },
    verify: (id, expiresText, signature) => {
      if (!/^\d{1,12}$/.test(expiresText)) return 'invalid';
      const expires = Number(expiresText);
      const expected = Buffer.from(sign(id, expires));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
      // Checked after the signature, so "expired" is only ever said of a real link.
      return expires * 1000 < now().getTime() ? 'expired' : 'ok';
    },
  };
}
