import { describe, expect, it } from 'vitest';
import { extractCounts, normalize, parseNumber } from '../../../lib/extract';
import { fold } from '../../../lib/gazetteer';

const counts = (text: string) => {
  const c = extractCounts(fold(text), text);
  return { killed: c.killed, injured: c.injured, detained: c.detained };
};
const event = (title: string, summary = '') => normalize({ title, summary, published: '2023-01-10T12:00:00-05:00' });

describe('parseNumber', () => {
  it('reads digits and number words in Spanish and English', () => {
    expect(parseNumber('17')).toBe(17);
    expect(parseNumber('diecisiete')).toBe(17);
    expect(parseNumber('veintidos')).toBe(22);
    expect(parseNumber('treinta y dos')).toBe(32);
    expect(parseNumber('nineteen')).toBe(19);
    expect(parseNumber('twenty-one')).toBe(21);
    expect(parseNumber('decenas')).toBeNull();
  });
});

describe('counts', () => {
  it('reads killed, injured and detained in digits and words', () => {
    expect(counts('Enfrentamientos dejan diecisiete muertos y 40 heridos')).toEqual({ killed: 17, injured: 40, detained: null });
    expect(counts('Nineteen protesters were killed and 12 people arrested')).toEqual({ killed: 19, injured: null, detained: 12 });
    expect(counts('La policía detuvo a doce manifestantes')).toEqual({ killed: null, injured: null, detained: 12 });
    expect(counts('Police detained 25 students')).toEqual({ killed: null, injured: null, detained: 25 });
  });

  it('reads one person from an article and a noun', () => {
    expect(counts('Juliaca: un policía muere tras ser atacado')).toMatchObject({ killed: 1 });
    expect(counts('Muere un manifestante en Andahuaylas')).toMatchObject({ killed: 1 });
    expect(counts('A protester was shot dead near the airport')).toMatchObject({ killed: 1 });
    expect(counts('Man shot dead as police clear blockade')).toMatchObject({ killed: 1 });
    expect(counts('Otro manifestante resultó herido de bala')).toMatchObject({ injured: 1 });
  });

  it('leaves vague amounts null and does not invent', () => {
    expect(counts('Decenas de heridos y cientos de detenidos')).toEqual({ killed: null, injured: null, detained: null });
    expect(counts('Dozens were injured and several people arrested')).toEqual({ killed: null, injured: null, detained: null });
    expect(counts('Varias personas resultaron heridas')).toEqual({ killed: null, injured: null, detained: null });
    expect(counts('Miles marchan en Juliaca el lunes 9')).toEqual({ killed: null, injured: null, detained: null });
  });

  it('reads an explicit none as zero', () => {
    expect(counts('La Policía informó que no hubo heridos ni detenidos')).toEqual({ killed: null, injured: 0, detained: 0 });
    expect(counts('No one was hurt, police said')).toMatchObject({ injured: 0 });
  });

  it('takes a revised toll for the same incident', () => {
    expect(event('Second protester dies in Macusani', 'The man was shot during protests; police opened fire on the crowd.')?.killed).toBe(2);
    expect(counts('A man died in hospital, bringing to three the number killed in the town')).toMatchObject({ killed: 3 });
  });

  it('does not count cumulative tolls or the deaths of an earlier incident', () => {
    const e = event('Bloquean la carretera en Ilave', 'Ya son más de sesenta los muertos desde diciembre en todo el país.');
    expect(e?.type).toBe('roadblock');
    expect(e?.killed).toBeNull();
    const vigil = event('Vigilia en Juliaca por los 18 muertos del 9 de enero');
    expect(vigil?.type).toBe('demonstration');
    expect(vigil?.killed).toBeNull();
    const funeral = event('Thousands carry coffins through Juliaca', 'They mourned the seventeen people killed on Monday.');
    expect(funeral?.killed).toBeNull();
  });
});

