import { describe, expect, it } from 'vitest';
import { parseEnvelope, parseMessage, WecomXmlError } from '../../src/bot/wecom/xml';

// The parser (saxen) checks structure itself; xml.ts adds the XML 1.0 rules
// saxen is lenient about. Each case here is one rule.
const envelope = (encrypt: string) => `<xml><ToUserName><![CDATA[ww1]]></ToUserName><Encrypt>${encrypt}</Encrypt></xml>`;

describe('WeCom XML: what counts as well-formed', () => {
  it('reads declarations, comments, entities and character references', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<xml><ToUserName>ww1</ToUserName><!-- note --><Encrypt>a&amp;b&#65;&#x42;&lt;&gt;&quot;&apos;</Encrypt></xml>\n`;
    expect(parseEnvelope(xml)).toEqual({ toUserName: 'ww1', encrypt: `a&bAB<>"'`, agentId: undefined });
  });

  it('keeps CDATA verbatim, including what would be markup outside it', () => {
    expect(parseEnvelope(envelope('<![CDATA[a & <b> &bogus;]]>')).encrypt).toBe('a & <b> &bogus;');
  });

  const malformed: Record<string, string> = {
    'unclosed root': '<xml><ToUserName>ww1</ToUserName><Encrypt>abc</Encrypt>',
    'mismatched close tag': '<xml><ToUserName>ww1</ToUserName><Encrypt>abc</Encrypt></xm>',
    'crossed tags': '<xml><ToUserName><Encrypt>x</ToUserName></Encrypt></xml>',
    'two roots': `${envelope('abc')}<xml></xml>`,
    'text after the root': `${envelope('abc')}junk`,
    'text before the root': `junk${envelope('abc')}`,
    'unterminated CDATA': '<xml><ToUserName>ww1</ToUserName><Encrypt><![CDATA[abc</Encrypt></xml>',
    'unknown entity': envelope('&bogus;'),
    'entity in the wrong case': envelope('&AMP;'),
    'bare ampersand': envelope('a & b'),
    'reference to a forbidden character': envelope('a&#0;b'),
    'bare less-than': envelope('a < b'),
    'control character': envelope('a\u0001b'),
    'DOCTYPE with an entity': '<!DOCTYPE x [<!ENTITY e "boom">]><xml><ToUserName>ww1</ToUserName><Encrypt>&e;</Encrypt></xml>',
    'DOCTYPE alone': '<!DOCTYPE x><xml/>',
    '"]]>" in text': envelope(']]>'),
    'truncated': '<xml><ToUserName>ww1</ToUserName><Encrypt>abc</Encrypt',
    'name starting with a digit': '<xml><1a>x</1a><ToUserName>ww1</ToUserName><Encrypt>abc</Encrypt></xml>',
    'unterminated comment': '<xml><ToUserName>ww1</ToUserName><Encrypt>abc</Encrypt><!-- x </xml>',
    'nested element in a field': envelope('<a>abc</a>'),
    'empty document': '',
    'not XML': 'hello',
  };
  for (const [rule, xml] of Object.entries(malformed)) {
    it(`refuses: ${rule}`, () => {
      expect(() => parseEnvelope(xml)).toThrow(WecomXmlError);
    });
  }

  it('parses correctly again right after a refused document (one parser is reused)', () => {
    expect(() => parseEnvelope('<xml><a><b></a></xml>')).toThrow(WecomXmlError);
    expect(() => parseMessage('<xml><ToUserName>x</ToUserName>')).toThrow(WecomXmlError);
    expect(parseEnvelope(envelope('abc')).encrypt).toBe('abc');
    const msg = parseMessage(
      '<xml><ToUserName>ww1</ToUserName><FromUserName>u1</FromUserName><CreateTime>1700000000</CreateTime><MsgType>text</MsgType><Content>hi</Content></xml>',
    );
    expect(msg).toEqual({ toUserName: 'ww1', fromUserName: 'u1', createTime: 1700000000, msgType: 'text', content: 'hi' });
  });
});
