/** Chinese reasons in HTTP error bodies ({ error }) of the API and the simulator. */

// ── any route ─────────────────────────────────────────────────────────────

export const internalServerError = () => '服务器内部错误';

/** fastify's own refusals (before any route runs), keyed by its error code. */
export const FRAMEWORK_REASONS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持这种请求格式（Content-Type），请用 application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体是空的，应为 JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是合法的 JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求体太大',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求体长度不对',
  FST_ERR_BAD_URL: '地址格式不正确',
  FST_ERR_MAX_PARAM_LENGTH: '地址里的参数太长',
};

export const requestRefused = () => '请求格式不正确';

/** Refusals Node's HTTP parser makes before fastify sees the request, keyed by its error code. */
export const PARSER_REASONS: Record<string, { status: number; reason: string }> = {
  HPE_INVALID_URL: { status: 400, reason: '地址格式不正确：地址里的中文等字符要先做 URL 编码（如 curl -G --data-urlencode grid=第一网格）' },
  HPE_HEADER_OVERFLOW: { status: 431, reason: '请求头太大' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: '请求超时' },
};

export const noSuchRoute = (method: string, url: string) => `没有这个地址：${method} ${url}`;

/** 400 from a zod check; `where` is "path.to.field: " or empty. */
export const badRequest = (where: string, reason: string) => `请求格式不正确：${where}${reason}`;

// ── auth ──────────────────────────────────────────────────────────────────

export const tokenInvalid = () => '令牌无效。';

export const loginRequired = () => '需要登录：请在请求头加上 Authorization: Bearer <令牌>。';

export const roleForbidden = (role: string | undefined) => `当前令牌的角色（${role ?? '无'}）不能执行这个操作。`;

// ── /api ──────────────────────────────────────────────────────────────────

export const idMustBePositive = () => 'id 应为正整数';

export const unknownNoticeTemplate = (name: string) => `没有这个通知模板：${name}`;

export const noticeVarsInvalid = (template: string, reason: string) => `模板 ${template} 的变量不正确：${reason}`;

// ── /sim ──────────────────────────────────────────────────────────────────

export const unknownGroup = (id: string) => `没有这个群：${id}`;

export const unknownPerson = (id: string) => `没有这个人：${id}`;

// ── API document (/docs) ──────────────────────────────────────────────────

export const OPENAPI_TITLE = '网格通 gridbot 接口';
export const OPENAPI_DESCRIPTION =
  '社区办公室用的 HTTP 接口。/api 下的接口需要请求头 Authorization: Bearer <令牌>；令牌在首次启动时打印，或用 npm run token 生成。时间用 ISO-8601，不带时区按北京时间。';
