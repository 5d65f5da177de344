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
