import { html, type Html } from './html';

/**
 * The console's pages, in menu order. A new page (reports, departments,
 * collections…) is one more entry here, one route plugin in
 * src/http/console/ and one template file beside this one.
 */
export const CONSOLE_NAV = [
  { path: '/console', label: '概览' },
  { path: '/console/tickets', label: '工单' },
  { path: '/console/notices', label: '通知' },
  { path: '/console/collections', label: '接龙' },
  { path: '/console/reports', label: '报表' },
  { path: '/console/roster', label: '花名册' },
] as const;

export interface Viewer {
  label: string;
  roleLabel: string;
  csrf: string;
}

/** How the GRIDBOT_ADMIN_TOKEN holder is shown. */
export const ADMIN_TOKEN_LABEL = '管理员令牌';

export const ROLE_LABEL: Record<string, string> = { office: '社区办公室', grid_leader: '网格长', grid_worker: '网格员' };

export interface PageOptions {
  title: string;
  /** The current menu entry's path. */
  current: string;
  viewer: Viewer;
  body: Html;
  /** Pages with charts load ECharts; others do not pay for it. */
  charts?: boolean;
}

/** The page shell: header with menu and sign-out, main content, scripts (htmx and the console's own). */
export function page(o: PageOptions): Html {
  return shell(
    o.title,
    html`<a class="skip" href="#main">跳到正文</a>
<header class="top">
  <div class="brand">网格通 · 社区办公台</div>
  <nav aria-label="主菜单"><ul>${CONSOLE_NAV.map(
    (n) => html`<li><a href="${n.path}"${o.current === n.path ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
  )}</ul></nav>
  <form class="who" method="post" action="/console/logout">
    <span>${o.viewer.label}（${o.viewer.roleLabel}）</span>
    <input type="hidden" name="_csrf" value="${o.viewer.csrf}">
    <button type="submit" class="link">退出登录</button>
  </form>
</header>
<main id="main" tabindex="-1" hx-headers='${JSON.stringify({ 'X-CSRF-Token': o.viewer.csrf })}'>
<h1>${o.title}</h1>
${o.body}
</main>`,
    o.charts === true,
  );
}

export function shell(title: string, body: Html, charts = false): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 网格通</title>
<link rel="icon" href="data:,">
<meta name="htmx-config" content='{"responseHandling":[{"code":"204","swap":false},{"code":"[23]..","swap":true},{"code":"4..","swap":true,"error":false},{"code":"...","swap":false,"error":true}]}'>
<link rel="stylesheet" href="/console/assets/console.css">
<script src="/console/vendor/htmx.min.js" defer></script>
${charts ? html`<script src="/console/vendor/echarts.min.js" defer></script>` : ''}
<script src="/console/assets/console.js" defer></script>
</head>
<body>
${body}
</body>
</html>`;
}

/** A message box: errors are announced to screen readers at once. */
export function notice(kind: 'error' | 'ok' | 'info', text: string | Html): Html {
  return html`<div class="msg ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</div>`;
}

export const forbiddenPage = () => '只有社区办公室或网格长的令牌可以登录办公台。';
export const notFoundText = (what: string) => `没有找到${what}。`;
export const csrfRefused = () => '页面已过期，请刷新后重试。';
export const sessionExpired = () => '登录已过期，请重新登录。';
