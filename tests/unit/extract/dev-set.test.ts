import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLabelled, score } from './dev-score';

// ../shared/eval/dev.jsonl: 80 labelled items (tests may read ../shared; the product does not).
const DEV = new URL('../../../../shared/eval/dev.jsonl', import.meta.url).pathname;

describe.skipIf(!existsSync(DEV))('dev set', () => {
  it('keeps event F1, type, country and region accuracy above their floors', () => {
    const s = score(loadLabelled(DEV));
    // Floors a little under what the extractor scores (1.0 on all four when written): they catch regressions.
    expect(s.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.countryAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(s.regionAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.exactCounts).toBeGreaterThanOrEqual(0.85);
  });
});
