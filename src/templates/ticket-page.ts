/** The ticket page a worker opens from a WeCom card: details and history, readable on a phone. */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const ticketPage = (id: number, detail: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>工单 #${id}</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:16px;background:#f5f5f5}
pre{white-space:pre-wrap;word-break:break-all;background:#fff;padding:14px;border-radius:8px;font:15px/1.6 inherit}</style>
</head><body><pre>${esc(detail)}</pre></body></html>`;

export const ticketPageRefused = () => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>链接无效</title></head>
<body><p>链接无效或已被修改，请从企业微信消息里重新打开。</p></body></html>`;

export const ticketPageExpired = (id: number, days: number) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>链接已过期</title></head>
<body><p>这个链接已过期（工单链接 ${days} 天内有效）。请在企业微信里给应用发「查 ${id}」查看工单 #${id}。</p></body></html>`;

export const ticketPageMissing = (id: number) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>没有这个工单</title></head>
<body><p>没有找到工单 #${id}。</p></body></html>`;

export const assignmentCard = (id: number, title: string, description: string, url: string) => ({
  title: `【新工单 #${id}】${title}`,
  description,
  url,
  btntxt: '查看详情',
});
