/** Messages to the community office about the bot's own operation. */

export interface ParkedItem {
  /** "工单 #12" or "" when the send was not about a ticket. */
  about: string;
  /** Where it was going: a group's name or a person's. */
  to: string;
  /** The start of the message, masked. */
  excerpt: string;
}

export const parkedSendsReport = (items: ParkedItem[]) =>
  [
    `【需人工确认】机器人重启或发送超时时，有 ${items.length} 条消息正在发送，可能没有送达（不会自动重发）：`,
    ...items.slice(0, 20).map((i) => `· ${i.about ? `${i.about} ` : ''}→ ${i.to}：${i.excerpt}`),
    ...(items.length > 20 ? [`……另有 ${items.length - 20} 条`] : []),
    '请到相应群里看一下，没收到的请人工补发。',
  ].join('\n');

export const directTo = (name: string) => `私聊 ${name}`;
