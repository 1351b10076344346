import qrcodeTerminal from 'qrcode-terminal';
import { ScanStatus, WechatyBuilder, qrcodeValueToImageUrl, types, type Wechaty } from 'wechaty';
import type { Contact, Message, PuppetModuleName, Room } from 'wechaty';
import type { Logger } from '../../logger';
import { PermanentSendError, type Channel, type ChannelState, type InboundMessage, type OutboundMessage } from '../channel';

export interface WechatyChannelOptions {
  /** Puppet module name (WECHATY_PUPPET); Wechaty's default when absent. */
  puppet?: string;
  /** Puppet service token (WECHATY_PUPPET_SERVICE_TOKEN). */
  puppetToken?: string;
  botName: string;
  /** Minimum gap between two sends to one room (WeChat restricts bursty accounts). */
  minGapMs: number;
  logger: Logger;
  /** A prebuilt instance (tests pass one on wechaty-puppet-mock). */
  wechaty?: Wechaty;
  /** Where the login QR code is printed; the operator's terminal by default. */
  qrOutput?: { write(chunk: string): unknown };
}

/**
 * Runs gridbot on personal WeChat through Wechaty. Everything Wechaty-shaped
 * stays in this file: inbound messages leave as `InboundMessage`, sends arrive
 * as `OutboundMessage` and ids are resolved back to rooms and contacts here.
 */
export class WechatyChannel implements Channel {
  readonly name = 'wechaty' as const;
  readonly minGapMs: number;
  private readonly bot: Wechaty;
  private readonly logger: Logger;
  private readonly qrOutput: { write(chunk: string): unknown };
  private current: ChannelState = 'down';
  private onMessage: ((msg: InboundMessage) => Promise<void>) | null = null;
  private listening = false;
  private running = false;
  /** Conversions still running, so stop() does not cut a message in half. */
  private readonly inflight = new Set<Promise<void>>();

  constructor(opts: WechatyChannelOptions) {
    this.minGapMs = opts.minGapMs;
    this.logger = opts.logger.child({ channel: 'wechaty' });
    this.qrOutput = opts.qrOutput ?? process.stdout;
    this.bot = opts.wechaty ?? buildWechaty(opts);
  }

  state(): ChannelState {
    return this.current;
  }

  async start(onMessage: (msg: InboundMessage) => Promise<void>): Promise<void> {
    this.onMessage = onMessage;
    if (!this.listening) {
      this.listening = true;
      this.listen();
    }
    this.current = 'starting';
    this.running = true;
    await this.bot.start();
    // A prebuilt instance may already be logged in before our 'login' listener saw it.
    if (this.bot.isLoggedIn) this.current = 'logged_in';
  }

  async stop(): Promise<void> {
    // The app stops every channel on shutdown, possibly after someone already did.
    if (!this.running) return;
    this.running = false;
    this.onMessage = null;
    this.current = 'down';
    await Promise.allSettled([...this.inflight]);
    await this.bot.stop();
  }

  /** Resolves when every message Wechaty has handed us so far has been passed on. */
  async whenIdle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  async send(out: OutboundMessage): Promise<void> {
    // Not logged in is temporary (re-login, network): let the outbox retry.
    if (!this.bot.isLoggedIn) throw new Error('wechaty is not logged in');
    if (out.groupId) {
      const room = await this.loadRoom(out.groupId);
      const mentions: Contact[] = [];
      for (const id of out.mentions) {
        const contact = await this.loadContact(id);
        // A missing mention should not cost the message itself.
        if (contact) mentions.push(contact);
        else this.logger.warn({ groupId: out.groupId, contactId: id }, 'mention target not found, sending without it');
      }
      await room.say(out.text, ...mentions);
      return;
    }
    if (!out.toPerson) throw new PermanentSendError('outbound message has neither a group nor a recipient');
    const contact = await this.loadContact(out.toPerson);
    if (!contact) throw new PermanentSendError(`contact ${out.toPerson} not found`, 'contact-not-found');
    await contact.say(out.text);
  }

