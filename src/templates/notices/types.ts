import { z } from 'zod';

/**
 * A notice template: a name used in the API, a Chinese title, typed variables
 * (each with a Chinese description, shown by GET /api/templates) and a render
 * function that produces the exact text the groups receive.
 */
export interface NoticeTemplate<S extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  vars: S;
  render(vars: z.infer<S>): string;
}

export function defineNotice<S extends z.ZodObject>(t: NoticeTemplate<S>): NoticeTemplate<S> {
  return t;
}

/** A short required text field (times are free text: offices write "12月1日 9:00" as they like). */
export const field = (description: string, max = 200) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `缺少变量（${description}）` : `应为文字（${description}）`) })
    .trim().min(1, `${description}不能为空`).max(max, `${description}不能超过 ${max} 字`).describe(description);

export const optionalField = (description: string, max = 200) =>
  z
    .string({ error: () => `应为文字（${description}）` })
    .trim().max(max, `${description}不能超过 ${max} 字`).optional().describe(description);

/** The sign-off line every notice ends with. */
export const signature = () => optionalField('落款（默认：社区居委会）', 40);

export const signOff = (s: string | undefined) => s?.trim() || '社区居委会';

/** Appends "联系电话：…" when given. */
export const contactLine = (contact: string | undefined) => (contact ? `\n如有疑问请联系：${contact}` : '');
