import { describe, expect, it } from 'vitest';
import { parseDuration, validateSources } from '../../lib/config/sources';

const ok = { id: 'la-republica', name: 'La República', url: 'https://larepublica.pe/rss', language: 'es', country: 'PE', scale: 'national' };

describe('sources config', () => {
  it('accepts a valid entry and fills defaults', () => {
    const [s] = validateSources({ sources: [{ ...ok, interval: '2m' }] });
    expect(s).toMatchObject({ id: 'la-republica', interval: 120, enabled: true, private: false, demo: false });
  });
  it('names the entry and the field in errors', () => {
    expect(() => validateSources({ sources: [ok, { ...ok, id: 'bad', scale: 'planetary' }] })).toThrow(/source "bad", field "scale"/);
    expect(() => validateSources({ sources: [{ ...ok, url: 'file:///etc/passwd' }] })).toThrow(/field "url"/);
    expect(() => validateSources({ sources: [{ ...ok, interval: 'soon' }] })).toThrow(/field "interval".*not a duration/);
    expect(() => validateSources({ sources: [ok, ok] })).toThrow(/duplicate id/);
    expect(() => validateSources({ feeds: [] })).toThrow(/top-level "sources:"/);
  });
  it('parses durations', () => {
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration('5m')).toBe(300);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('500ms')).toBe(0.5);
  });
});
