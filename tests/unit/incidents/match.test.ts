import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, matchIncident, mergeReport, placeRelation, scoreMatch } from '../../../lib/incidents';
import { contentTokens, fold } from '../../../lib/incidents/text';
import type { Incident, Report } from '../../../lib/types';
import { report } from './helpers';

const inc = (over: Partial<Report> = {}): Incident => mergeReport(null, report(over));

const clashEs = {
  type: 'clash' as const,
  lang: 'es',
  outlet: 'Los Andes',
  title: 'Enfrentamientos en el puente Maravillas de Juliaca',
  summary: 'Manifestantes y agentes se enfrentaron con piedras y gases lacrimógenos durante varias horas.',
};
const clashEn = {
  type: 'clash' as const,
  lang: 'en',
  outlet: 'Andean Monitor',
  title: "Protesters and riot police fight running battles in Peru's Juliaca",
  summary: 'Several people were hurt as crowds faced off with officers on a bridge in the southern city.',
};

describe('matchIncident', () => {
  it('merges the same clash reported in Spanish and English with different words, same place and day', () => {
    const es = inc(clashEs);
    const en = report(clashEn);
    expect(matchIncident(en, [es])).toBe(es);
    expect(scoreMatch(en, es)).toMatchObject({ type: 'same', place: 'locality', date: 'inside' });
  });

  it('keeps a morning march and a clash at the airport of the same city on the same day apart', () => {
    const march = inc({
      type: 'demonstration',
      title: 'Miles marchan pacíficamente por el centro de Juliaca',
      summary: 'La movilización partió de la plaza de Armas por la mañana y exigió la renuncia de la presidenta.',
    });
    const airport = report({
      type: 'clash',
      title: 'Enfrentamientos en el aeropuerto Inca Manco Cápac de Juliaca',
      summary: 'Un grupo intentó tomar la pista de aterrizaje y fue repelido con gases lacrimógenos.',
    });
    expect(matchIncident(airport, [march])).toBeNull();
    expect(matchIncident(report({ ...march, id: 'march-2', type: 'demonstration', title: march.title }), [inc(airport)])).toBeNull();
  });

  it('merges a violent and a peaceful report only at the same town with nearly the same content', () => {
    const text = { title: 'Marcha de docentes por la plaza de Armas de Juliaca exige aumento salarial', summary: '' };
    const clash = inc({ ...text, type: 'clash' });
    const march = {
      type: 'demonstration' as const,
      title: 'Docentes marchan en Juliaca por aumento salarial',
      summary: 'La marcha de docentes recorrió la plaza de Armas y exige aumento salarial.',
    };
    expect(matchIncident(report(march), [clash])).toBe(clash);
    const sameProvince = { admin3: null, place: null, precision: 2 as const };
    expect(matchIncident(report({ ...march, ...sameProvince }), [clash])).toBeNull();
  });

  it('counts a peaceful type with deaths, wounded or violent words as violent', () => {
    const clash = inc({ type: 'repression', killed: 2, title: 'Andahuaylas: dos muertos durante enfrentamientos con la policía en el aeródromo' });
    const confirm = report({ type: 'demonstration', killed: 2, outlet: 'B', title: 'Defensoría confirma dos fallecidos en Andahuaylas y pide calma' });
    // Casualties of its own make it close to a clash or a repression; violent words alone, the violent family.
    expect(scoreMatch(confirm, clash)?.type).toBe('close');
    expect(matchIncident(confirm, [clash])).toBe(clash);
    expect(scoreMatch({ ...confirm, killed: null, title: 'Defensoría pide calma tras los disparos' }, clash)?.type).toBe('family');
    expect(scoreMatch({ ...confirm, killed: 2 }, { ...clash, type: 'riot' })?.type).toBe('family');
    expect(scoreMatch({ ...confirm, killed: null, title: 'Defensoría pide calma' }, clash)?.type).toBe('cross');
  });

  it('merges two reports of one nationwide strike in two languages, and keeps two strikes of other workers apart', () => {
    const national = { admin1: null, admin1Code: null, admin2: null, admin3: null, place: null, lat: null, lon: null, precision: null, type: 'strike' as const };
    const doctors = inc({ ...national, title: 'Médicos del Minsa inician huelga nacional indefinida' });
    const en = report({ ...national, lang: 'en', title: "Peru's public doctors begin open-ended nationwide walkout" });
    expect(scoreMatch(en, doctors)).toMatchObject({ place: 'national' });
    expect(matchIncident(en, [doctors])).toBe(doctors);
    const miners = report({ ...national, title: 'Mineros artesanales acatan paro en el sur contra el Reinfo' });
    expect(matchIncident(miners, [doctors])).toBeNull();
  });

  it('merges a raised toll published the next day, which would otherwise need shared content', () => {
    const first = inc({ type: 'repression', title: 'Dos muertos en choques con la policía cerca del aeródromo', killed: 2 });
    const late = { type: 'repression' as const, date: '2023-01-10', title: 'Hospital confirma tres víctimas' };
    expect(matchIncident(report({ ...late, killed: 3 }), [first])).toBe(first);
    // The same toll (two or more) counts too (SAME_TOLL_POINTS); a lower one that no report gave does not.
    expect(matchIncident(report({ ...late, killed: 2 }), [first])).toBe(first);
    expect(matchIncident(report({ ...late, killed: 1 }), [first])).toBeNull();
  });

  it('keeps reports three days apart apart, even with the same words', () => {
    const first = inc({ ...clashEs, date: '2023-01-09' });
    expect(matchIncident(report({ ...clashEs, date: '2023-01-12' }), [first])).toBeNull();
    expect(scoreMatch(report({ ...clashEs, date: '2023-01-12' }), first)).toBeNull();
  });

  it('merges a report of the next or previous day that says the same thing', () => {
    const day1 = inc({
      type: 'strike',
      date: '2023-01-09',
      title: 'Juliaca inicia paro indefinido; mercados cerrados',
    });
    const day2 = report({
      type: 'strike',
      date: '2023-01-10',
      title: 'Segundo día del paro indefinido en Juliaca',
      summary: 'Los mercados siguen cerrados y no hay transporte.',
    });
    expect(matchIncident(day2, [day1])).toBe(day1);
    expect(matchIncident({ ...day2, date: '2023-01-08' }, [day1])).toBe(day1);
    // A day apart with nothing in common but the type and the town is another event.
    const other = report({ type: 'strike', date: '2023-01-10', title: 'Docentes de Juliaca acatan huelga por salarios' });
    expect(scoreMatch(other, day1)?.date).toBe('adjacent');
    expect(matchIncident(other, [day1])).toBeNull();
  });

  it('a day after a multi-day incident is adjacent, inside it is the same day', () => {
    const strike = mergeReport(inc({ type: 'strike', date: '2023-01-04' }), report({ type: 'strike', date: '2023-01-08' }));
    expect(scoreMatch(report({ type: 'strike', date: '2023-01-06' }), strike)?.date).toBe('inside');
    expect(scoreMatch(report({ type: 'strike', date: '2023-01-09' }), strike)?.date).toBe('adjacent');
    // Two days after: a strike report only as `later` (laterStoppage), any other type not at all.
    expect(scoreMatch(report({ type: 'strike', date: '2023-01-10' }), strike)?.date).toBe('later');
    const march = mergeReport(inc({ type: 'demonstration', date: '2023-01-04' }), report({ type: 'demonstration', date: '2023-01-08' }));
    expect(scoreMatch(report({ type: 'demonstration', date: '2023-01-10' }), march)).toBeNull();
  });

  it('keeps clashes in two different towns of one region apart', () => {
    const juliaca = inc(clashEs);
    const puno = report({ ...clashEs, admin2: 'Puno', admin3: 'Puno', place: 'Puno', lat: -15.84, lon: -70.02, title: 'Enfrentamientos en el puente de Puno' });
    expect(matchIncident(puno, [juliaca])).toBeNull();
  });

  it('needs more shared content the weaker the place', () => {
    const regionOnly = { admin2: null, admin3: null, place: null, ubigeo: null, lat: null, lon: null, precision: 3 as const };
    const a = inc({ ...regionOnly, type: 'strike', title: 'Puno acata paro indefinido contra el Gobierno' });
    const sameWords = report({ ...regionOnly, type: 'strike', title: 'Paro indefinido en Puno: acatan la medida', outlet: 'B' });
    const otherWords = report({ ...regionOnly, type: 'strike', title: 'Transportistas de carga anuncian huelga', outlet: 'B' });
    expect(scoreMatch(sameWords, a)?.place).toBe('admin1');
    expect(matchIncident(sameWords, [a])).toBe(a);
    expect(matchIncident(otherWords, [a])).toBeNull();
  });

  it('measures a report in another language than every headline over what both languages can share', () => {
    const regionOnly = { admin2: null, admin3: null, place: null, ubigeo: null, lat: null, lon: null, precision: 3 as const, type: 'strike' as const };
    const es = inc({ ...regionOnly, title: 'Puno cumple el paro exigiendo la liberación de sus dirigentes con el comercio cerrado' });
    const enSummary = 'Shops stayed shut and residents barricaded streets in the regional capital.';
    const en = report({ ...regionOnly, lang: 'en', outlet: 'B', title: "Peru's Puno paralyzed by indefinite strike over jailed leaders", summary: enSummary });
    // Over all tokens 4 of 7 (0.57); over the concepts and names either language can share, 4 of 5 (the strike, the
    // leaders, the shops, closed; not "cumple" or "liberación"), at least CROSS_LANGUAGE_FLOOR (4).
    expect(scoreMatch(en, es)?.content).toBeCloseTo(0.8, 5);
    expect(matchIncident(en, [es])).toBe(es);
    // One shared concept (the strike) is not enough: 1 of 4.
    const other = report({ ...regionOnly, lang: 'en', outlet: 'C', title: "Teachers in Peru's Puno stage strike over unpaid wages", summary: 'Classes were suspended in several schools.' });
    expect(matchIncident(other, [es])).toBeNull();
    // A Spanish report is measured over all its tokens as before.
    const sameLang = report({ ...regionOnly, lang: 'es', outlet: 'D', title: 'Puno paralizado por paro indefinido tras encarcelamiento de líderes', summary: 'Tiendas cerraron y vecinos levantaron barricadas en la capital regional.' });
    expect(scoreMatch(sameLang, es)?.content).toBeCloseTo(4 / 7, 5);
    // Once the incident has a headline in the report's language, so is the English report.
    const both = mergeReport(es, report({ ...regionOnly, lang: 'en', outlet: 'E', title: 'Strike in Puno: shops closed for the day' }));
    expect(scoreMatch(en, both)?.content).toBeCloseTo(4 / 7, 5);
  });

  it('counts shared figures and actors as shared content', () => {
    const province = { admin3: null, place: null, ubigeo: null, lat: null, lon: null, precision: 2 as const };
    const a = inc({ ...province, type: 'repression', title: 'Represión deja 17 muertos y 40 heridos', killed: 17, injured: 40, actors: ['Ejército'] });
    const b = report({ ...province, type: 'repression', title: 'Army opens fire on crowds', killed: 17, injured: 40, actors: ['ejercito'] });
    const c = report({ ...province, type: 'repression', title: 'Army opens fire on crowds', killed: 3, actors: [] });
    expect(scoreMatch(b, a)).toMatchObject({ place: 'admin2', content: expect.closeTo(0.4, 5) });
    expect(scoreMatch(c, a)).toMatchObject({ place: 'admin2', content: 0 });
    expect(matchIncident(b, [a])).toBe(a);
    expect(matchIncident(c, [a])).toBeNull();
  });

  it('returns the incident that already holds the report, whatever else scores', () => {
    const r = report(clashEs);
    const holder = { ...inc({ ...clashEs, type: 'demonstration', admin1Code: 'PE-CUS' }), reportIds: [r.id] };
    const better = inc(clashEs);
    expect(matchIncident(r, [better, holder])).toBe(holder);
  });

  it('picks the best-scoring candidate, ties broken by id', () => {
    const weak = inc({ type: 'riot', title: 'Saquean tiendas' });
    const strong = inc(clashEs);
    const r = report({ ...clashEs, outlet: 'Other' });
    expect(matchIncident(r, [weak, strong])).toBe(strong);
    const twinA = { ...strong, id: 'inc_a' };
    const twinB = { ...strong, id: 'inc_b' };
    expect(matchIncident(r, [twinB, twinA])).toBe(twinA);
    expect(matchIncident(r, [])).toBeNull();
  });

  it('scores the same type at the same town on the same day exactly at the threshold', () => {
    const s = scoreMatch(report({ title: 'aaa', summary: '' }), inc({ title: 'bbb' }));
    expect(s).toMatchObject({ content: 0, score: MATCH_THRESHOLD });
  });
});

