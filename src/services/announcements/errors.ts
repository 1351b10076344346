/**
 * What can go wrong with an announcement, as codes with the facts needed to
 * explain them. The HTTP routes turn them into statuses, the chat handler into
 * Chinese replies (src/templates/announcements.ts); services speak neither.
 */
export type AnnouncementErrorCode =
  | 'invalid_input'
  | 'no_content'
  | 'text_and_template'
  | 'unknown_template'
  | 'bad_vars'
  | 'empty_targets'
  | 'unknown_building'
  | 'unknown_grid'
  | 'unknown_community'
  | 'community_required'
  | 'no_groups'
  | 'time_in_past'
  | 'bad_time'
  | 'bad_cron'
  | 'cron_too_frequent'
  | 'until_without_cron'
  | 'until_before_first_run'
  | 'not_allowed'
  /** A grid leader aimed beyond the grids they cover (details: action, targets, grids, id). */
  | 'outside_own_grids'
  /** A grid leader whose grids cannot be known: a token linked to nobody, or to someone no longer a leader. */
  | 'grids_unknown'
  | 'not_found'
  | 'nothing_to_cancel'
  | 'no_draft'
  | 'draft_expired';

export class AnnouncementError extends Error {
  constructor(
    readonly code: AnnouncementErrorCode,
    readonly details: Record<string, string | number | null> = {},
  ) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'AnnouncementError';
  }
}

/** The HTTP status of each code (used only at the HTTP edge). */
export function httpStatusOf(code: AnnouncementErrorCode): number {
  switch (code) {
    case 'not_found':
      return 404;
    case 'nothing_to_cancel':
      return 409;
    case 'not_allowed':
    case 'outside_own_grids':
    case 'grids_unknown':
      return 403;
    default:
      return 400;
  }
}
