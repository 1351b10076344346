/** Why a 延期 request or decision was refused; the chat edge turns it into a sentence (templates/sla.ts). */
export type ExtensionRefusal =
  | 'extension_too_long'
  | 'extension_after_deadline'
  | 'extension_used'
  | 'extension_pending'
  | 'extension_none_pending'
  | 'extension_not_leader'
  | 'extension_not_active';

export class ExtensionRefused extends Error {
  constructor(
    readonly code: ExtensionRefusal,
    readonly ticketId: number,
    readonly maxDays: number,
  ) {
    super(code);
    this.name = 'ExtensionRefused';
  }
}

/** 转部门 refused: no such department (the known names are listed), or the ticket is not in its hands. */
export class DepartmentRefused extends Error {
  constructor(
    readonly code: 'dept_unknown' | 'dept_not_theirs' | 'dept_not_active',
    readonly ticketId: number,
    readonly department: string,
    readonly known: string[] = [],
  ) {
    super(code);
    this.name = 'DepartmentRefused';
  }
}
