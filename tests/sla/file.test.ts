import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SLA, parseSlaConfig } from '../../src/core/sla/config';
import { ConfigError, loadConfig } from '../../src/config';

describe('examples/sla.yaml and GRIDBOT_SLA_FILE', () => {
  it('the example file states exactly the built-in defaults', () => {
    expect(parseSlaConfig(readFileSync(new URL('../../examples/sla.yaml', import.meta.url), 'utf8'))).toEqual(DEFAULT_SLA);
  });

  it('a bad or missing file stops startup with one line naming it', () => {
    expect(() => loadConfig({ GRIDBOT_SLA_FILE: '/nonexistent/sla.yaml' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRIDBOT_SLA_FILE: '/nonexistent/sla.yaml' })).toThrow(/^配置错误 GRIDBOT_SLA_FILE=.*cannot read/);
    const c = loadConfig({});
    expect(c.sla).toEqual(DEFAULT_SLA);
  });
});

describe('/healthz and the holiday calendar', () => {
  it('warns when the year is past the calendar data, unless the SLA file fills it in', async () => {
    const { calendarHealth } = await import('../../src/services/sla/calendar-health');
    const { openStore } = await import('../../src/store/db');
    const { setSla, slaRuntime } = await import('../../src/services/sla/runtime');
    const store = await openStore(':memory:');
    try {
      expect(calendarHealth(store, new Date('2026-06-01T00:00:00Z'))).toMatchObject({ covered: true });
      const past = calendarHealth(store, new Date('2031-06-01T00:00:00Z'));
      expect(past.covered).toBe(false);
      expect(past.warning).toContain('没有 2031 年的数据');
      setSla(store, slaRuntime(parseSlaConfig('holidays:\n  "2031-10-01": off\n')));
      expect(calendarHealth(store, new Date('2031-06-01T00:00:00Z')).covered).toBe(true);
    } finally {
      await store.close();
    }
  });
});
