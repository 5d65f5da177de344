import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIRE_ITEMS } from '../../../lib/wire/items';
import { OUTLETS } from '../../../lib/wire/outlets';
import { EVENT_TYPES } from '../../../lib/types';

const lang = (outlet: string) => OUTLETS.find((o) => o.id === outlet)?.language;

describe('demo corpus', () => {
  it('has at least 80 items with unique keys, each from a known outlet and with text', () => {
    expect(WIRE_ITEMS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(WIRE_ITEMS.map((i) => i.key)).size).toBe(WIRE_ITEMS.length);
    for (const it of WIRE_ITEMS) {
      expect(lang(it.outlet), it.key).toBeDefined();
      expect(it.title.trim().length, it.key).toBeGreaterThan(10);
      expect(it.summary.trim().length, it.key).toBeGreaterThan(10);
      if (it.type !== null) expect(EVENT_TYPES).toContain(it.type);
      expect(it.type === null, `${it.key}: non-events have no incident`).toBe(it.incident === null);
    }
  });

  it('is about 60% Spanish and 40% English, and every outlet publishes', () => {
    const es = WIRE_ITEMS.filter((i) => lang(i.outlet) === 'es').length / WIRE_ITEMS.length;
    expect(es).toBeGreaterThan(0.5);
    expect(es).toBeLessThan(0.7);
    for (const o of OUTLETS) expect(WIRE_ITEMS.filter((i) => i.outlet === o.id).length, o.id).toBeGreaterThanOrEqual(8);
  });

  it('covers every event type and several countries', () => {
    for (const t of EVENT_TYPES) expect(WIRE_ITEMS.some((i) => i.type === t), t).toBe(true);
    const text = WIRE_ITEMS.map((i) => `${i.title} ${i.summary}`).join('\n');
    for (const place of ['Juliaca', 'Cusco', 'Huamanga', 'Andahuaylas', 'Arequipa', 'Lima', 'Ica', 'Trujillo', 'Ecuador', 'Bolivia', 'Chile', 'Colombia']) {
      expect(text, place).toContain(place);
    }
  });

  it('reports shared incidents through several outlets and in both languages', () => {
    const byIncident = new Map<string, typeof WIRE_ITEMS[number][]>();
    for (const it of WIRE_ITEMS) if (it.incident) byIncident.set(it.incident, [...(byIncident.get(it.incident) ?? []), it]);
    const shared = [...byIncident.values()].filter((items) => new Set(items.map((i) => i.outlet)).size >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(15);
    expect(shared.filter((items) => new Set(items.map((i) => lang(i.outlet))).size === 2).length).toBeGreaterThanOrEqual(10);
  });

  it('revises a toll upwards in a later report, in digits and in words', () => {
    const juliaca = WIRE_ITEMS.filter((i) => i.incident === 'juliaca-disparos');
    const first12 = juliaca.findIndex((i) => /\b12\b|\bdoce\b|\btwelve\b/i.test(i.title));
    const first17 = juliaca.findIndex((i) => /\b17\b|\bdiecisiete\b/i.test(i.title));
    expect(first12).toBeGreaterThanOrEqual(0);
    expect(first17).toBeGreaterThan(first12);
    const titles = juliaca.map((i) => i.title).join('\n');
    expect(titles).toMatch(/\b12\b/);
    expect(titles).toMatch(/\bdoce\b/i);
    expect(titles).toMatch(/\b17\b/);
    expect(titles).toMatch(/\bdiecisiete\b/i);
  });

  it('includes non-events that use protest words in other senses', () => {
    const negatives = WIRE_ITEMS.filter((i) => i.type === null).map((i) => i.title);
    expect(negatives.length).toBeGreaterThanOrEqual(10);
    for (const cue of [/paro card[ií]aco/i, /tasa de paro/i, /se enfrentan/i, /estado de emergencia/i, /\bcorte\b|tribunal/i, /bloqueo de cuentas/i, /\bstrikes\b/i, /\bclash\b/i]) {
      expect(negatives.some((t) => cue.test(t)), String(cue)).toBe(true);
    }
  });

  it('carries no calendar dates that would contradict a release "now"', () => {
    const es = /\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/i;
    const en = /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|\b\d{1,2} (January|February|March|April|June|July|August|September|October|November|December)\b/;
    for (const it of WIRE_ITEMS) {
      const text = `${it.title} ${it.summary}`;
      expect(text, it.key).not.toMatch(es);
      expect(text, it.key).not.toMatch(en);
      expect(text, it.key).not.toMatch(/\b(19|20)\d\d\b/);
    }
  });

  it('is original text, not copied from the shared development set', () => {
    const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
    const dev = readFileSync(new URL('../../../../shared/eval/dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { title: string; summary: string });
    const devTexts = new Set(dev.flatMap((d) => [norm(d.title), norm(d.summary)]).filter((t) => t.length > 0));
    for (const it of WIRE_ITEMS) {
      expect(devTexts.has(norm(it.title)), it.key).toBe(false);
      expect(devTexts.has(norm(it.summary)), it.key).toBe(false);
    }
  });
});
