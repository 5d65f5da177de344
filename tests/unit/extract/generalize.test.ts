// Behaviours added while generalizing beyond the dev set: each case is a rule, not a memorized item.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', published = '2023-01-10T12:00:00-05:00') => normalize({ title, summary, published });

describe('location', () => {
  it('places a list or a corridor of towns at their region, or only the country', () => {
    expect(ev('Paro agrario: bloquean la Panamericana Sur en Chincha y Pisco')).toMatchObject({ admin1: 'Ica', place: null });
    expect(ev('Transport strike paralyses Quito and Guayaquil')).toMatchObject({ country: 'EC', admin1: null, place: null });
    expect(ev('Paro de transportistas paraliza Lima y Callao')).toMatchObject({ admin1Code: 'PE-LIM', place: 'Lima' });
  });

  it('puts the event where it happened, not where a minister spoke', () => {
    expect(ev('Ministro habla desde Lima sobre los bloqueos en Puno', 'La vía Juliaca-Puno está bloqueada por comuneros desde el sábado.')).toMatchObject({ admin1: 'Puno' });
  });

  it('reads landmarks and infers the country from well-known names', () => {
    expect(ev('Intentan tomar el aeropuerto Alfredo Rodríguez Ballón; policía lanza gases')).toMatchObject({ admin1: 'Arequipa', place: 'Arequipa' });
    expect(ev('Queman estaciones del Metro en Santiago', 'Carabineros detuvo a decenas de personas.')).toMatchObject({ country: 'CL', place: 'Santiago' });
    expect(ev('Evistas bloquean la carretera en Santa Cruz')).toMatchObject({ country: 'BO' });
  });
});

describe('type and counts', () => {
  it('takes a revised toll for this incident and leaves national tallies out', () => {
    expect(ev('Asciende a diez la cifra de fallecidos en Huamanga tras los enfrentamientos', 'La Defensoría contabiliza ya 18 muertos desde el inicio de las protestas en el país.')?.killed).toBe(10);
    expect(ev('Death toll in Peru’s Ayacucho clashes rises to eight', 'Soldiers fired on protesters near the airport.')?.killed).toBe(8);
  });

  it('counts deaths in a vigil title as an earlier incident, but not when the vigil is only in the summary', () => {
    expect(ev('Vigilia en Juliaca por los 17 muertos')).toMatchObject({ type: 'demonstration', killed: null });
    expect(ev('Three killed as police open fire in Cali', 'Officers fired live rounds during a candlelight vigil.')).toMatchObject({ type: 'repression', killed: 3 });
  });

  it('does not read a landslide, a book or a background mention as a protest', () => {
    expect(ev('Huaico bloquea la vía Cusco-Quillabamba')).toBeNull();
    expect(ev('Presentan libro sobre las huelgas mineras del siglo XX')).toBeNull();
    expect(ev('Transmilenio opera con normalidad tras las protestas de ayer')).toBeNull();
  });

  it('reads thousands separators and mass arrests in a raid', () => {
    expect(ev('Policía desmantela campamento y detiene a 1.200 personas en Brasilia')).toMatchObject({ type: 'repression', detained: 1200 });
  });
});