describe('counts: ninth-round mechanisms (wording of our own)', () => {
  it('one death word after "un / una" is one killed, in both languages', () => {
    expect(counts('Choques en Tacna dejan una fallecida y varios heridos')).toMatchObject({ killed: 1 });
    expect(counts('Ayacucho: reportan un fallecido durante la marcha')).toMatchObject({ killed: 1 });
    expect(counts('Familiares de un fallecido piden justicia'.replace('un fallecido', 'los fallecidos'))).toMatchObject({ killed: null });
  });

  it('one person killed in the passive: "fue abatido", "was shot dead"', () => {
    expect(counts('Un comunero fue abatido por la policía en el puente')).toMatchObject({ killed: 1 });
    expect(counts('Durante el desalojo, el dirigente fue abatido de un disparo')).toMatchObject({ killed: 1 });
    expect(counts('The union leader was shot dead outside the mine gate')).toMatchObject({ killed: 1 });
    expect(counts('El dirigente no fue abatido, aclaró la policía')).toMatchObject({ killed: null });
    expect(counts('The driver was not shot dead, police said')).toMatchObject({ killed: null });
  });

  it('drowning is a death count (the classifier decides the type)', () => {
    expect(counts('Three miners drowned while crossing the river')).toMatchObject({ killed: 3 });
    expect(counts('Cuatro pescadores se ahogaron al cruzar el río'.replace('pescadores', 'personas'))).toMatchObject({ killed: 4 });
    expect(counts('Floods drown crops across the valley')).toMatchObject({ killed: null });
  });

  it('"other / more" between the figure and the people', () => {
    expect(counts('Two officers were hurt and at least five other people were injured')).toMatchObject({ injured: 7 });
    expect(counts('Nine more protesters were wounded overnight')).toMatchObject({ injured: 9 });
  });

  it('being treated for gas, burns or injuries is injured; no figure gives nothing', () => {
    expect(counts('Seven students were treated for tear gas inhalation at the clinic')).toMatchObject({ injured: 7 });
    expect(counts('Three protesters were treated in hospital for burns')).toMatchObject({ injured: 3 });
    expect(counts('Cinco vecinos fueron atendidos por inhalación de gases')).toMatchObject({ injured: 5 });
    expect(counts('Ocho personas fueron atendidas en el hospital regional')).toMatchObject({ injured: 8 });
    expect(counts('Medics treated protesters for gas inhalation')).toMatchObject({ injured: null });
    expect(counts('The clinic treated 40 patients for flu last week')).toMatchObject({ injured: null });
  });

  it('a toll revised with "llegar a", "reach", "son N los fallecidos"', () => {
    expect(counts('Con la muerte del herido, la cifra de fallecidos llega a siete')).toMatchObject({ killed: 7 });
    expect(counts('The death toll in the town reached 11 on Friday')).toMatchObject({ killed: 11 });
    expect(counts('Puno: ya son cinco los fallecidos en el puente')).toMatchObject({ killed: 5 });
    expect(counts('Los manifestantes llegaron a 18 distritos; no hubo muertos'.replace('; no hubo muertos', ''))).toMatchObject({ killed: null });
    expect(counts('The toll reached 30 days of strike')).toMatchObject({ killed: null });
  });

  it('security forces named after the figure among the injured', () => {
    const c = extractCounts(fold('Marcha termina con heridos. Entre los heridos figuran 9 agentes'), '');
    expect(c.injured).toBe(9);
    expect(c.securityInjured).toBe(true);
    const e = extractCounts(fold('Among the wounded were four soldiers'), '');
    expect(e.injured).toBe(4);
    expect(e.securityInjured).toBe(true);
    expect(extractCounts(fold('Entre los heridos hay niños y ancianos'), '').injured).toBeNull();
  });

  it('English "arrest N" / "arrested N", not a year, a share or "under arrest"', () => {
    expect(counts('Troops clear the plaza and arrest 64')).toMatchObject({ detained: 64 });
    expect(counts('Police arrested 31 students at the campus')).toMatchObject({ detained: 31 });
    expect(counts('He was placed under arrest 2 days later')).toMatchObject({ detained: null });
    expect(counts('Police arrest 2019 suspect')).toMatchObject({ detained: null });
  });

  it('"a dozen" is twelve, "dozens" stays vague; the force as the subject of "injure"', () => {
    expect(counts('Troops injure a dozen villagers at the bridge')).toMatchObject({ injured: 12 });
    expect(counts('Una docena de detenidos tras el desalojo')).toMatchObject({ detained: 12 });
    expect(counts('Decenas de detenidos tras el desalojo')).toMatchObject({ detained: null });
    expect(counts('Dozens were injured in the clashes')).toMatchObject({ injured: null });
    expect(counts('A dozen or more people were hurt')).toMatchObject({ injured: null });
    expect(counts('Police wounded 14 students near the campus')).toMatchObject({ injured: 14 });
  });
});
