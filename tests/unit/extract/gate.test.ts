import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Gate, gateKeys, gateLiterals, gateNeeds, leadKeys, mayMatch, noteBlanked, Scan, textKeys } from '../../../lib/extract/gate';
import * as lexicon from '../../../lib/extract/lexicon';
import { fold } from '../../../lib/gazetteer';

const keysOf = (text: string) => [...textKeys(fold(text))];

describe('pattern gates', () => {
  it('derives the words every match begins a word with', () => {
    expect(gateKeys(/\bparos?\b/g)).toEqual(new Set(keysOf('paro')));
    expect(gateKeys(/\b(un|dos|tres) (muertos|heridos)\b/)).toEqual(new Set(keysOf('un dos tres')));
    expect(gateKeys(/\b(\d+|un) (muertos|heridos)\b/)).toEqual(new Set(keysOf('muertos heridos')));
    expect(gateKeys(/\b(la |el )?(comisaria|sede)\b/)).toEqual(new Set(keysOf('comisaria sede')));
    expect(gateKeys(/\b(sit-ins?|vigils?)\b/)).toEqual(new Set(keysOf('sit vigil')));
    // No word at a sure word start, or an optional one only: no gate.
    expect(gateKeys(/paro/)).toBeNull();
    expect(gateKeys(/\b(\w+ )?(de|en)\b/)).toEqual(new Set(keysOf('de en')));
    expect(gateKeys(/(de|en)\b/)).toBeNull();
    expect(gateKeys(/\b(paro)?\d+/)).toBeNull();
  });

  it('selects the patterns a text may match, in list order, and those without a gate always', () => {
    const gate = new Gate([/\bhuelga\b/, /\d+ heridos/, /x/, /\bmarcha\b/], (re) => re);
    expect(gate.select(textKeys('marcha y huelga'))).toEqual([/\bhuelga\b/, /x/, /\bmarcha\b/]);
    expect(gate.select(textKeys('nada'))).toEqual([/x/]);
  });

  it('derives the words of every part of a match, alternative by alternative', () => {
    const k = (text: string) => [...textKeys(fold(text))];
    expect(gateNeeds(/\b(police|troops) (\w+ ){0,2}(fired|shot)\b|\bbalean\b/)).toEqual([[k('police troops'), k('fired shot')], [k('balean')]]);
    expect(gateNeeds(/\b(\d+|un) (muertos|heridos)\b/)).toEqual([[k('muertos heridos')]]);
    expect(gateNeeds(/\bparo\b|xparo/)).toBeNull();
    // Both words needed: a text with one of them only is not searched.
    const gate = new Gate([/\bpolice (\w+ ){0,2}fired\b/, /\bpolice\b/], (re) => re);
    expect(gate.select(textKeys('police marched'))).toEqual([/\bpolice\b/]);
    expect(gate.select(textKeys('fired police'))).toEqual([/\bpolice (\w+ ){0,2}fired\b/, /\bpolice\b/]);
  });

  it('gates a pattern without word keys by a run of letters every match holds', () => {
    expect(gateLiterals(/\b(air|us) ?strikes?\b/g)).toEqual(['strike']);
    expect(gateLiterals(/paro|xy/)).toBeNull();
    const gate = new Gate([/\b(air|us) ?strikes?\b/g, /\bmarcha\b/], (re) => re);
    expect(gate.select(textKeys('marcha'))).toEqual([/\bmarcha\b/]);
    expect(gate.select(textKeys('usstrike y marcha'))).toEqual([/\b(air|us) ?strikes?\b/g, /\bmarcha\b/]);
  });

  it('never leaves out a lexicon pattern that matches a labelled item', () => {
    const patterns = Object.values(lexicon).flatMap((v): RegExp[] =>
      v instanceof RegExp ? [v] : Array.isArray(v) ? v.map((x: RegExp | { re: RegExp }) => (x instanceof RegExp ? x : x.re)) : [],
    );
    const texts = ['dev.jsonl', 'fresh-dev.jsonl']
      .flatMap((f) => readFileSync(new URL(`../../fixtures/labelled/${f}`, import.meta.url), 'utf8').split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { title: string; summary?: string })
      .map((o) => fold(`${o.title}\n${o.summary ?? ''}`));
    let gated = 0;
    const missed: string[] = [];
    for (const re of patterns) {
      const keys = gateKeys(re);
      if (!keys) {
        const literals = gateLiterals(re);
        const once = new RegExp(re.source, re.flags.replace('g', ''));
        for (const text of texts) {
          if (literals && once.test(text) && !literals.some((l) => text.includes(l))) missed.push(`${re.source.slice(0, 40)} | ${text.slice(0, 60)}`);
        }
        continue;
      }
      gated++;
      const needs = gateNeeds(re);
      const once = new RegExp(re.source, re.flags.replace('g', ''));
      for (const text of texts) {
        const words = textKeys(text);
        const meets = !needs || needs.some((alt) => alt.every((set) => set.some((k) => words.has(k))));
        if (once.test(text) && (![...keys].some((k) => words.has(k)) || !meets)) missed.push(`${re.source.slice(0, 40)} | ${text.slice(0, 60)}`);
      }
    }
    expect(gated).toBeGreaterThan(patterns.length * 0.9);
    expect(missed).toEqual([]);
  });

  it('tells by its keys alone whether a text may match a pattern (mayMatch)', () => {
    const capital = mayMatch(/\b(congreso|palacio de gobierno|(?:'s|la|the) capital)\b/);
    const may = (text: string) => capital(textKeys(fold(text)));
    expect(may('Marcha hacia el Congreso')).toBe(true);
    expect(may("Protesters fill Peru's capital")).toBe(true);
    expect(may('Vigilia frente al Palacio de Gobierno')).toBe(true);
    expect(may('Bloqueo en la carretera central')).toBe(false);
    expect(may('Paro en el palacio municipal')).toBe(false);
    // No word every match holds: every text may match.
    expect(mayMatch(/\d+%/)(textKeys('nada'))).toBe(true);
  });
  it('derives the words every match begins with (leadKeys)', () => {
    expect(leadKeys(/\b(marcha|protesta)s?\b/g)).toEqual(new Set(keysOf('marcha protesta')));
    expect(leadKeys(/\b(vuelcan|volcaron)(?<=\bse \w+) a las calles\b/)).toEqual(new Set(keysOf('vuelcan volcaron')));
    expect(leadKeys(/\b(la|el) (comisaria|sede)\b/)).toEqual(new Set(keysOf('la el')));
    // A short word that goes on in a group or an optional letter; a lookaround reads nothing.
    expect(leadKeys(/\b(days? of rage|anos?)\b/)).toEqual(new Set(keysOf('day days ano anos')));
    expect(leadKeys(/\bhrw ?(:|says\b)/)).toEqual(new Set(keysOf('hrw hrwsays')));
    expect(leadKeys(/\bgnb(?! sudameris)\b/)).toEqual(new Set(keysOf('gnb')));
    // A match may begin before the word, or with no word (an optional part is not looked into): no lead.
    expect(leadKeys(/\b(la |el )?(comisaria|sede)\b/)).toBeNull();
    expect(leadKeys(/\b(\w+ )?marcha\b/)).toBeNull();
    expect(leadKeys(/(^|: )protestas? en\b/)).toBeNull();
    expect(leadKeys(/\b\d+ heridos\b/)).toBeNull();
    expect(leadKeys(/\bma\w+/)).toBeNull();
  });

  it('finds with a Scan the matches the lexicon patterns find in labelled items', () => {
    const patterns = Object.values(lexicon).flatMap((v): RegExp[] =>
      v instanceof RegExp ? [v] : Array.isArray(v) ? v.map((x: RegExp | { re: RegExp }) => (x instanceof RegExp ? x : x.re)) : [],
    );
    const scans = patterns.map((re) => new Scan(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
    const texts = ['dev.jsonl', 'fresh-dev.jsonl']
      .flatMap((f) => readFileSync(new URL(`../../fixtures/labelled/${f}`, import.meta.url), 'utf8').split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { title: string; summary?: string })
      .map((o) => fold(`${o.title}\n${o.summary ?? ''}`));
    const all = (scan: Scan, text: string, keys: Set<number>) => {
      const out: string[] = [];
      for (let m = scan.exec(text, keys, 0); m; m = scan.exec(text, keys, m.index + (m[0].length || 1))) out.push(`${m.index}:${m[0]}`);
      return out;
    };
    let differ = 0;
    for (const text of texts) {
      const keys = textKeys(text);
      for (const scan of scans) if (all(scan, text, keys).join() !== all(scan, text, new Set(keys)).join()) differ++;
    }
    expect(scans.filter((s) => leadKeys(s.re)).length).toBeGreaterThan(scans.length / 2);
    expect(differ).toBe(0);
  });

  it('reads a title, and a text with whole words blanked, by the words of the whole text', () => {
    const text = fold('Comuneros bloquean la vía; policía reprime la protesta\nLos manifestantes marchan en Puno. Hubo un paro cardíaco.');
    const keys = textKeys(text);
    const plain = (re: RegExp, t: string) => (re.lastIndex = 0, re.exec(t)?.index ?? null);
    const scan = new Scan(/\b(protesta|policia|marchan|bloquean)\b/g);
    const title = text.slice(0, text.indexOf('\n'));
    expect(scan.exec(title, keys, 0)?.index).toBe(plain(scan.re, title));
    // Whole words blanked: read by the same words (a blanked word is simply not found).
    const blanked = text.replace(/\bcomuneros bloquean\b/, (m) => ' '.repeat(m.length));
    noteBlanked(keys, blanked);
    expect(keys.blanked).toBe(blanked);
    for (let from = 0; from < blanked.length; from += 7) {
      const m = scan.exec(blanked, keys, from);
      scan.re.lastIndex = from;
      expect(m?.index ?? null).toBe(scan.re.exec(blanked)?.index ?? null);
    }
    // Part of a word blanked: another word may begin there; not noted.
    const other = textKeys(text);
    noteBlanked(other, text.replace('comuneros', 'comu     '));
    expect(other.blanked).toBeNull();
  });
});
