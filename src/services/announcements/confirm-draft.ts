import { closeDraft, pendingDraft, type AnnouncementRow } from '../../store/repos/announcements';
import { AnnouncementError } from './errors';
import { mayPost, type Actor, type AnnouncementDeps } from './deps';
import type { DraftKey } from './draft-announcement';
import { prepareAnnouncement } from './prepare';
import { storePrepared } from './create-announcement';
import { announcementsChanged } from './changes';

/**
 * 确认: turns the person's pending draft in this chat into an announcement.
 * The draft is closed in the same transaction that creates (and, for "now",
 * fans out) the announcement, so a repeated 确认 cannot send twice. The input
 * is checked again: targets or time may have changed since the preview.
 */
export async function confirmDraft(deps: AnnouncementDeps, actor: Actor, key: DraftKey): Promise<{ announcement: AnnouncementRow; groups: number }> {
  if (!mayPost(actor) || actor.kind !== 'person' || actor.id == null) throw new AnnouncementError('not_allowed', { role: actor.role });
  const personId = actor.id;
  const out = await deps.store.transaction(async () => {
    const draft = await pendingDraft(deps.store.db, key.channel, key.chatKey, personId);
    if (!draft) throw new AnnouncementError('no_draft');
    if (draft.expiresAt.getTime() < deps.now().getTime()) {
      await closeDraft(deps.store.db, draft.id, 'expired');
      return { expired: true as const };
    }
    const prepared = await prepareAnnouncement(deps, actor, draft.input);
    const announcement = await storePrepared(deps, actor, prepared);
    if (!(await closeDraft(deps.store.db, draft.id, 'confirmed', announcement.id))) throw new AnnouncementError('no_draft');
    return { expired: false as const, announcement, groups: prepared.groups.length };
  });
  // The expiry is committed before telling the person (a throw inside would roll it back).
  if (out.expired) throw new AnnouncementError('draft_expired');
  announcementsChanged(deps.store);
  return { announcement: out.announcement, groups: out.groups };
}

/** 取消: drops the person's pending draft in this chat. */
export async function cancelDraft(deps: AnnouncementDeps, actor: Actor, key: DraftKey): Promise<void> {
  if (actor.kind !== 'person' || actor.id == null) throw new AnnouncementError('no_draft');
  const personId = actor.id;
  await deps.store.transaction(async () => {
    const draft = await pendingDraft(deps.store.db, key.channel, key.chatKey, personId);
    if (!draft || !(await closeDraft(deps.store.db, draft.id, 'cancelled'))) throw new AnnouncementError('no_draft');
  });
}
