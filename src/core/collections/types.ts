/**
 * Collections (接龙, group-buys, registrations) as the pure core sees them:
 * what a collection asks for, and what one resident line contributed.
 */
export const COLLECTION_KINDS = ['order', 'signup', 'form'] as const;
export type CollectionKind = (typeof COLLECTION_KINDS)[number];

export interface CollectionItem {
  name: string;
  /** 斤, 板, 份 …; null when the item is counted as it is. */
  unit: string | null;
  /** Yuan per unit, when the organiser gave one. */
  price: number | null;
}

/** What a reply is read against. */
export interface CollectionSpec {
  kind: CollectionKind;
  items: readonly CollectionItem[];
  fields: readonly string[];
}

/** A household: the room is the unit of counting (one line per household). */
export interface Household {
  building: string | null;
  unit: string | null;
  room: string | null;
}

export interface ParsedEntry {
  /** A name written on a pasted chain line ("1. 张三 3-501 白菜2"). */
  name: string | null;
  household: Household;
  /** order: item name → quantity. */
  items?: Record<string, number>;
  /** signup: how many (people, portions). */
  count?: number;
  /** form: field → value. */
  fields?: Record<string, string>;
}

export type ReplyParse =
  /** Not an answer to this collection: the message goes on down the chain. */
  | { type: 'none' }
  /** Meant as an answer but not understood: ask once, never open a ticket. */
  | { type: 'unreadable' }
  | { type: 'withdraw'; household: Household }
  /** "改成3斤": changes the sender's own entry; `item` null = its only item. */
  | { type: 'change'; item: string | null; quantity: number; household: Household }
  | { type: 'entries'; entries: ParsedEntry[]; chain: boolean };

/** Personal fields: visible to staff and the lead only, masked everywhere else. */
export const PERSONAL_FIELD = /姓名|名字|联系人|电话|手机|联系方式|身份证|证件/;

export function isPersonalField(field: string): boolean {
  return PERSONAL_FIELD.test(field);
}

export function householdKey(h: Household): string {
  return `${h.building ?? ''}|${h.unit ?? ''}|${h.room ?? ''}`;
}
