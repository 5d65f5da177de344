// Realistic pairs of reports, in Spanish and English, that must merge or stay apart.
import { describe, expect, it } from 'vitest';
import { matchIncident, mergeReport, scoreMatch, typeRelation } from '../../../lib/incidents';
import { textNumbers } from '../../../lib/incidents/text';
import type { Report } from '../../../lib/types';
import { report } from './helpers';

const lima = { admin1: 'Lima', admin1Code: 'PE-LIM', admin2: 'Lima', admin3: 'Lima', place: 'Lima', lat: -12.046, lon: -77.043 };
const cusco = { admin1: 'Cusco', admin1Code: 'PE-CUS', admin2: 'Cusco', admin3: 'Cusco', place: 'Cusco', lat: -13.53, lon: -71.97 };
const regionOnly = { admin2: null, admin3: null, place: null, ubigeo: null, lat: null, lon: null, precision: 3 as const };

const merges = (a: Partial<Report>, b: Partial<Report>) => matchIncident(report(b), [mergeReport(null, report(a))]) !== null;

describe('the same event in two languages merges', () => {
  it.each([
    [
      'a deadly clash, figures written in words and digits',
      { type: 'repression', title: 'Enfrentamientos en Juliaca dejan 17 muertos', summary: 'La policía disparó contra los manifestantes que intentaron tomar el aeropuerto.', killed: 17 },
      { type: 'repression', lang: 'en', outlet: 'B', title: 'Seventeen killed as police open fire on protesters in Juliaca', summary: 'Crowds had tried to storm the airport.', killed: 17 },
    ],
    [
      'an airport clash, reported the next day',
      { ...cusco, type: 'clash', date: '2023-01-11', title: 'Enfrentamientos cerca del aeropuerto del Cusco; suspenden vuelos', summary: '' },
      { ...cusco, type: 'clash', date: '2023-01-12', lang: 'en', outlet: 'B', title: 'Cusco airport shuts as protesters clash with police', summary: 'Flights were suspended after stones and tear gas.' },
    ],
    [
      'a regional strike known only by its region',
      { ...regionOnly, type: 'strike', title: 'Puno acata paro regional: comercios cerrados y sin transporte', summary: '' },
      { ...regionOnly, type: 'strike', lang: 'en', outlet: 'B', title: "Peru's Puno region shuts down for regional strike", summary: 'Shops closed and no transport ran.' },
    ],
    [
      'a march on Congress',
      { ...lima, type: 'demonstration', title: 'Marcha de docentes llega al Congreso', summary: 'Cientos de maestros frente al Parlamento.' },
      { ...lima, type: 'demonstration', lang: 'en', outlet: 'B', title: 'Teachers march on Congress in Lima', summary: 'Hundreds rallied outside the legislature.' },
    ],
  ] as [string, Partial<Report>, Partial<Report>][])('%s', (_, a, b) => {
    expect(merges(a, b)).toBe(true);
  });

  it('a syndicated wire copy merges at once, even read as another type and without its town, not at another town', () => {
    const wire = { title: 'Manifestantes incendian la comisaría de Ilave tras la muerte de un comunero', summary: '' };
    const a = mergeReport(null, report({ ...wire, type: 'riot', admin3: 'Ilave', place: 'Ilave', admin2: 'El Collao' }));
    const copy = report({ ...wire, ...regionOnly, type: 'repression', outlet: 'Diario B', date: '2023-01-10' });
    expect(scoreMatch(copy, a)).toMatchObject({ copy: true, score: 100 });
    expect(matchIncident(copy, [a])).toBe(a);
    expect(matchIncident({ ...copy, date: '2023-01-12' }, [a])).toBeNull();
    expect(matchIncident({ ...copy, country: 'BO' }, [a])).toBeNull();
    expect(matchIncident({ ...copy, admin2: 'Puno', admin3: 'Puno', place: 'Puno', precision: 1 }, [a])).toBeNull();
  });
});

