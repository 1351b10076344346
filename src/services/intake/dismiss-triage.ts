import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { triageRef } from '../../core/intake/policy';
import { decideTriage, loadPendingTriage } from './triage-item';
import { recordLabel } from './labels';

const input = z.object({ item: z.number().int().positive() });

/** 忽略 M7: not a request. Nothing is said anywhere; the verdict is kept as a "chatter" label. */
export async function dismissTriage({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }): Promise<{ ref: string }> {
  const data = input.parse(raw);
  return ctx.store.transaction(async () => {
    const item = await loadPendingTriage(ctx, data.item);
    await decideTriage(ctx, item, 'ignored');
    await recordLabel(ctx.store.db, {
      label: '忽略',
      triageId: item.id,
      actorId: ctx.actor.id,
      groupId: item.groupId,
      building: item.building,
      text: item.text,
      intent: 'chatter',
      category: null,
      emergency: false,
      unit: item.unit,
      room: item.room,
      at: ctx.now(),
    });
    return { ref: triageRef(item.id) };
  });
}
