import type { FastifyPluginAsync } from 'fastify';
import { NOTICE_TEMPLATES, noticeTemplate, renderNoticeForGroups, templateVariables } from '../../../templates/notices';
import { noticeVarsInvalid, unknownNoticeTemplate } from '../../../templates/http';
import { z } from 'zod';
import { docSchema } from '../../openapi';


const previewParams = z.object({ name: z.string().describe('模板名，如 water_outage') });
const previewBody = z.object({ vars: z.record(z.string(), z.string()).optional() }).catchall(z.string());

/** Notice templates: list them with their variables, and render a preview. Any token may. */
export const templateRoutes: FastifyPluginAsync = async (app) => {
  app.get('/templates', { schema: docSchema({ summary: '通知模板及其变量', tags: ['通知'], auth: true }) }, async () =>
    NOTICE_TEMPLATES.map((t) => ({ name: t.name, title: t.title, variables: templateVariables(t) })),
  );

  app.post<{ Params: { name: string } }>('/templates/:name/preview', { schema: docSchema({ summary: '用模板和变量预览居民看到的原文', tags: ['通知'], auth: true, params: previewParams, body: previewBody }) }, async (req, reply) => {
    const t = noticeTemplate(req.params.name);
    if (!t) return reply.status(404).send({ error: unknownNoticeTemplate(req.params.name) });
    // Accept { "vars": {...} } (as in POST /api/announcements) or the variables themselves.
    const body = (req.body ?? {}) as Record<string, unknown>;
    const vars = body.vars && typeof body.vars === 'object' && !Array.isArray(body.vars) ? body.vars : body;
    // Exactly what the groups would get: numbers masked as when it is sent.
    const r = renderNoticeForGroups(t, vars);
    if (!r.ok) return reply.status(400).send({ error: noticeVarsInvalid(t.name, r.reason) });
    return { name: t.name, title: t.title, text: r.text };
  });
};