describe('different events of one town and day stay apart', () => {
  it.each([
    [
      'a bridge blockade and a road blockade',
      { type: 'roadblock', title: 'Bloquean el puente Maravillas en Juliaca con piedras', summary: '' },
      { type: 'roadblock', outlet: 'B', title: 'Transportistas varados en la salida a Puno', summary: 'Camiones no avanzan por la carretera bloqueada.' },
    ],
    [
      'a sit-in at the courthouse and a march on Congress',
      { ...lima, type: 'demonstration', title: 'Plantón frente al Palacio de Justicia', summary: 'Familiares de víctimas exigen justicia.' },
      { ...lima, type: 'demonstration', outlet: 'B', title: 'Marcha de docentes llega al Congreso', summary: '' },
    ],
    [
      'a clash at the airport and a riot at the police station',
      { type: 'clash', title: 'Enfrentamientos en el aeropuerto de Juliaca', summary: '' },
      { type: 'riot', outlet: 'B', lang: 'en', title: 'Crowd torches police station in Juliaca', summary: '' },
    ],
  ] as [string, Partial<Report>, Partial<Report>][])('%s', (_, a, b) => {
    expect(merges(a, b)).toBe(false);
  });

  it.each([
    [
      'a teachers\' strike and the strikers\' blockade of the airport',
      { type: 'strike', title: 'Maestros de la CNTE inician paro indefinido en Juliaca', summary: '' },
      { type: 'roadblock', outlet: 'B', lang: 'en', title: 'Striking CNTE teachers block Juliaca airport', summary: 'The indefinite strike began on Monday.' },
    ],
    [
      'a strike and a blockade of the road by farmers on the first day of it',
      { type: 'strike', title: 'Agricultores del valle de Tambo inician paro indefinido contra Tía María', summary: '' },
      { type: 'roadblock', outlet: 'B', title: 'Agricultores del valle de Tambo bloquean la carretera en el primer día del paro contra Tía María', summary: '' },
    ],
  ] as [string, Partial<Report>, Partial<Report>][])('%s, in either order', (_, a, b) => {
    expect(scoreMatch(report(b), mergeReport(null, report(a)))).toMatchObject({ type: 'family', siteConflict: true });
    expect(merges(a, b)).toBe(false);
    expect(merges(b, a)).toBe(false);
  });

  it('scores a strike against a blockade that names no site as before: the same family', () => {
    const strike = mergeReport(null, report({ type: 'strike', title: 'Juliaca acata paro indefinido', summary: '' }));
    const r = report({ type: 'roadblock', outlet: 'B', title: 'Juliaca amanece con bloqueos por el paro indefinido', summary: '' });
    expect(scoreMatch(r, strike)).toMatchObject({ type: 'family', siteConflict: false });
  });
});

describe('textNumbers', () => {
  it('reads digits and number words in both languages, not years', () => {
    expect([...textNumbers('Diecisiete muertos y 40 heridos en 2023')].sort()).toEqual([17, 40]);
    expect([...textNumbers('twelve dead, two injured')].sort()).toEqual([12, 2]);
    expect([...textNumbers('a dozen hurt; una docena de heridos')]).toEqual([12]);
    expect(textNumbers('Treinta y siete heridos')).toContain(37);
    expect(textNumbers('thirty-seven injured')).toContain(37);
    expect(textNumbers('Twenty-one dead')).toContain(21);
    expect([...textNumbers('veintidós muertos y cuarenta detenidos')].sort()).toEqual([22, 40]);
  });
});

