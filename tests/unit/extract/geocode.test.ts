import { describe, expect, it } from 'vitest';
import { geocode, normalize } from '../../../lib/extract';

const loc = (title: string, summary = '') => {
  const text = summary ? `${title}\n${summary}` : title;
  const { cues: _cues, ...rest } = geocode(text, title.length);
  return rest;
};

describe('geocode', () => {
  it('places Juliaca in San Román, Puno, at town precision', () => {
    expect(loc('Miles marchan en Juliaca')).toMatchObject({
      country: 'PE', admin1: 'Puno', admin1Code: 'PE-PUN', admin2: 'San Román', admin3: 'Juliaca', place: 'Juliaca',
      ubigeo: '211101', precision: 1,
    });
  });

  it('reads Lima as the city, under PE-LIM', () => {
    expect(loc('Enfrentamientos en el Centro de Lima')).toMatchObject({ admin1Code: 'PE-LIM', place: 'Lima', precision: 1 });
  });

  it('places Bolivian and Chilean cities', () => {
    expect(loc('Cocaleros bloquean accesos a Cochabamba')).toMatchObject({ country: 'BO', admin1Code: 'BO-C', place: 'Cochabamba', precision: 1 });
    expect(loc('Marcha en Valparaíso termina con detenidos')).toMatchObject({ country: 'CL', admin1: 'Valparaíso', precision: 1 });
    expect(loc('Students march in Concepción, Chile')).toMatchObject({ country: 'CL', admin1Code: 'CL-BI', place: 'Concepción' });
  });

  it('gives a province precision 2 and a department precision 3', () => {
    expect(loc('Comuneros de Chumbivilcas bloquean el corredor minero')).toMatchObject({ admin1: 'Cusco', admin2: 'Chumbivilcas', place: null, precision: 2 });
    expect(loc('Paro indefinido en la región Puno')).toMatchObject({ admin1: 'Puno', place: null, precision: 3 });
  });

  it('refines a region named first to the town where it happened', () => {
    expect(loc('Madre de Dios: bloquean la Interoceánica en Puerto Maldonado')).toMatchObject({ admin1: 'Madre de Dios', place: 'Puerto Maldonado' });
  });

  it('prefers where the event happened to where people came from', () => {
    expect(loc('Ronderos llegan a Lima y marchan al Congreso', 'Llegaron procedentes de Cajamarca y Piura.')).toMatchObject({ admin1Code: 'PE-LIM', place: 'Lima' });
    expect(loc('Farmworkers block highway in Ica', 'Bolivian truckers in La Paz complained.')).toMatchObject({ admin1: 'Ica', place: 'Ica' });
  });

  it('gives only the country when no place is named, and infers it from the actors', () => {
    expect(loc('General strike paralyzes Chile')).toMatchObject({ country: 'CL', admin1: null, precision: null });
    expect(normalize({ title: 'Carabineros dispersan marcha estudiantil con gases lacrimógenos' })?.country).toBe('CL');
    expect(normalize({ title: 'Paro de transportistas', sourceCountry: 'PE' })?.country).toBe('PE');
  });

  it('falls back to a place in the outlet name when the text has none', () => {
    const e = normalize({ title: 'Enfrentamientos en los exteriores del Congreso', feed: 'Quito Hoy' });
    expect(e).toMatchObject({ country: 'EC', admin1: 'Pichincha', place: 'Quito' });
    expect(e?.cues).toContain('feed: Quito Hoy');
  });
});

describe('geocode: corridors, region-wide names and landmarks (ninth round, wording of our own)', () => {
  it('a town that is only the end of a road gives its region, not the town', () => {
    expect(loc('Camioneros cierran la carretera a Juliaca')).toMatchObject({ admin1: 'Puno', place: null, precision: 3 });
    expect(loc('Farmers barricade the road to Ilo')).toMatchObject({ admin1: 'Moquegua', place: null });
    expect(loc('Truckers block the Arequipa highway for a third day')).toMatchObject({ admin1: 'Arequipa', place: null });
  });

  it('a blockade that rings the town keeps the town', () => {
    expect(loc('Bloquean los accesos a Juliaca', 'Los manifestantes cercan la ciudad con piedras.')).toMatchObject({ place: 'Juliaca' });
    expect(loc('Protesters block roads to Puno', 'All roads into the city were cut off.')).toMatchObject({ place: 'Puno' });
    expect(loc('Marchan en Juliaca')).toMatchObject({ place: 'Juliaca', precision: 1 });
    expect(loc('Bloqueo en la salida de Juliaca')).toMatchObject({ place: 'Juliaca' });
  });

  it('a name used for the region ("provincias del Cusco") is the region; a dateline alone stays the city', () => {
    expect(loc('Paro en siete provincias de Puno')).toMatchObject({ admin1: 'Puno', place: null, precision: 3 });
    expect(loc('Strike spreads across Arequipa')).toMatchObject({ admin1: 'Arequipa', place: null });
    expect(loc('Cusco: vecinos marchan por agua')).toMatchObject({ admin1: 'Cusco', place: 'Cusco' });
  });

  it('knows the UNI and UNSA universities and the Cristo Redentor roundabout of Santa Cruz', () => {
    expect(loc('Alumnos protestan en el campus de la UNI')).toMatchObject({ admin1Code: 'PE-LIM', place: 'Lima' });
    expect(loc('Marcha de la UNSA llega a la plaza')).toMatchObject({ admin1Code: 'PE-ARE', place: 'Arequipa' });
    expect(loc('Vigil at the rotonda del Cristo Redentor')).toMatchObject({ country: 'BO', place: 'Santa Cruz de la Sierra' });
    expect(loc('Students back to uni after the holidays')).toMatchObject({ country: null });
  });
});

describe("an outlet's country settles a name the text leaves open", () => {
  const at = (title: string, feed: string) => {
    const e = normalize({ title, feed, published: '2023-01-10T12:00:00-05:00' });
    return e && [e.country, e.admin1, e.place];
  };
  it("before the outlet's own town is taken", () => {
    // "Santa Cruz" is a name in several countries: a Bolivian outlet settles it, its own town (La Paz) does not win.
    expect(at('Santa Cruz cumple 36 días de paro cívico', 'La Paz Noticias')).toEqual(['BO', 'Santa Cruz', 'Santa Cruz de la Sierra']);
    // With nothing to settle, the outlet's town is still the best guess, and a place the text names wins over both.
    expect(at('Bloquean la carretera desde la madrugada', 'Cusco al Día')).toEqual(['PE', 'Cusco', 'Cusco']);
    expect(at('Paro de transportistas en Arequipa', 'La Paz Noticias')).toEqual(['PE', 'Arequipa', 'Arequipa']);
  });
});
