/**
 * Shared types of the intake parser. Kept apart from the logic so that the
 * taxonomy data file and callers can import them without pulling in opencc.
 */

export type Intent = 'report' | 'question' | 'chatter';

export type Urgency = 'emergency' | 'urgent' | 'normal';

/**
 * What kind of danger an emergency is. The ticket code uses it to tell the
 * resident whom to call (see EMERGENCY_CONTACTS in emergency.ts).
 */
export type EmergencyKind =
  | 'fire'
  | 'gas'
  | 'medical'
  | 'police'
  | 'trapped'
  | 'flood'
  | 'electric'
  | 'missing'
  /** Something about to fall onto people in a storm now (a sign, an outdoor unit, a tree). */
  | 'falling';

export type ResponsibleRole = 'grid_worker' | 'grid_leader' | 'office';

/**
 * Keyword weights: `{ 3: ['停水', /没(有)?水/], 1: ['水管'] }`.
 * A string matches as a substring of the normalized (simplified, half-width)
 * text; a RegExp is tested as is (do not give it the `g` flag). Each entry
 * counts at most once. Negative weights are allowed to push a category down.
 */
export type KeywordWeights = { [weight: number]: ReadonlyArray<string | RegExp> };

export interface Category {
  /** Stable code stored on tickets, e.g. 'repair'. */
  code: string;
  /** Chinese label shown to people, e.g. '设施报修'. */
  label: string;
  keywords: KeywordWeights;
  /** Urgency of any report in this category when nothing more pressing is found. */
  defaultUrgency: Urgency;
  responsibleRole: ResponsibleRole;
  /**
   * Emergency kinds this category owns: an emergency of that kind leans the
   * category choice toward it (a gas leak is a safety matter even when no
   * safety keyword matched).
   */
  emergencyKinds?: readonly EmergencyKind[];
  /** The catch-all category used for reports nothing else matched. At most one. */
  fallback?: boolean;
}

export interface ParseOptions {
  /** The building the group belongs to; used when the message names none. */
  groupBuilding?: string | null;
  /** A community's own taxonomy instead of DEFAULT_TAXONOMY. */
  taxonomy?: readonly Category[];
}

export interface ParseResult {
  intent: Intent;
  /** Category code; null unless intent is 'report'. */
  category: string | null;
  emergency: boolean;
  urgency: Urgency;
  emergencyKind: EmergencyKind | null;
  building: string | null;
  unit: string | null;
  room: string | null;
  /** One-line title, at most 40 characters. */
  summary: string;
  normalized: string;
  original: string;
  /**
   * Calibrated probability (0–1) that `intent` is right: the classifier's
   * temperature-scaled probability; 1 for an emergency (rule-decided) and for
   * an empty message.
   */
  confidence: number;
  /** The classifier's calibrated probability of each intent (they sum to 1). */
  intentScores: Record<Intent, number>;
  /** Calibrated probability of `category` (0 when not a report or when the rules chose it). */
  categoryConfidence: number;
}
