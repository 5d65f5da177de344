// The rest of Latin America and the Caribbean (data/gazetteer/latam2.json): first-level divisions and main towns of
// Venezuela, Paraguay, Uruguay, Central America, Cuba, the Dominican Republic, Puerto Rico and Haiti, and the
// ambiguity rules that keep a Peruvian (or other covered) event where it is.
import { describe, expect, it } from 'vitest';
import { countryInfo, findPlaces } from '../../../lib/gazetteer';
import { geocode } from '../../../lib/extract/geocode';
import { normalize } from '../../../lib/extract';

const loc = (title: string, summary = '', sourceCountry: string | null = null) => {
  const text = `${title}\n${summary}`;
  const l = geocode(text, title.length, { sourceCountry });
  return { country: l.country, admin1: l.admin1, admin1Code: l.admin1Code, place: l.place };
};
const ev = (title: string, summary = '', sourceCountry: string | null = null) => {
  const e = normalize({ title, summary, published: '2023-03-07T12:00:00Z', sourceCountry });
  if (!e) throw new Error(`no event: ${title}`);
  return { country: e.country, admin1: e.admin1, place: e.place };
};

describe('latam2 gazetteer data', () => {
  it('has first-level divisions with ISO 3166-2 codes, named as the conventions write them', () => {
    const div = (t: string) => findPlaces(t, { countries: ['VE', 'PY', 'NI', 'GT', 'PA', 'DO', 'HN', 'UY'] })
      .filter((m) => m.kind === 'admin1').map((m) => `${m.admin1Code}:${m.admin1}`);
    expect(div('en Zulia')).toEqual(['VE-V:Zulia']);
    expect(div('en el Distrito Capital')).toEqual(['VE-A:Distrito Capital']);
    expect(div('en Alto Paraná')).toEqual(['PY-10:Alto Paraná']);
    expect(div('en la RACCN')).toEqual(['NI-AN:Costa Caribe Norte']);
    expect(div('en el departamento de Totonicapán')).toEqual(['GT-08:Totonicapán']);
    expect(div('en la comarca Ngäbe-Buglé')).toEqual(['PA-NB:Ngäbe-Buglé']);
    expect(div('en Francisco Morazán')).toEqual(['HN-FM:Francisco Morazán']);
  });

  it('keeps one time zone per country', () => {
    expect(countryInfo('VE')?.timeZone).toBe('America/Caracas');
    expect(countryInfo('PY')?.timeZone).toBe('America/Asuncion');
    expect(countryInfo('GT')?.timeZone).toBe('America/Guatemala');
  });
});

describe('latam2 towns and divisions, in Spanish', () => {
  it('places a town in its country and division', () => {
    expect(loc('Saquean comercios en Cumaná tras las protestas por falta de alimentos')).toEqual({
      country: 'VE', admin1: 'Sucre', admin1Code: 'VE-R', place: 'Cumaná',
    });
    expect(loc('Marcha en Maracaibo por los apagones')).toMatchObject({ country: 'VE', admin1: 'Zulia', place: 'Maracaibo' });
    expect(loc('Protesta de maestros en Totonicapán')).toMatchObject({ country: 'GT', admin1: 'Totonicapán', place: 'Totonicapán' });
    expect(loc('Campesinos bloquean rutas en Alto Paraná', 'La protesta se concentró en Ciudad del Este.')).toMatchObject({
      country: 'PY', admin1: 'Alto Paraná', place: 'Ciudad del Este',
    });
    expect(loc('Bloqueo de transportistas en San Pedro Sula')).toMatchObject({ country: 'HN', admin1: 'Cortés', place: 'San Pedro Sula' });
    expect(loc('Marcha obrera en Paysandú')).toMatchObject({ country: 'UY', admin1: 'Paysandú', place: 'Paysandú' });
    expect(loc('Paro de transporte en Santiago de los Caballeros')).toMatchObject({ country: 'DO', admin1: 'Santiago', place: 'Santiago de los Caballeros' });
    expect(loc('Estudiantes marchan en Estelí')).toMatchObject({ country: 'NI', admin1: 'Estelí', place: 'Estelí' });
  });

  it('reads a shared name as the other country\'s only with a country cue', () => {
    // "Colón": Panama's province and city, Honduras's department: nothing without a cue...
    expect(loc('Marcha en Colón contra la minería').country).toBeNull();
    // ...Panama's with the outlet's country.
    expect(loc('Marcha en Colón contra la minería', '', 'PA')).toMatchObject({ country: 'PA', admin1: 'Colón', place: 'Colón' });
    expect(loc('Protesta contra la mina en Colón, Panamá')).toMatchObject({ country: 'PA', admin1: 'Colón' });
  });
});

