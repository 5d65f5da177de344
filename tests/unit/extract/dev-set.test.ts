import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLabelled, runLabelled } from '../../../lib/cli/eval';
import { score } from '../../../lib/eval/score';

// ../shared/eval/dev.jsonl (80 items; tests may read ../shared, the product does not) and the dev part of our own
// labelled set. Floors a little under what the engine scores: they catch regressions. The held-out part
// (tests/fixtures/labelled/heldout.jsonl) is not asserted on: it is scored by hand with `npm run eval`.
const SETS = [
  { name: 'shared dev set', path: new URL('../../../../shared/eval/dev.jsonl', import.meta.url).pathname,
    floors: { f1: 0.95, macroF1: 0.9, country: 0.95, region: 0.93, place: 0.9, counts: 0.9 } },
  { name: 'own labelled dev set', path: new URL('../../../tests/fixtures/labelled/dev.jsonl', import.meta.url).pathname,
    floors: { f1: 0.97, macroF1: 0.95, country: 0.97, region: 0.95, place: 0.8, counts: 0.96 } },
];

describe('labelled dev sets', () => {
  for (const set of SETS) {
    it.skipIf(!existsSync(set.path))(`${set.name}: event F1, type macro-F1, location and counts above their floors`, () => {
      const s = score(runLabelled(loadLabelled(set.path)));
      const { floors } = set;
      expect(s.events.f1).toBeGreaterThanOrEqual(floors.f1);
      expect(s.macroF1).toBeGreaterThanOrEqual(floors.macroF1);
      expect(s.country.value).toBeGreaterThanOrEqual(floors.country);
      expect(s.region.value).toBeGreaterThanOrEqual(floors.region);
      expect(s.place.value).toBeGreaterThanOrEqual(floors.place);
      expect(s.exactCounts.value).toBeGreaterThanOrEqual(floors.counts);
      expect(s.inventedCounts.value).toBeLessThanOrEqual(0.02);
    });
  }
});
