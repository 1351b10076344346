import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { REOPEN_WINDOW_MS } from '../../core/ticket-machine';
import { chatText } from '../../core/chat-text';
import { addTicketEvent, isFollower, type TicketRow } from '../../store/repos/tickets';
import { latestRatingBy } from '../../store/repos/ticket-queries';
import { personById, type PersonRow } from '../../store/repos/people';
import { routingCandidates } from './candidates';
import { loadTicket } from './change';
import { notifyPerson } from '../notify';
import { viewOf } from './view';
import * as t from '../../templates/tickets';

/** The scale residents answer on, best first. The word is what the history stores. */
export const RATINGS = ['非常满意', '满意', '一般', '不满意', '很不满意'] as const;
export type Rating = (typeof RATINGS)[number];
export const SATISFIED: readonly Rating[] = ['非常满意', '满意'];
export const DISSATISFIED: readonly Rating[] = ['不满意', '很不满意'];

/** Residents may rate for as long as they may reopen: 7 days after the resolution. */
export const RATING_WINDOW_MS = REOPEN_WINDOW_MS;

export const isComplaint = (r: string | null) => r !== null && (DISSATISFIED as readonly string[]).includes(r);

/** Why a rating was not recorded; the chat edge words it. */
export class RatingRefused extends Error {
  constructor(
    readonly code: 'not_rater' | 'not_resolved' | 'window_passed',
    readonly ticketId: number,
  ) {
    super(code);
    this.name = 'RatingRefused';
  }
}

// Words people actually type for each step of the scale. Only whole messages
// count (see parseRating): "满意" inside a sentence is conversation, not a rating.
const WORDS: Record<string, Rating> = {
  非常满意: '非常满意', 很满意: '非常满意', 特别满意: '非常满意', 十分满意: '非常满意', 超级满意: '非常满意',
  满意: '满意', 挺满意: '满意', 比较满意: '满意', 还算满意: '满意',
  一般: '一般', 一般般: '一般',
  不满意: '不满意', 不太满意: '不满意', 不大满意: '不满意',
  很不满意: '很不满意', 非常不满意: '很不满意', 特别不满意: '很不满意', 十分不满意: '很不满意', 太不满意了: '很不满意',
};
// Scores need a unit ("5分", "五星"): a bare "1" in a Chinese group chat means
// "got it / me too", and must not become the worst rating.
const SCORE: Record<string, Rating> = { 5: '非常满意', 4: '满意', 3: '一般', 2: '不满意', 1: '很不满意' };
const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5' };

const TICKET_PREFIX = /^(?:#\s*(\d{1,9})|(\d{1,9})\s*号工单|工单\s*#?\s*(\d{1,9}))\s*[,，:：、]?\s*/;
const TICKET_SUFFIX = /\s*[,，、]?\s*(?:#\s*(\d{1,9})|工单\s*#?\s*(\d{1,9}))$/;
// Thanks and punctuation after the rating do not change it: "满意，谢谢！" is a rating.
const TRAILER = /(?:[\s,，。.!！~～…]*(?:谢谢(?:你们|您|网格员|大家)?|感谢(?:你们|您|网格员)?|多谢|辛苦了?|点赞|👍+))*[\s,，。.!！~～…]*$/u;

/**
 * "满意" / "#12 不满意" / "满意，谢谢" / "5分" → the rating and the ticket
 * number if one was given; null for anything else. Pure.
 */
export function parseRating(input: string): { ticket: number | null; rating: Rating } | null {
  let text = chatText(input).trim();
  if (!text || text.length > 30) return null;
  let ticket: number | null = null;
  const pre = TICKET_PREFIX.exec(text);
  if (pre) {
    ticket = Number(pre[1] ?? pre[2] ?? pre[3]);
    text = text.slice(pre[0].length);
  }
  text = text.replace(TRAILER, '');
  if (ticket === null) {
    const post = TICKET_SUFFIX.exec(text);
    if (post) {
      ticket = Number(post[1] ?? post[2]);
      text = text.slice(0, post.index).replace(TRAILER, '');
    }
  }
  if (ticket !== null && !(ticket > 0)) return null;
  const word = WORDS[text];
  if (word) return { ticket, rating: word };
  const score = /^([1-5一二两三四五])\s*(?:分|星|颗星)$/.exec(text);
  if (score) return { ticket, rating: SCORE[CN_DIGIT[score[1]!] ?? score[1]!]! };
  return null;
}

const input = z.object({ ticketId: z.number().int().positive(), rating: z.enum(RATINGS) });

export interface RateResult {
  ticket: TicketRow;
  rating: Rating;
  /** This person had rated the ticket before: the new answer replaces the old one. */
  replaced: boolean;
  /** Staff told directly about a complaint (empty when not a complaint, or already told). */
  alerted: PersonRow[];
}

/**
 * 回访: the reporter or a follower rates a resolved ticket within 7 days. The
 * rating is a `rated` history event (the note is the word); a person's latest
 * rating counts. A complaint (不满意/很不满意) goes straight to the assignee
 * and the grid leader, but does not reopen the ticket: that is 没修好.
 */
export async function rateTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }): Promise<RateResult> {
  const { ticketId, rating } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const { db } = ctx.store;
    const ticket = await loadTicket(ctx, ticketId);
    if (ticket.reporterId !== ctx.actor.id && !(await isFollower(db, ticketId, ctx.actor.id))) {
      throw new RatingRefused('not_rater', ticketId);
    }
    if (ticket.status !== 'resolved' || !ticket.resolvedAt) throw new RatingRefused('not_resolved', ticketId);
    const now = ctx.now();
    if (now.getTime() - ticket.resolvedAt.getTime() > RATING_WINDOW_MS) throw new RatingRefused('window_passed', ticketId);

    const before = await latestRatingBy(db, ticketId, ctx.actor.id);
    await addTicketEvent(db, {
      ticketId,
      actorId: ctx.actor.id,
      type: 'rated',
      fromStatus: ticket.status,
      toStatus: ticket.status,
      note: rating,
      at: now,
    });

    // Tell staff once per complaint: a resident repeating 不满意 should not page them again.
    const alerted: PersonRow[] = [];
    if (isComplaint(rating) && !isComplaint(before)) {
      const assignee = ticket.assigneeId ? await personById(db, ticket.assigneeId) : undefined;
      const [leader] = await routingCandidates(db, ticket.gridId, ticket.communityId).leaders();
      const text = t.complaintToStaff(viewOf(ticket), ctx.actor.name, rating);
      for (const person of [assignee, leader]) {
        if (!person || alerted.some((p) => p.id === person.id)) continue;
        if (await notifyPerson(ctx, person, text, { ref: `ticket:${ticketId}` })) alerted.push(person);
      }
    }
    return { ticket, rating, replaced: before !== null, alerted };
  });
}
