import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { REPORT_KINDS, parsePeriod, periodContaining, type ReportKind } from '../../core/sla/period';
import { buildReport } from '../../services/sla/report';
import { reportCsv, reportXlsx } from '../../services/sla/report-export';
import { badReportKind, badReportPeriod, reportTitle } from '../../templates/sla-report';
import { page } from '../../templates/console/layout';
import { bjTime } from '../../templates/console/html';
import { REPORTS_TITLE, reportsBody } from '../../templates/console/reports';
import { sendHtml, viewerOf } from './session';
import type { ConsoleDeps } from './deps';

type Query = { kind?: string; period?: string };

/** The period asked for, or the reason it cannot be read (the same rules as GET /api/reports/:kind). */
function periodOf(deps: ConsoleDeps, q: Query) {
  const kind = (q.kind ?? 'monthly') as ReportKind;
  if (!REPORT_KINDS.includes(kind)) return { error: badReportKind() };
  const wanted = q.period?.trim();
  const period = wanted ? parsePeriod(kind, wanted) : periodContaining(kind, deps.now());
  if (!period) return { error: badReportPeriod(kind) };
  return { kind, period };
}

/** 报表: the supervision figures the office is judged by, on screen and as downloads. */
export const reportPageRoutes: FastifyPluginAsync<{ deps: ConsoleDeps }> = async (app, { deps }) => {
  app.get('/console/reports', async (req, reply) => {
    const q = req.query as Query;
    let chosen = periodOf(deps, q);
    let error: string | undefined;
    if ('error' in chosen) {
      error = chosen.error;
      chosen = periodOf(deps, {});
    }
    const { kind, period } = chosen as Exclude<typeof chosen, { error: string }>;
    const r = await buildReport(deps.store, period, deps.now());
    const body = reportsBody({
      kind,
      period: r.period,
      from: bjTime(r.from),
      to: bjTime(r.to),
      total: r.total,
      sections: [
        { section: 'grid', rows: r.grids },
        { section: 'worker', rows: r.workers },
        { section: 'department', rows: r.departments },
      ],
      query: new URLSearchParams({ kind, period: r.period }).toString(),
      error,
    });
    return sendHtml(reply, page({ title: REPORTS_TITLE, current: '/console/reports', viewer: viewerOf(req), body }), error ? 400 : 200);
  });

  for (const ext of ['csv', 'xlsx'] as const) {
    app.get(`/console/reports/export.${ext}`, async (req, reply: FastifyReply) => {
      const chosen = periodOf(deps, req.query as Query);
      if ('error' in chosen) return reply.status(400).header('content-type', 'text/plain; charset=utf-8').send(chosen.error);
      const r = await buildReport(deps.store, chosen.period, deps.now());
      const name = encodeURIComponent(`${reportTitle(chosen.kind, r.period)}.${ext}`);
      reply.header('content-disposition', `attachment; filename="report.${ext}"; filename*=UTF-8''${name}`).header('cache-control', 'no-store');
      if (ext === 'csv') return reply.header('content-type', 'text/csv; charset=utf-8').send(reportCsv(r));
      return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await reportXlsx(r));
    });
  }
};
