/** What `npm start` prints for the operator. */

export const startedSimulator = (base: string, db: string) =>
  `\n  gridbot 已启动（模拟器通道）。打开 ${base}/sim 试一试。\n  社区办公台：${base}/console（用令牌登录）  接口文档：${base}/docs\n  数据库：${db}\n`;

export const startedChannel = (channel: string, base: string) =>
  `\n  gridbot 已启动（${channel} 通道），健康检查：${base}/healthz\n  社区办公台：${base}/console（用令牌登录）  接口文档：${base}/docs\n`;

export const bootstrapToken = (token: string, base: string) =>
  `  已创建社区办公室 API 令牌（只显示这一次，请妥善保存）：\n    ${token}\n  用它登录社区办公台 ${base}/console，或调用接口：curl -H "Authorization: Bearer ${token}" ${base}/api/announcements\n`;

export const startFailed = (reason: string) => `gridbot 启动失败：${reason}`;

export const stopping = (signal: string) => `  收到 ${signal}，正在停止：不再接收消息，处理完手上的消息并发出待发消息后退出……`;

export const stopped = () => '  gridbot 已停止。';

export const stopTimedOut = (seconds: number) => `  gridbot 未能在 ${seconds} 秒内停止，强制退出。`;

export const stopFailed = (reason: string) => `  gridbot 停止时出错：${reason}`;