describe('a town\'s event told by an outlet that names only its region or country', () => {
  const ollantaytambo = { admin1: 'Cusco', admin1Code: 'PE-CUS', admin2: 'Urubamba', admin3: 'Ollantaytambo', place: 'Ollantaytambo', lat: -13.26, lon: -72.26 };
  const cuscoRegion = { ...regionOnly, admin1: 'Cusco', admin1Code: 'PE-CUS' };

  it('scores a district in its region 5 points above two reports that both name only the region', () => {
    const r = report({ ...cuscoRegion, type: 'roadblock', lang: 'en', outlet: 'B', title: 'Protesters block tracks in Cusco region' });
    const town = mergeReport(null, report({ ...ollantaytambo, type: 'roadblock', title: 'Bloquean la vía férrea en Ollantaytambo' }));
    const region = mergeReport(null, report({ ...cuscoRegion, type: 'roadblock', title: 'Bloquean la vía férrea en Ollantaytambo' }));
    expect(scoreMatch(r, town)!.score - scoreMatch(r, region)!.score).toBe(5);
  });

  it('merges a rail blockade at Ollantaytambo with an English report naming only the Cusco region, even read as a march', () => {
    expect(
      merges(
        { ...ollantaytambo, type: 'roadblock', title: 'Suspenden el tren a Machu Picchu por bloqueo de la vía férrea en Ollantaytambo', summary: 'Manifestantes colocaron rocas sobre los rieles.' },
        { ...cuscoRegion, type: 'demonstration', lang: 'en', outlet: 'B', title: 'Machu Picchu train halted as protesters block tracks in Cusco region', summary: 'Hundreds of tourists were stranded.' },
      ),
    ).toBe(true);
  });

  it('merges a raised toll that names only the country, the day after', () => {
    const juliaca = mergeReport(null, report({ type: 'repression', killed: 17, title: 'Enfrentamientos en Juliaca dejan 17 muertos' }));
    const country = { ...regionOnly, admin1: null, admin1Code: null };
    const late = report({ ...country, type: 'repression', killed: 18, date: '2023-01-10', lang: 'en', outlet: 'B', title: 'Death toll in southern Peru clashes rises to 18' });
    expect(scoreMatch(late, juliaca)).toMatchObject({ place: 'country' });
    expect(matchIncident(late, [juliaca])).toBe(juliaca);
  });

  it('merges a report naming only the country that gives the same toll of two or more, the same day', () => {
    const andahuaylas = { admin1: 'Apurimac', admin1Code: 'PE-APU', admin2: 'Andahuaylas', admin3: 'Andahuaylas', place: 'Andahuaylas', lat: -13.66, lon: -73.39 };
    const country = { ...regionOnly, admin1: null, admin1Code: null };
    const town = mergeReport(null, report({ ...andahuaylas, type: 'repression', killed: 2, title: 'Dos fallecidos en Andahuaylas tras choque con la policía', summary: '' }));
    const two = report({ ...country, type: 'repression', killed: 2, lang: 'en', outlet: 'B', title: 'Two protesters killed in southern Peru', summary: '' });
    expect(matchIncident(two, [town])).toBe(town);
    expect(matchIncident({ ...two, killed: 3, title: 'Three protesters killed in southern Peru' }, [town])).toBeNull();
    // One death is too common a figure to tell events of one country apart.
    const one = mergeReport(null, report({ ...andahuaylas, type: 'repression', killed: 1, title: 'Un fallecido en Andahuaylas tras choque con la policía', summary: '' }));
    expect(matchIncident({ ...two, killed: 1, title: 'One protester killed in southern Peru' }, [one])).toBeNull();
  });

  it('scores the same count of wounded or arrested (5 or more) like the same toll: 10 points', () => {
    const puno = { ...regionOnly, admin1: 'Puno', admin1Code: 'PE-PUN' };
    const juliaca = mergeReport(null, report({ type: 'clash', injured: 14, title: 'Catorce policías heridos tras enfrentamientos en Juliaca', summary: '' }));
    const en = report({ ...puno, type: 'clash', injured: 14, date: '2023-01-10', lang: 'en', outlet: 'B', title: 'Unrest in southern Peru as fourteen officers are hurt', summary: '' });
    const other = { ...en, injured: 13, title: 'Unrest in southern Peru as thirteen officers are hurt' };
    expect(scoreMatch(en, juliaca)!.score - scoreMatch(other, juliaca)!.score).toBeCloseTo(10 + 4.5); // and one shared figure
    expect(matchIncident(en, [juliaca])).toBe(juliaca);
    expect(matchIncident(other, [juliaca])).toBeNull();
    // Fewer than 5 is too common a count.
    const few = mergeReport(null, report({ type: 'clash', injured: 3, title: 'Tres heridos en Juliaca', summary: '' }));
    const three = { ...en, date: '2023-01-09', injured: 3, title: 'Three hurt in southern Peru' };
    const four = { ...en, date: '2023-01-09', injured: 4, title: 'Four hurt in southern Peru' }; // the same day: a higher count the next day is a revision
    expect(scoreMatch(three, few)!.score - scoreMatch(four, few)!.score).toBeCloseTo(4.5);
  });

  it('scores a report the extraction placed nowhere, whose title names the town, as of the same province', () => {
    const santiago = { country: 'CL', admin1: 'Región Metropolitana', admin1Code: 'CL-RM', admin2: null, admin3: null, place: 'Santiago', ubigeo: null, lat: null, lon: null, precision: null };
    const nowhere = { country: null, admin1: null, admin1Code: null, admin2: null, admin3: null, place: null, ubigeo: null, lat: null, lon: null, precision: null };
    const metro = mergeReport(null, report({ ...santiago, type: 'riot', date: '2019-10-18', title: 'Incendian estaciones del Metro en Santiago', summary: '' }));
    const en = report({ ...nowhere, type: 'riot', date: '2019-10-19', lang: 'en', outlet: 'B', title: 'Santiago metro stations set ablaze as fare protests escalate', summary: '' });
    expect(scoreMatch(en, metro)).toMatchObject({ place: 'unknown', placeNamed: true });
    expect(matchIncident(en, [metro])).toBe(metro);
    // Named only in the summary, as a nationwide story lists the cities it reached: no such points.
    const listed = { ...en, title: 'Stations set ablaze as fare protests escalate', summary: 'Fires in Santiago, Valparaíso and Concepción.' };
    expect(scoreMatch(listed, metro)).toMatchObject({ placeNamed: false });
    expect(matchIncident(listed, [metro])).toBeNull();
    // And the other way round: the incident placed nowhere, the report of the town.
    const first = mergeReport(null, report({ ...en, id: 'x1' }));
    expect(scoreMatch(report({ ...santiago, type: 'riot', date: '2019-10-19', title: 'Queman estaciones del Metro de Santiago', summary: '' }), first)).toMatchObject({ placeNamed: true });
  });

  it('gives no such points to a report that names only the country: it is as often about a nationwide event', () => {
    const country = { ...regionOnly, admin1: null, admin1Code: null };
    const r = report({ ...country, type: 'demonstration', lang: 'en', outlet: 'B', title: 'Tens of thousands march against the government across Peru' });
    const town = mergeReport(null, report({ type: 'demonstration', title: 'Miles marchan en Juliaca contra el gobierno' }));
    const national = mergeReport(null, report({ ...country, type: 'demonstration', title: 'Miles marchan en Juliaca contra el gobierno' }));
    expect(scoreMatch(r, town)).toMatchObject({ place: 'country' });
    expect(scoreMatch(r, town)!.score).toBe(scoreMatch(r, national)!.score - 10); // national 20, country 10, no more
  });

  it('gives no such points to a lower toll that no report of the incident gave: another event of the region', () => {
    const puno = { ...regionOnly, admin1: 'Puno', admin1Code: 'PE-PUN' };
    const juliaca = mergeReport(null, report({ type: 'repression', killed: 17, title: 'Enfrentamientos en Juliaca dejan 17 muertos' }));
    const other = report({ ...puno, type: 'repression', killed: 2, lang: 'en', outlet: 'B', title: "Two killed in Peru's Puno region" });
    const same = report({ ...other, killed: 17, title: "Seventeen killed in Peru's Puno region" });
    expect(scoreMatch(same, juliaca)!.score - scoreMatch(other, juliaca)!.score).toBeGreaterThanOrEqual(5);
    expect(matchIncident(other, [juliaca])).toBeNull();
  });
});

