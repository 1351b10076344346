/** The one CSV writer of every export (tickets, reports, collections, roster). */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/csv';

describe('toCsv', () => {
  it('writes one BOM, CRLF line ends, quotes where needed, empty cells for null', () => {
    expect(toCsv([['楼栋', '备注'], ['3', 'a,"b"'], [null, 2]])).toBe('\uFEFF楼栋,备注\r\n3,"a,""b"""\r\n,2\r\n');
  });
  it('defuses formulas in text exports, and keeps roster values exactly', () => {
    expect(toCsv([['=1+1', '+8613812345678', -3]])).toBe("\uFEFF'=1+1,'+8613812345678,-3\r\n");
    expect(toCsv([['+8613812345678']], { defuseFormulas: false })).toBe('\uFEFF+8613812345678\r\n');
  });
});
