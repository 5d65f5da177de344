import { describe, expect, it } from 'vitest';
import { resolveRegion, validateAlerts } from '../../../lib/alerts/rules';
import { loadAlertsFile } from '../../../lib/alerts/rules';

const rule = (over: Record<string, unknown> = {}) => ({ name: 'r', channels: [{ type: 'inapp' }], ...over });

describe('alert rules file', () => {
  it('reads the format of the issue, with ms durations and defaults', () => {
    const f = validateAlerts({
      rules: [
        {
          name: 'deaths-in-puno',
          match: { countries: ['PE'], regions: ['PE-PUN'], types: ['repression', 'clash'], minKilled: 1 },
          groupWait: '300ms',
          groupInterval: '5m',
          repeatInterval: '4h',
          channels: [
            { type: 'webhook', url: 'https://example.org/hook', secret: 's' },
            { type: 'email', to: ['monitor@example.org'] },
          ],
        },
      ],
    });
    const r = f.rules[0]!;
    expect([r.groupWait, r.groupInterval, r.repeatInterval]).toEqual([300, 300_000, 14_400_000]);
    expect(r.severity).toBe('warning');
    expect(r.onUpdate).toBe('update');
    expect(r.match.regions).toEqual([{ code: 'PE-PUN', label: 'PE-PUN', admin2: null, admin3: null }]);
    expect(f.delivery).toEqual({ attempts: 10, backoff: 5000, timeout: 10_000, stalledAfter: 30_000 });
  });

  it('names the rule and the field in errors', () => {
    expect(() => validateAlerts({ rules: [rule({ name: 'x', groupWait: 'soon' })] })).toThrow(/rule "x", field "groupWait": not a duration/);
    expect(() => validateAlerts({ rules: [rule({ name: 'x', match: { types: ['picnic'] } })] })).toThrow(/rule "x", field "match.types.0"/);
    expect(() => validateAlerts({ rules: [rule({ name: 'x', channels: [{ type: 'webhook', url: 'ftp://x' }] })] })).toThrow(
      /rule "x", field "channels.0.url": an http\(s\) URL/,
    );
    expect(() => validateAlerts({ rules: [rule({ name: 'x', match: { regions: ['999999'] } })] })).toThrow(
      /rule "x", field "match.regions": unknown ubigeo "999999"/,
    );
    expect(() => validateAlerts({ rules: [rule(), rule()] })).toThrow(/rule "r": duplicate name/);
    expect(() => validateAlerts({ rules: [{ channels: [] }] })).toThrow(/rule #1, field "name"/);
    expect(() => validateAlerts({ delivery: { attempts: 0 }, rules: [] })).toThrow(/delivery, field "attempts"/);
  });

  it('resolves regions: ISO 3166-2, province and district paths, and ubigeo', () => {
    expect(resolveRegion('PE-PUN/San Román/Juliaca')).toMatchObject({ code: 'PE-PUN', admin2: 'san roman', admin3: 'juliaca' });
    expect(resolveRegion('21')).toMatchObject({ code: 'PE-PUN', admin2: null, admin3: null });
    expect(resolveRegion('2111')).toMatchObject({ code: 'PE-PUN', admin2: 'san roman', admin3: null });
    expect(resolveRegion('211101')).toMatchObject({ code: 'PE-PUN', admin2: 'san roman', admin3: 'juliaca' });
    expect(() => resolveRegion('Puno')).toThrow(/not a region/);
  });

  it('the example config/alerts.yml loads and only posts in-app', () => {
    const f = loadAlertsFile('config/alerts.yml');
    expect(f.rules.length).toBeGreaterThan(0);
    expect(new Set(f.rules.flatMap((r) => r.channels.map((c) => c.type)))).toEqual(new Set(['inapp']));
  });
});
