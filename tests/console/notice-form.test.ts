/** The notice form's readable choices become the API's input (and back into words for the list). */
import { describe, expect, it } from 'vitest';
import { cronOf, FormProblem, inputOf } from '../../src/http/console/notices';
import { cronWords } from '../../src/templates/console/notices';

describe('repeating choices', () => {
  it('turns every day / a weekday / a day of the month at a time into cron, and back into words', () => {
    expect(cronOf('daily', '08:30')).toBe('30 8 * * *');
    expect(cronOf('w1', '09:00')).toBe('0 9 * * 1');
    expect(cronOf('w0', '18:05')).toBe('5 18 * * 0');
    expect(cronOf('m15', '07:00')).toBe('0 7 15 * *');
    expect(cronWords('30 8 * * *')).toBe('每天 08:30');
    expect(cronWords('0 9 * * 1')).toBe('每周一 09:00');
    expect(cronWords('0 7 15 * *')).toBe('每月 15 日 07:00');
    expect(cronWords('*/5 * * * *')).toBe('按计划 */5 * * * *');
  });

  it('refuses what the form never offers', () => {
    for (const [freq, time] of [['m29', '08:00'], ['w7', '08:00'], ['daily', '24:00'], ['daily', '8点'], ['hourly', '08:00']]) {
      expect(cronOf(freq!, time!), `${freq} ${time}`).toBeNull();
    }
  });
});

describe('the form as the body of POST /api/announcements', () => {
  it('a template with its fields, buildings of one community, at a time', () => {
    expect(
      inputOf({
        template: 'water_outage',
        'var.area': '3号楼',
        'var.contact': '',
        buildings: ['1:3', '1:4'],
        grids: '1:第一网格',
        when: 'at',
        at: '2026-12-05T08:00',
      }),
    ).toEqual({
      template: 'water_outage',
      vars: { area: '3号楼' },
      targets: { buildings: ['3', '4'], grids: ['第一网格'] },
      community: 1,
      sendAt: '2026-12-05T08:00',
    });
  });

  it('free text to everyone, repeating weekly until a date', () => {
    expect(inputOf({ template: '', text: ' 周五大扫除 ', all: '1', includeWorkers: '1', when: 'repeat', freq: 'w5', time: '16:00', until: '2026-12-31' })).toEqual({
      text: '周五大扫除',
      targets: { all: true, includeWorkers: true },
      cron: '0 16 * * 5',
      until: '2026-12-31T23:59',
    });
  });

  it('says what is missing instead of guessing', () => {
    expect(() => inputOf({ text: 'x', buildings: '1:3', when: 'at', at: '' })).toThrow(FormProblem);
    expect(() => inputOf({ text: 'x', buildings: ['1:3', '2:3'] })).toThrow('一条通知只能发往一个社区');
  });
});
