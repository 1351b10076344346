import ExcelJS from 'exceljs';
import { toCsv } from '../../core/csv';
import type { CollectionView } from './view';

/** The table of a collection: one row per household, a column per item / field. */
export function exportRows(v: CollectionView): { header: string[]; rows: Array<Array<string | number | null>> } {
  const itemNames = v.items.map((i) => i.name);
  const header = ['楼栋', '单元', '房号', '网格', '姓名'];
  if (v.kind === 'order') header.push(...v.items.map((i) => (i.unit ? `${i.name}(${i.unit})` : i.name)));
  if (v.kind === 'signup') header.push('人数');
  if (v.kind === 'form') header.push(...v.fields);
  header.push('更新时间');
  const rows = v.entries.map((e) => {
    const row: Array<string | number | null> = [e.building, e.unit, e.room, e.grid, e.name];
    if (v.kind === 'order') row.push(...itemNames.map((n) => e.items?.[n] ?? 0));
    if (v.kind === 'signup') row.push(e.count ?? 1);
    if (v.kind === 'form') row.push(...v.fields.map((f) => e.fields?.[f] ?? ''));
    row.push(e.updatedAt);
    return row;
  });
  return { header, rows };
}

/** CSV with a BOM, so Excel on Chinese Windows opens it as UTF-8. */
export function collectionCsv(v: CollectionView): string {
  const { header, rows } = exportRows(v);
  const totals = v.kind === 'order' ? [['合计', '', '', '', `${v.households}户`, ...v.items.map((i) => i.total), '']] : [];
  return toCsv([header, ...rows, ...totals]);
}

/** An XLSX workbook: 明细 (per household) and 汇总 (per item, per building). */
export async function collectionXlsx(v: CollectionView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(v.createdAt);
  const detail = wb.addWorksheet('明细');
  const { header, rows } = exportRows(v);
  detail.addRow(header).font = { bold: true };
  for (const r of rows) detail.addRow(r);
  detail.columns.forEach((c) => (c.width = 12));
  const sum = wb.addWorksheet('汇总');
  sum.addRow([v.title, v.status === 'open' ? '进行中' : '已截止', `${v.households} 户`]).font = { bold: true };
  if (v.kind === 'order') {
    sum.addRow(['品名', '单位', '合计', '金额(元)']).font = { bold: true };
    for (const i of v.items) sum.addRow([i.name, i.unit ?? '', i.total, i.amount ?? '']);
  }
  if (v.kind === 'signup') sum.addRow(['人数', v.count]);
  sum.addRow([]);
  sum.addRow(['楼栋', '户数', ...(v.kind === 'order' ? v.items.map((i) => i.name) : ['人数'])]).font = { bold: true };
  for (const b of v.byBuilding) sum.addRow([b.building, b.households, ...(v.kind === 'order' ? v.items.map((i) => b.items[i.name] ?? 0) : [b.count])]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
