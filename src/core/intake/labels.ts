/** Workers' verdicts as training labels (issue 12). Pure. */

/** `退回 12 非诉求`: the worker says the message was never a request (a label "chatter"). */
export function isNotARequest(reason: string): boolean {
  return /^\s*(?:非诉求|不是诉求|无效诉求)/.test(reason);
}

/** One exported label: the corpus format of tests/fixtures/*.jsonl plus where it came from. */
export interface LabelLine {
  id: number;
  groupBuilding: string | null;
  text: string;
  intent: 'report' | 'question' | 'chatter';
  category: string[];
  emergency: boolean;
  building: string | null;
  unit: string | null;
  room: string | null;
  source: 'worker';
  label: string;
}
