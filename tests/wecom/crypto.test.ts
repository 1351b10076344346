import { describe, expect, it } from 'vitest';
import vectors from '../fixtures/wecom-vectors.json' with { type: 'json' };
import { createWecomCrypto, WecomCryptoError } from '../../src/bot/wecom/crypto';
import { dedupeKey, parseEnvelope, parseMessage, WecomXmlError } from '../../src/bot/wecom/xml';

const v = vectors.vectors[1]!;
const c = createWecomCrypto(v);

describe('wecom crypto', () => {
  it('signs the published samples exactly', () => {
    for (const s of vectors.vectors) {
      const k = createWecomCrypto(s);
      const { timestamp, nonce, echostr, msg_signature } = s.verifyUrl;
      expect(k.sign(timestamp, nonce, echostr)).toBe(msg_signature);
      expect(k.verify(msg_signature.toUpperCase(), timestamp, nonce, echostr)).toBe(true);
      expect(k.decrypt(echostr)).toBe(s.verifyUrl.plaintext);
      const env = parseEnvelope(s.message.body);
      expect(k.decrypt(env.encrypt)).toBe(s.message.plaintext);
    }
  });

  it('rejects signatures of the wrong length or value without throwing', () => {
    expect(c.verify('', '1', '2', 'x')).toBe(false);
    expect(c.verify('abc', '1', '2', 'x')).toBe(false);
    expect(c.verify(c.sign('1', '2', 'x'), '1', '2', 'y')).toBe(false);
  });

  it('round-trips unicode text and refuses another corp', () => {
    const enc = c.encrypt('<xml>网格 ✓</xml>');
    expect(c.decrypt(enc)).toBe('<xml>网格 ✓</xml>');
    const other = createWecomCrypto({ ...v, corpId: 'ww-other' });
    expect(() => other.decrypt(enc)).toThrow(WecomCryptoError);
    try {
      other.decrypt(enc);
    } catch (err) {
      expect((err as WecomCryptoError).code).toBe('wrong_corp_id');
    }
  });

  it('refuses a bad EncodingAESKey at construction', () => {
    expect(() => createWecomCrypto({ ...v, encodingAESKey: 'short' })).toThrow(/EncodingAESKey/);
  });
});

describe('wecom xml', () => {
  const base = '<xml><ToUserName>c</ToUserName><FromUserName>u1</FromUserName><CreateTime>1700000000</CreateTime>';

  it('keys events by sender, time, type and key', () => {
    const ev = parseMessage(`${base}<MsgType>event</MsgType><Event><![CDATA[click]]></Event><EventKey>menu_1</EventKey></xml>`);
    expect(ev).toMatchObject({ msgType: 'event', event: 'click', eventKey: 'menu_1' });
    expect(dedupeKey(ev)).toBe('u1:1700000000:click:menu_1');
    const msg = parseMessage(`${base}<MsgType>text</MsgType><Content> 接单  12 </Content><MsgId>99</MsgId></xml>`);
    expect(dedupeKey(msg)).toBe('99');
    expect(msg.content).toBe(' 接单  12 ');
  });

  it('unescapes entities in plain-text values', () => {
    const msg = parseMessage(`${base}<MsgType>text</MsgType><Content>a &amp; b &lt;c&gt;</Content></xml>`);
    expect(msg.content).toBe('a & b <c>');
  });

  it('throws a typed error on repeated tags, nested tags and missing fields', () => {
    for (const bad of [
      `${base}<MsgType>text</MsgType><Content>a</Content><Content>b</Content></xml>`,
      `${base}<MsgType><x>text</x></MsgType></xml>`,
      `${base}</xml>`,
      `${base}<MsgType>text</MsgType></xml>`,
      '<xml><a></b></xml>',
      '<other/>',
    ]) {
      expect(() => parseMessage(bad), bad).toThrow(WecomXmlError);
    }
  });
});