describe('a report the extraction placed elsewhere, whose text names the incident\'s town (namesTownAcross)', () => {
  const chincha = { country: 'PE', admin1: 'Ica', admin1Code: 'PE-ICA', admin2: 'Chincha', admin3: 'Chincha Alta', place: 'Chincha', lat: null, lon: null, precision: 1 as const };
  const lima = { country: 'PE', admin1: 'Lima', admin1Code: 'PE-LIM', admin2: 'Lima', admin3: 'Lima', place: 'Lima', lat: null, lon: null, precision: 1 as const };
  const blockade = inc({ ...chincha, type: 'roadblock', date: '2022-12-12', title: 'Agricultores bloquean la Panamericana Sur en Chincha y cientos de camiones quedan varados' });
  const en = report({
    ...lima, type: 'roadblock', lang: 'en', date: '2022-12-12', outlet: 'B',
    title: "Farm workers block Peru's Pan-American highway south of Lima",
    summary: 'Hundreds of trucks were stranded near Chincha as growers kept the road shut.',
  });

  it('joins the same type on the same day when they share content', () => {
    expect(scoreMatch(en, blockade)).toMatchObject({ across: true, place: 'unknown' });
    expect(matchIncident(en, [blockade])).toBe(blockade);
  });

  it('not when the text does not name the town, nor on another day, nor another type, nor with little content shared', () => {
    expect(matchIncident({ ...en, id: 'y1', summary: 'Hundreds of trucks were stranded as growers kept the road shut.' }, [blockade])).toBeNull();
    expect(matchIncident({ ...en, id: 'y2', date: '2022-12-13' }, [blockade])).toBeNull();
    expect(matchIncident({ ...en, id: 'y3', type: 'demonstration' }, [blockade])).toBeNull();
    const march = report({ ...lima, type: 'roadblock', date: '2022-12-12', title: 'Transportistas bloquean la avenida Abancay', summary: 'Llegaron desde Chincha.' });
    expect(scoreMatch(march, blockade)).toBeNull();
  });
});

