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