  private listen(): void {
    // Wechaty re-emits puppet failures as 'error'; without a listener Node would throw.
    this.bot.on('error', (err: unknown) => {
      this.logger.warn({ err }, 'wechaty error');
    });
    this.bot.on('scan', (qrcode: string, status: ScanStatus) => this.showQr(qrcode, status));
    this.bot.on('login', (user: Contact) => {
      this.current = 'logged_in';
      this.logger.info({ user: user.name() }, 'wechaty logged in');
    });
    this.bot.on('logout', (user: Contact, reason?: string) => {
      // The puppet usually shows a new QR code or reconnects by itself.
      if (this.current !== 'down') this.current = 'reconnecting';
      this.logger.warn({ user: user.name(), reason }, 'wechaty logged out');
    });
    this.bot.on('message', (msg: Message) => {
      const job = this.deliver(msg).finally(() => this.inflight.delete(job));
      this.inflight.add(job);
      return job;
    });
  }

  private async deliver(msg: Message): Promise<void> {
    const onMessage = this.onMessage;
    if (!onMessage) return;
    try {
      // Images, voice, files, red packets...: the handlers only understand text.
      if (msg.type() !== types.Message.Text) return;
      const inbound = await this.toInbound(msg);
      await onMessage(inbound);
    } catch (err) {
      this.logger.error({ err, messageId: msg.id }, 'could not take a wechaty message');
    }
  }

  private async toInbound(msg: Message): Promise<InboundMessage> {
    const room = msg.room();
    const talker = msg.talker();
    let senderName = talker.name();
    let groupTopic: string | null = null;
    if (room) {
      groupTopic = await room.topic().catch(() => null);
      // People are known in a group by their group nickname when they set one.
      const alias = await room.alias(talker).catch(() => undefined);
      if (alias) senderName = alias;
    }
    const mentions = await msg.mentionList().catch((err: unknown) => {
      this.logger.debug({ err, messageId: msg.id }, 'mentionList failed');
      return [] as Contact[];
    });
    // Some puppets fail here; the text fallback ("@网格小助手") covers that case.
    const mentionsBot = await msg.mentionSelf().catch(() => false);
    return {
      channel: 'wechaty',
      messageId: msg.id,
      groupId: room?.id ?? null,
      groupTopic,
      senderId: talker.id,
      senderName,
      text: msg.text(),
      mentions: mentions.map((c) => c.id),
      mentionsBot,
      fromSelf: msg.self(),
      sentAt: msg.date(),
    };
  }

  private async loadRoom(id: string): Promise<Room> {
    // find({ id }) loads the payload from the puppet and answers undefined when it cannot.
    const room = await this.bot.Room.find({ id });
    // Logged in yet the puppet does not know the room: the bot left or was removed.
    if (!room) throw new PermanentSendError(`room ${id} not found`, 'room-not-found');
    return room;
  }

  private async loadContact(id: string): Promise<Contact | undefined> {
    return this.bot.Contact.find({ id });
  }

  private showQr(qrcode: string, status: ScanStatus): void {
    if (status !== ScanStatus.Waiting && status !== ScanStatus.Timeout) {
      this.logger.info({ status: ScanStatus[status] }, 'wechaty scan status');
      return;
    }
    if (!qrcode) return;
    const link = qrcodeValueToImageUrl(qrcode);
    qrcodeTerminal.generate(qrcode, { small: true }, (art) => {
      this.qrOutput.write(`\n${art}\n请用作为机器人的微信号扫描上面的二维码登录（二维码显示不全时，请在浏览器打开下面的链接）：\n${link}\n\n`);
    });
    this.logger.info({ link }, 'wechaty login QR code printed');
  }
}

function buildWechaty(opts: WechatyChannelOptions): Wechaty {
  const puppetOptions = opts.puppetToken ? { token: opts.puppetToken } : undefined;
  // Wechaty types puppet names as a closed union; ours comes from the environment and
  // an unknown name fails at start with Wechaty's own message.
  const puppet = opts.puppet as PuppetModuleName | undefined;
  return WechatyBuilder.build({
    name: 'gridbot',
    ...(puppet ? { puppet } : {}),
    ...(puppetOptions ? { puppetOptions } : {}),
  });
}
