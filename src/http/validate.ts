import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { badRequest } from '../templates/http';
import { zodErrorsZh } from '../templates/common';

/** zod-checks a body or query; on failure sends 400 with the first reason and returns null. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, reply: FastifyReply): T | null {
  const r = schema.safeParse(value ?? {}, { error: zodErrorsZh });
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  void reply.status(400).send({ error: badRequest(where, issue.message) });
  return null;
}