describe('a report that names only the country of a town\'s event', () => {
  const country = { ...regionOnly, country: 'CO', admin1: null, admin1Code: null };
  const cali = { country: 'CO', admin1: 'Valle del Cauca', admin1Code: 'CO-VAC', admin2: 'Cali', admin3: null, place: 'Cali', ubigeo: null, lat: null, lon: null, precision: 1 as const };
  const march = mergeReport(null, report({ ...cali, type: 'demonstration', date: '2021-05-12', title: 'Miles marchan en Cali contra la reforma a la salud', summary: '' }));

  it('scores 15 for the place when its text tells no nationwide event, so half the content merges it', () => {
    const en = report({ ...country, type: 'demonstration', lang: 'en', outlet: 'B', date: '2021-05-12', title: 'Thousands rally in Colombia over tax plan', summary: '' });
    expect(scoreMatch(en, march)?.place).toBe('country');
    expect(matchIncident(en, [march])).toBe(march);
  });

  it('scores 10 when it tells of an event across the country (a nationwide march, of which the town\'s is a part)', () => {
    const nationwide = report({ ...country, type: 'demonstration', lang: 'en', outlet: 'C', date: '2021-05-12', title: 'Thousands rally across Colombia over tax plan', summary: 'Rallies were held in a dozen cities.' });
    expect(matchIncident(nationwide, [march])).toBeNull();
    // Either way round: an incident that names only the country, whose headline tells a nationwide march.
    const national = mergeReport(null, report({ ...country, type: 'demonstration', lang: 'en', date: '2021-05-12', title: 'Thousands rally in cities across Colombia over tax plan', summary: '' }));
    const local = report({ ...cali, type: 'demonstration', outlet: 'D', date: '2021-05-12', title: 'Miles marchan en Cali contra la reforma a la salud', summary: '' });
    expect(matchIncident(local, [national])).toBeNull();
  });
});

