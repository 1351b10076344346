import { chineseNumberToInt } from '../building-name';
import { chatText } from '../chat-text';

/**
 * Time-limit chat commands (pure): `延期 12 3天 等待配件` asks for more time;
 * the grid leader answers `同意延期 12` or `不同意延期 12`.
 */
export type SlaCommand =
  | { verb: 'extend'; ticket: number; days: number; reason: string }
  | { verb: 'approve_extension'; ticket: number }
  | { verb: 'refuse_extension'; ticket: number }
  | { verb: 'to_department'; ticket: number; department: string; note: string }
  | { verb: 'dept_usage' }
  | { verb: 'sla_usage' };

const NUM = '#?\\s*([0-9]+|[零〇一二两三四五六七八九十百]+)';
const SEP = '[\\s,，:：]*';
const EXTEND = new RegExp(`^(?:申请)?延期${SEP}${NUM}(?:号)?${SEP}(?:${NUM}\\s*(?:个)?(?:工作)?(?:天|日))?${SEP}([\\s\\S]*)$`);
const TO_DEPT = new RegExp(`^(?:转部门|转交部门|吹哨)${SEP}${NUM}(?:号)?${SEP}([^\\s,，:：]+)${SEP}([\\s\\S]*)$`);
const REFUSE = new RegExp(`^(?:不同意|不批准|驳回)延期${SEP}${NUM}\\s*$`);
const APPROVE = new RegExp(`^(?:同意|批准)延期${SEP}${NUM}\\s*$`);

function toInt(s: string | undefined): number | null {
  if (!s) return null;
  const n = chineseNumberToInt(s);
  return n !== null && n > 0 && Number.isSafeInteger(n) ? n : null;
}

export function parseSlaCommand(input: string): SlaCommand | null {
  const text = chatText(input).trim();
  if (!text) return null;
  if (/^(?:转部门|转交部门|吹哨)$/.test(text)) return { verb: 'dept_usage' };
  const dept = TO_DEPT.exec(text);
  if (dept) {
    const ticket = toInt(dept[1]);
    return ticket ? { verb: 'to_department', ticket, department: dept[2]!, note: (dept[3] ?? '').trim() } : { verb: 'dept_usage' };
  }
  const refuse = REFUSE.exec(text);
  if (refuse) {
    const ticket = toInt(refuse[1]);
    return ticket ? { verb: 'refuse_extension', ticket } : { verb: 'sla_usage' };
  }
  const approve = APPROVE.exec(text);
  if (approve) {
    const ticket = toInt(approve[1]);
    return ticket ? { verb: 'approve_extension', ticket } : { verb: 'sla_usage' };
  }
  if (/^(?:申请)?延期$/.test(text) || /^(?:同意|不同意)延期$/.test(text)) return { verb: 'sla_usage' };
  const m = EXTEND.exec(text);
  if (!m) return null;
  const ticket = toInt(m[1]);
  const days = toInt(m[2]);
  const reason = (m[3] ?? '').trim();
  if (!ticket || !days || !reason) return { verb: 'sla_usage' };
  return { verb: 'extend', ticket, days, reason };
}