describe('scoreMatch: what is kept between versions of an incident', () => {
  it('scores an incident version the same whether or not a later version was scored since', () => {
    const v1 = inc({ ...clashEs, title: 'Enfrentamientos en el puente de Juliaca', killed: 2 });
    const later = (title: string, summary = '') => report({ ...clashEs, title, summary, date: '2023-01-10' });
    const probe = later('Dos muertos en enfrentamientos en el puente de Juliaca');
    const fresh = scoreMatch(probe, structuredClone(v1));
    expect(fresh).not.toBeNull();
    expect(scoreMatch(probe, v1)).toEqual(fresh);
    // v2 gets a headline about the airport: its features are made from v1's, which v1 must not keep.
    const v2 = mergeReport(v1, report({ ...clashEs, title: 'Manifestantes toman el aeropuerto Inca Manco Cápac', killed: 5 }));
    const airport = later('Bloqueo en el aeropuerto', 'Toman el aeropuerto Inca Manco Cápac de Juliaca');
    expect(scoreMatch(airport, v2)).toEqual(scoreMatch(airport, structuredClone(v2)));
    expect(scoreMatch(airport, v2)?.siteConflict).toBe(false);
    expect(scoreMatch(airport, v1)?.siteConflict).toBe(true);
    expect(scoreMatch(probe, v1)).toEqual(fresh);
    expect(scoreMatch(airport, v1)).toEqual(scoreMatch(airport, structuredClone(v1)));
  });
});

