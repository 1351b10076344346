import { insertDraft, supersedeDrafts } from '../../store/repos/announcements';
import { AnnouncementError } from './errors';
import { mayPost, type Actor, type AnnouncementDeps } from './deps';
import { prepareAnnouncement, type PreparedAnnouncement } from './prepare';

/** How long a chat preview waits for 确认. */
export const DRAFT_TTL_MS = 10 * 60_000;

export interface DraftKey {
  channel: string;
  /** The chat: a group external id, or "dm:<sender id>". */
  chatKey: string;
}

/**
 * Checks a notice typed in chat exactly as a create would and stores it as a
 * pending draft (replacing an older pending one in the same chat): nothing is
 * sent before 确认. Returns what the preview shows.
 */
export async function draftAnnouncement(
  deps: AnnouncementDeps,
  actor: Actor,
  key: DraftKey,
  input: Record<string, unknown>,
): Promise<{ draftId: number; prepared: PreparedAnnouncement }> {
  if (!mayPost(actor) || actor.kind !== 'person' || actor.id == null) throw new AnnouncementError('not_allowed', { role: actor.role });
  const personId = actor.id;
  const prepared = await prepareAnnouncement(deps, actor, input);
  const now = deps.now();
  const draft = await deps.store.transaction(async () => {
    await supersedeDrafts(deps.store.db, key.channel, key.chatKey, personId);
    return insertDraft(deps.store.db, {
      personId,
      channel: key.channel,
      chatKey: key.chatKey,
      input,
      createdAt: now,
      expiresAt: new Date(now.getTime() + DRAFT_TTL_MS),
    });
  });
  return { draftId: draft.id, prepared };
}
