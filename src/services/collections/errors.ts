/**
 * What can go wrong with a collection, as codes and facts; the HTTP routes
 * and the chat handler translate them (src/templates/collections.ts).
 */
export type CollectionErrorCode =
  | 'bad_input'
  | 'no_title'
  | 'no_deadline'
  | 'bad_deadline'
  | 'deadline_past'
  | 'no_items'
  | 'bad_item'
  | 'no_fields'
  | 'no_targets'
  | 'unknown_building'
  | 'unknown_grid'
  | 'unknown_community'
  | 'community_required'
  | 'no_groups'
  | 'not_allowed'
  | 'outside_building'
  | 'not_found'
  | 'already_closed';

export class CollectionError extends Error {
  constructor(
    readonly code: CollectionErrorCode,
    readonly details: Record<string, string | number | null> = {},
  ) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'CollectionError';
  }
}

export function collectionHttpStatus(code: CollectionErrorCode): number {
  if (code === 'not_found') return 404;
  if (code === 'not_allowed' || code === 'outside_building') return 403;
  if (code === 'already_closed') return 409;
  return 400;
}
