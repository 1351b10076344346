/** Texts about staff the bot cannot message directly yet (roster-imported, never written to the bot). */
import type { TicketView } from './tickets';

export const assigneeUnreachable = (t: TicketView, name: string) =>
  `【无法联系】工单 #${t.id}（${t.categoryLabel}｜${t.where}｜${t.summary}）派给了 ${name}，但机器人联系不上 ${name}：` +
  `${name} 还没有给机器人发过消息，也没有可用的企业微信账号，收不到派单。请电话告知 ${name}，并请其私信机器人一句话（如「我的」），之后就能收到派单了。`;
