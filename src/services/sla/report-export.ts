import ExcelJS from 'exceljs';
import { toCsv } from '../../core/csv';
import type { SlaReport } from './report';
import { REPORT_COLUMNS, REPORT_LEAD, SECTION_LABEL, reportTitle } from '../../templates/sla-report';

/** Rows of the table: the total, then each grid, then each worker. */
function tableRows(r: SlaReport): (string | number)[][] {
  const row = (section: string, name: string, f: Parameters<(typeof REPORT_COLUMNS)[number]['cell']>[0]) => [
    section,
    name,
    ...REPORT_COLUMNS.map((c) => c.cell(f)),
  ];
  return [
    row(SECTION_LABEL.total, reportTitle(r.kind, r.period), r.total),
    ...r.grids.map((g) => row(SECTION_LABEL.grid, g.name, g)),
    ...r.workers.map((w) => row(SECTION_LABEL.worker, w.name, w)),
    ...r.departments.map((d) => row(SECTION_LABEL.department, d.name, d)),
  ];
}

const HEAD = [...REPORT_LEAD, ...REPORT_COLUMNS.map((c) => c.head)];

/** CSV with a BOM, so Excel opens the Chinese headings as UTF-8. */
export function reportCsv(r: SlaReport): string {
  return toCsv([HEAD, ...tableRows(r)]);
}

/** A real spreadsheet: one sheet with the table (numbers stay numbers), one with the long-overdue list. */
export async function reportXlsx(r: SlaReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gridbot';
  const ws = wb.addWorksheet(reportTitle(r.kind, r.period).replace(/[*?:\\/[\]]/g, '-').slice(0, 31));
  ws.addRow(HEAD).font = { bold: true };
  for (const row of tableRows(r)) ws.addRow(row);
  ws.columns.forEach((c, i) => (c.width = i < 2 ? 16 : 12));
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  const named = wb.addWorksheet('超期通报');
  named.addRow(['工单号']).font = { bold: true };
  for (const id of r.total.longOverdue) named.addRow([id]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
