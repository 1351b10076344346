import type { FastifyPluginAsync } from 'fastify';
import { REPORT_KINDS, parsePeriod, periodContaining, type ReportKind } from '../../../core/sla/period';
import { buildReport } from '../../../services/sla/report';
import { reportCsv, reportXlsx } from '../../../services/sla/report-export';
import { badReportFormat, badReportKind, badReportPeriod } from '../../../templates/sla-report';
import type { OfficeDeps } from './tickets';
import { z } from 'zod';
import { docSchema } from '../../openapi';

// For the document; the handler checks these itself to answer with its own Chinese reasons.
const kindParam = z.object({ kind: z.enum(REPORT_KINDS as unknown as [ReportKind, ...ReportKind[]]).describe('weekly 周督查 | monthly 月通报 | quarterly 季度排名') });
const reportQuery = z.object({
  period: z.string().optional().describe('2026-W49、2026-12 或 2026-Q4；不写为当前周期'),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
});

/**
 * GET /api/reports/:kind?period=…&format=json|csv|xlsx — the supervision
 * figures (weekly 督查, monthly 通报, quarterly 排名), computed from the event
 * log at request time. Without `period`: the current one.
 */
export const reportRoutes: FastifyPluginAsync<OfficeDeps> = async (app, { store, now }) => {
  app.get('/reports/:kind', { schema: docSchema({ summary: '督查、通报、排名报表（json、csv 或 xlsx）', tags: ['工单与统计'], auth: true, params: kindParam, querystring: reportQuery }) }, async (req, reply) => {
    const { kind } = req.params as { kind: string };
    const q = req.query as { period?: string; format?: string };
    if (!REPORT_KINDS.includes(kind as ReportKind)) return reply.status(404).send({ error: badReportKind() });
    const format = q.format ?? 'json';
    if (!['json', 'csv', 'xlsx'].includes(format)) return reply.status(400).send({ error: badReportFormat() });
    const period = q.period ? parsePeriod(kind as ReportKind, q.period) : periodContaining(kind as ReportKind, now());
    if (!period) return reply.status(400).send({ error: badReportPeriod(kind) });
    const report = await buildReport(store, period, now());
    const file = `gridbot-${kind}-${period.key}`;
    if (format === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}.csv"`)
        .send(reportCsv(report));
    }
    if (format === 'xlsx') {
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file}.xlsx"`)
        .send(await reportXlsx(report));
    }
    return report;
  });
};
