/**
 * Domain errors carry a code and the facts needed to explain them; the edges
 * (a chat reply, an HTTP status) translate them. Nothing in the core speaks
 * Chinese or HTTP.
 */
export type DomainErrorCode =
  | 'ticket_not_found'
  | 'not_allowed'
  | 'invalid_transition'
  | 'already_claimed'
  /** A transfer to the person who already has the ticket (details: mine, to). */
  | 'already_assigned'
  | 'reopen_window_passed'
  | 'not_reporter'
  | 'person_not_found'
  | 'bad_input'
  /** A triage item (M7) that does not exist, or was already decided. */
  | 'triage_not_found'
  | 'triage_decided';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly details: Record<string, string | number | null> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
