// World cities of 150,000 or more (scripts/build-world.ts, MIN_POPULATION; lib/gazetteer WORLD_CITY_ALONE): they
// stand alone where the text places the event there, a stoplisted common word places nothing, and a Latin American
// namesake keeps its name (probes written for these tests, not copied from the labelled sets).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const run = (title: string, summary = '', published = '2024-05-14T12:00:00Z') => normalize({ title, summary, published, sourceCountry: null });

describe('world cities of 150,000 or more', () => {
  it('places the event in a mid-size world city with no country named', () => {
    expect(run('Rival groups clash in Leicester')).toMatchObject({ country: 'GB', admin1: 'England', place: 'Leicester' });
    expect(run('Thousands of students march in Graz over tuition fees')).toMatchObject({ country: 'AT', admin1: 'Styria', place: 'Graz' });
    expect(run('Dockworkers strike in Gdynia over pay')).toMatchObject({ country: 'PL', admin1: 'Pomeranian', place: 'Gdynia' });
    expect(run('Miles protestan en Palma contra el turismo masivo')).toMatchObject({ country: 'ES', admin1: 'Balearic Islands', place: 'Palma' });
  });

  it('places nothing for a stoplisted common word or another country\'s better-known namesake', () => {
    expect(run('Police clash with protesters in Reading')?.country ?? null).toBeNull();
    expect(run('Workers strike in Mobile over pay')?.country ?? null).toBeNull();
    // (Canada's Windsor and London are left out: England's are the names news means.)
    expect(run('Protesters march in Windsor over the bridge tolls')?.country ?? null).not.toBe('CA');
    // (A common word in ordinary use, "mobile", "police", is no place either.)
    expect(run('Protesters clash with police in the capital', 'Police fired tear gas and seized mobile phones.')?.country ?? null).toBeNull();
  });

  it('keeps a Latin American namesake', () => {
    // (Pamplona is a Colombian town as well as Spain's city; Vitória Brazil's.)
    expect(run('Campesinos bloquean la vía en Pamplona, Norte de Santander')).toMatchObject({ country: 'CO', place: 'Pamplona' });
    expect(run('Campesinos bloquean la vía en Pamplona')?.country ?? null).not.toBe('ES');
    expect(run('Protesta de docentes en Vitoria, Brasil')).toMatchObject({ country: 'BR' });
  });
});
