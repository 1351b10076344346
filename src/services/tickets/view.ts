import type { TicketRow } from '../../store/repos/tickets';
import { categoryLabel } from '../../core/categories';
import { where, type TicketView } from '../../templates/tickets';
import { maskPersonalNumbers } from '../../core/mask';

/** The parts of a ticket that templates show. The summary is masked: it may be echoed into a group. */
export function viewOf(t: TicketRow): TicketView {
  return {
    id: t.id,
    categoryLabel: categoryLabel(t.category),
    where: where(t.building, t.unit, t.room),
    // The parser's summary starts with the category label; templates show the label on their own.
    summary: maskPersonalNumbers(t.summary.replace(/^[^｜]{1,8}｜/, '')),
  };
}
