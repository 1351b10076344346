import type { FastifyPluginAsync } from 'fastify';
import { NOTICE_TEMPLATES, noticeTemplate, renderNotice, templateVariables } from '../../../templates/notices';

/** Notice templates: list them with their variables, and render a preview. Any token may. */
export const templateRoutes: FastifyPluginAsync = async (app) => {
  app.get('/templates', async () =>
    NOTICE_TEMPLATES.map((t) => ({ name: t.name, title: t.title, variables: templateVariables(t) })),
  );

  app.post<{ Params: { name: string } }>('/templates/:name/preview', async (req, reply) => {
    const t = noticeTemplate(req.params.name);
    if (!t) return reply.status(404).send({ error: `没有这个通知模板：${req.params.name}` });
    // Accept { "vars": {...} } (as in POST /api/announcements) or the variables themselves.
    const body = (req.body ?? {}) as Record<string, unknown>;
    const vars = body.vars && typeof body.vars === 'object' && !Array.isArray(body.vars) ? body.vars : body;
    const r = renderNotice(t, vars);
    if (!r.ok) return reply.status(400).send({ error: `模板 ${t.name} 的变量不正确：${r.reason}` });
    return { name: t.name, title: t.title, text: r.text };
  });
};