describe('latam2 ambiguity keeps a Peruvian event in Peru', () => {
  it('Trujillo, La Libertad, Santa Rosa, San José stay Peruvian or unplaced abroad', () => {
    // Trujillo is also a Venezuelan state and a Honduran town; La Libertad also El Salvador's department.
    expect(loc('Protesta en Trujillo por el agua')).toMatchObject({ country: 'PE', admin1: 'La Libertad', place: 'Trujillo' });
    expect(loc('Protesta en Trujillo por el agua', '', 'PE')).toMatchObject({ country: 'PE', place: 'Trujillo' });
    expect(loc('Vecinos bloquean la vía en La Libertad')).toMatchObject({ country: 'PE', admin1: 'La Libertad' });
    expect(ev('Docentes marchan en Santa Rosa por salarios', '', 'PE').country).toBe('PE');
    expect(ev('Agricultores bloquean la vía en San José', 'Reclaman por el precio del arroz.', 'PE').country).toBe('PE');
    // Mérida is Mexico's (covered) unless Venezuela is named.
    expect(loc('Marcha en Mérida contra la reforma')).toMatchObject({ country: 'MX', place: 'Mérida' });
    expect(loc('Marcha en Mérida, Venezuela, contra la escasez')).toMatchObject({ country: 'VE', admin1: 'Mérida' });
  });

  it('a Peruvian event that only names the other country stays in Peru', () => {
    expect(ev('Migrantes venezolanos marchan en Lima', 'Piden regularización.', 'PE')).toMatchObject({ country: 'PE', place: 'Lima' });
    expect(ev('Paro en Juliaca: transportistas bloquean vías', 'Llegaron delegaciones desde Colón y Trujillo.', 'PE')).toMatchObject({ country: 'PE', place: 'Juliaca' });
  });
});

describe('latam2 towns and divisions, in English', () => {
  it('places a town named as where it happened', () => {
    expect(loc("Pellets leave dozens of striking banana workers with eye wounds in Panama's Changuinola")).toMatchObject({
      country: 'PA', admin1: 'Bocas del Toro', place: 'Changuinola',
    });
    expect(loc('Protesters rally in Caracas against the government')).toMatchObject({ country: 'VE', admin1: 'Distrito Capital', place: 'Caracas' });
    expect(loc('Students clash with police in Masaya')).toMatchObject({ country: 'NI', admin1: 'Masaya', place: 'Masaya' });
    expect(loc('Farmers block roads in Totonicapán, Guatemala')).toMatchObject({ country: 'GT', admin1: 'Totonicapán' });
  });

  it('does not move a Peruvian or other covered event abroad', () => {
    expect(loc('Protesters block the Pan-American Highway near Trujillo')).toMatchObject({ country: 'PE' });
    expect(loc('Thousands march in Barcelona against tourism').country).toBe('ES');
    expect(ev('Miners strike in Arequipa', 'Workers from Colón and Santa Rosa joined.', 'PE')).toMatchObject({ country: 'PE' });
  });
});

describe('latam2 namesakes beside covered places', () => {
  it('a town of a covered country that the gazetteer lacks is not read as a latam2 seat', () => {
    // Salcedo is also the seat of the Dominican province Hermanas Mirabal.
    expect(loc('Bloqueo en Salcedo, Cotopaxi', 'Indígenas cierran la Panamericana.')).toMatchObject({ country: 'EC', admin1: 'Cotopaxi' });
    expect(loc('Protesta en Salcedo, República Dominicana')).toMatchObject({ country: 'DO', admin1: 'Hermanas Mirabal', place: 'Salcedo' });
  });

  it('Venezuela\'s capital district is written as the conventions write it', () => {
    expect(loc('Marcha opositora en Caracas')).toMatchObject({ country: 'VE', admin1: 'Distrito Capital', place: 'Caracas' });
    // Without a cue for Venezuela, "Distrito Capital" stays Bogotá's.
    expect(loc('Marcha en el Distrito Capital')).toMatchObject({ country: 'CO' });
  });
});

describe('latam2 divisions named with their word, and capitals', () => {
  it('reads "en el estado Zulia", "in the department of Totonicapán" as placed there', () => {
    expect(loc('Protestas en el estado Zulia por los apagones')).toMatchObject({ country: 'VE', admin1Code: 'VE-V', place: null });
    expect(loc('Farmers protest in the department of Totonicapán')).toMatchObject({ country: 'GT', admin1Code: 'GT-08' });
  });

  it('a division after "de" is a weak sign, used only when nothing else gives a country', () => {
    expect(ev('Docentes de Zulia marchan por salarios', 'Cientos de maestros recorrieron las calles.')).toMatchObject({ country: 'VE', admin1: 'Zulia' });
    expect(ev('Docentes de Zulia marchan por salarios', 'Cientos de maestros recorrieron las calles.', 'PE').country).toBe('PE');
  });

  it('Santo Domingo is the capital, Santiago the city of Santiago de los Caballeros, with the Dominican Republic named', () => {
    expect(loc('Marcha en Santo Domingo contra la corrupción', '', 'DO')).toMatchObject({ country: 'DO', admin1: 'Distrito Nacional', place: 'Santo Domingo' });
    expect(loc('Paro en Santiago, República Dominicana')).toMatchObject({ country: 'DO', admin1: 'Santiago', place: 'Santiago de los Caballeros' });
  });
});

describe('latam2 names in an outlet\'s name', () => {
  it('an outlet named like a division that is also a word does not place its events there', () => {
    const e = normalize({ title: 'Vecinos protestan por los apagones', summary: 'Cientos salieron a las calles con cacerolas.', published: '2023-03-07T12:00:00Z', sourceCountry: 'CU', feed: 'Granma' });
    expect(e?.admin1 ?? null).toBeNull();
  });
});