describe('one outlet\'s clash is another\'s repression', () => {
  it('scores clash against repression as close (20), between the same type and the same family', () => {
    expect(typeRelation('clash', 'repression')).toBe('close');
    expect(typeRelation('repression', 'clash')).toBe('close');
    expect(typeRelation('riot', 'repression')).toBe('family');
    expect(typeRelation('riot', 'clash')).toBe('family');
  });

  it('merges a police break-up of a roadblock, told as a repression at the town and as a clash in the province', () => {
    const jujuy = { country: 'AR', admin1: 'Jujuy', admin1Code: 'AR-Y', admin2: null, admin3: null, ubigeo: null, lat: null, lon: null, actors: ['Policía (Argentina)'] };
    expect(
      merges(
        { ...jujuy, place: 'Purmamarca', precision: 1, type: 'repression', title: 'Represión en Purmamarca: heridos y detenidos en el corte de la ruta 9', summary: 'La policía provincial desalojó con balas de goma a comunidades que cortaban la ruta.' },
        { ...jujuy, place: null, precision: 3, type: 'clash', lang: 'en', outlet: 'B', title: "Police break up indigenous roadblock in Argentina's Jujuy province", summary: 'Officers fired rubber bullets and tear gas to clear a highway blockade by communities.' },
      ),
    ).toBe(true);
  });
});

describe('one outlet\'s riot is another\'s clash', () => {
  it('scores riot against clash as close when the riot is told with a fight, or the clash with burning or looting', () => {
    const riot = mergeReport(null, report({ type: 'riot', title: 'Queman la comisaría de Juliaca', summary: '' }));
    const fight = report({ type: 'clash', lang: 'en', outlet: 'B', title: 'Protesters clash with officers and torch the police station in Juliaca', summary: '' });
    expect(scoreMatch(fight, riot)).toMatchObject({ type: 'close' });
    expect(matchIncident(fight, [riot])).toBe(riot);
    const withStones = mergeReport(null, report({ type: 'riot', title: 'Vándalos atacan locales del centro de Juliaca a pedradas', summary: '' }));
    expect(scoreMatch(report({ type: 'clash', title: 'Choques en Juliaca', summary: '' }), withStones)).toMatchObject({ type: 'close' });
  });

  it('keeps a looting and a fight with stones at the bridge of one town and day apart: the same family only', () => {
    const looting = mergeReport(null, report({ type: 'riot', title: 'Saquean un supermercado en Juliaca', summary: 'Decenas de personas sacaron mercadería.' }));
    const bridge = report({ type: 'clash', lang: 'en', outlet: 'B', title: 'Protesters and police fight with stones on Juliaca bridge', summary: '' });
    expect(scoreMatch(bridge, looting)).toMatchObject({ type: 'family' });
    expect(matchIncident(bridge, [looting])).toBeNull();
  });
});

