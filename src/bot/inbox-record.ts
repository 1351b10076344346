/**
 * How an InboundMessage is kept in the inbox: the payload is the message with
 * its date as ISO text (JSON has no dates). Shared by the runtime and the
 * callback bench, which measures the same durable write the app does.
 */
import type { Db } from '../store/db';
import { recordInbound } from '../store/repos/inbox';
import type { InboundMessage } from './channel';

export type StoredInbound = Omit<InboundMessage, 'sentAt'> & { sentAt: string };

/** Inserts the message's inbox row; its id, or null for a duplicate (channel + message id). */
export async function recordMessage(db: Db, msg: InboundMessage, receivedAt: Date, instance: string | null = null): Promise<number | null> {
  const stored: StoredInbound = { ...msg, sentAt: msg.sentAt.toISOString() };
  return recordInbound(db, msg.channel, msg.messageId, stored, receivedAt, instance);
}

/** The message back from a stored payload. */
export function storedMessage(payload: unknown): InboundMessage {
  const stored = payload as StoredInbound;
  return { ...stored, sentAt: new Date(stored.sentAt) };
}
