import pino from 'pino';

/** The structured logger used everywhere (fastify shares the same instance). */
export type Logger = pino.Logger;

export function createLogger(level = 'info'): Logger {
  return pino({
    level,
    // Residents' phone and ID numbers must never reach the logs.
    redact: { paths: ['text', '*.text', 'phone', '*.phone'], censor: '[masked]' },
  });
}

/** A silent logger for tests and scripts. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
