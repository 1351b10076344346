/**
 * Group replies must never repeat a resident's phone or ID number. Tickets keep
 * the original for staff; anything echoed into a group goes through here.
 */
// 18 digits, also as people type them on a phone: 6-8-4 or 6-4-4-4 with spaces or dashes.
const ID_CARD = /(?<![0-9A-Za-z])(\d{6})[\s-]?(?:\d{8}|\d{4}[\s-]?\d{4})[\s-]?(\d{3}[\dXx])(?![0-9A-Za-z])/g;
// With or without the country code, as a number copied from the contacts app reads: +8613812341234.
const MOBILE = /(?<!\d)((?:\+?86[\s-]?)?1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;
const LANDLINE = /(?<!\d)(0\d{2,3})[\s-]?\d{3,4}[\s-]?(\d{4})(?!\d)/g;

export function maskPersonalNumbers(text: string): string {
  return text
    .replace(ID_CARD, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_m, head: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_m, head: string, tail: string) => `${head}-****${tail}`);
}