describe('placeRelation', () => {
  const p = (over: Partial<Report>) => report(over);

  it('matches towns by name, without accents or case', () => {
    expect(placeRelation(p({ place: 'Ayacucho', admin3: null }), p({ place: null, admin3: 'AYACUCHO' }))).toBe('locality');
    expect(placeRelation(p({ place: 'Ilave', admin3: null }), p({ place: 'Ilavé', admin3: null }))).toBe('locality');
  });

  it('uses coordinates within 25 km when both are precise', () => {
    const a = p({ place: 'Cercado de Lima', admin3: null, admin2: 'Lima', admin1Code: 'PE-LMA', lat: -12.046, lon: -77.043, precision: 1 });
    const b = p({ place: 'Miraflores', admin3: null, admin2: 'Lima', admin1Code: 'PE-LMA', lat: -12.121, lon: -77.03, precision: 1 });
    expect(placeRelation(a, b)).toBe('near');
    expect(placeRelation(a, { ...b, precision: 3 })).toBe('conflict');
    expect(placeRelation(a, { ...b, lat: -11.1, lon: -77.6 })).toBe('conflict');
  });

  it('falls back to the province, the region and the country when one side knows less', () => {
    const town = p({});
    const province = p({ admin3: null, place: null, lat: null, lon: null, precision: 2 });
    const region = p({ admin2: null, admin3: null, place: null, lat: null, lon: null, precision: 3 });
    const country = p({ admin1: null, admin1Code: null, admin2: null, admin3: null, place: null, lat: null, lon: null, precision: null });
    expect(placeRelation(town, province)).toBe('admin2');
    expect(placeRelation(town, region)).toBe('admin1');
    expect(placeRelation(town, country)).toBe('country');
    expect(placeRelation(country, country)).toBe('national');
    expect(placeRelation({ ...country, country: null }, country)).toBe('unknown');
  });

  it('sees different provinces, regions or countries as different places', () => {
    expect(placeRelation(p({}), p({ admin2: 'Puno', admin3: null, place: null, lat: null, lon: null }))).toBe('conflict');
    expect(placeRelation(p({}), p({ admin1Code: 'PE-CUS', admin1: 'Cusco' }))).toBe('conflict');
    expect(placeRelation(p({}), p({ country: 'BO' }))).toBe('conflict');
  });
});

describe('fold', () => {
  it('drops accents and combining marks, lower-cases, and keeps other characters', () => {
    expect(fold('Policía ÑAÑA')).toBe('policia nana');
    expect(fold('Polici\u0301a')).toBe('policia');
    expect(fold('\uFEFFPerú 😀')).toBe('\uFEFFperu 😀');
    expect(fold('ΟΔΟΣ')).toBe('οδος');
  });
});

describe('contentTokens', () => {
  it('folds accents, drops stop and generic words, joins Spanish and English concepts', () => {
    expect([...contentTokens('Los manifestantes quemaron la comisaría')]).toEqual(['~burn', '~policestation']);
    expect([...contentTokens('Protesters torched the police station')]).toEqual(['~burn', '~policestation']);
    expect(contentTokens('Congreso')).toEqual(contentTokens('Congress'));
    expect([...contentTokens('El 9 de enero de 2023')]).toEqual([]);
  });
});