describe('a report of casualties the extraction read as a march', () => {
  it('merges with the clash whose wounded it counts, the next day', () => {
    expect(
      merges(
        { ...cusco, type: 'clash', injured: 30, date: '2023-01-12', title: 'Enfrentamientos en Cusco dejan 30 heridos', summary: 'Los agentes respondieron con bombas lacrimógenas.' },
        { ...cusco, type: 'demonstration', injured: 37, date: '2023-01-13', outlet: 'B', title: 'Minsa: 37 heridos dejó la jornada de protesta en Cusco', summary: 'Entre los heridos hay 12 policías.' },
      ),
    ).toBe(true);
  });
});

describe('a report that says in words that people were hurt, read as a march', () => {
  it('is close to a clash: "riot police injure a dozen" and "12 heridos", the next day', () => {
    const bogota = { country: 'CO', admin1: 'Bogota', admin1Code: 'CO-DC', admin2: null, admin3: null, place: 'Bogota', ubigeo: null, lat: null, lon: null };
    const clash = mergeReport(null, report({ ...bogota, type: 'clash', injured: 12, date: '2021-05-03', title: 'Enfrentamientos en el Portal Américas dejan 12 heridos', summary: 'El Esmad usó gases contra los manifestantes.' }));
    const r = report({ ...bogota, type: 'demonstration', date: '2021-05-04', lang: 'en', outlet: 'B', title: "Riot police injure a dozen protesters in Bogota's Kennedy district", summary: 'Rights groups accused the riot squad of firing stun grenades.' });
    expect(scoreMatch(r, clash)).toMatchObject({ type: 'close' });
    expect(matchIncident(r, [clash])).toBe(clash);
  });
});

describe('a funeral or a vigil is not the deaths it mourns', () => {
  const deaths = { type: 'repression' as const, killed: 8, title: 'Senkata: ocho muertos en el desbloqueo de la planta', summary: '' };

  it('keeps a funeral march of the next day apart from the deaths, even as a clash with tear gas', () => {
    const funeral = { type: 'clash' as const, date: '2023-01-10', lang: 'en', outlet: 'B', title: 'Police tear-gas funeral procession for the eight killed', summary: '' };
    expect(scoreMatch(report(funeral), mergeReport(null, report(deaths)))).toMatchObject({ mourningConflict: true });
    expect(merges(deaths, funeral)).toBe(false);
    // The other way round: deaths reported after the funeral's incident was made.
    expect(merges(funeral, { ...deaths, date: '2023-01-10' })).toBe(false);
  });

  it('does not count it against two reports of one funeral or one vigil', () => {
    const a = { type: 'demonstration' as const, title: 'Multitudinaria marcha fúnebre en Juliaca', summary: '' };
    const b = { type: 'demonstration' as const, lang: 'en', outlet: 'B', title: 'Mourners march through Juliaca carrying coffins', summary: '' };
    expect(scoreMatch(report(b), mergeReport(null, report(a)))).toMatchObject({ mourningConflict: false });
    expect(merges(a, b)).toBe(true);
  });
});

describe('a day apart', () => {
  const day1 = { type: 'clash' as const, date: '2023-01-12', title: 'Enfrentamientos cerca del aeropuerto de Juliaca dejan 30 heridos', summary: '' };

  it('merges a late report of the next day that shares little content (10 points for a day apart, 5 for a running strike)', () => {
    const late = { type: 'clash' as const, date: '2023-01-13', lang: 'en', outlet: 'B', title: 'Dozens hurt in Juliaca unrest', summary: '' };
    expect(scoreMatch(report(late), mergeReport(null, report(day1)))).toMatchObject({ date: 'adjacent', score: expect.closeTo(75, 0) });
    expect(merges(day1, late)).toBe(true);
  });

  it('keeps the same type at the same town the next day apart when nothing is shared', () => {
    const other = { type: 'clash' as const, date: '2023-01-13', outlet: 'B', title: 'Comerciantes y ambulantes se pelean en la avenida principal', summary: '' };
    expect(scoreMatch(report(other), mergeReport(null, report(day1)))).toMatchObject({ date: 'adjacent', content: 0, score: 65 });
    expect(merges(day1, other)).toBe(false);
  });
});
