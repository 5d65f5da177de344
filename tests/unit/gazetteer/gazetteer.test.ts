import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryInfo, findPlaces, fold } from '../../../lib/gazetteer';

const peru = JSON.parse(readFileSync(new URL('../../../data/gazetteer/peru.json', import.meta.url), 'utf8')) as {
  departments: { code: string; iso: string; name: string }[];
  provinces: { code: string; name: string }[];
  districts: { ubigeo: string; name: string; capital: string | null }[];
};

const only = (text: string) => findPlaces(text).map((m) => `${m.kind}:${m.name}:${m.admin1Code}`);

describe('gazetteer data', () => {
  it('has every department, province and INEI district of Peru', () => {
    expect(peru.departments).toHaveLength(25);
    expect(peru.provinces).toHaveLength(196);
    expect(peru.districts).toHaveLength(1892);
    expect(new Set(peru.districts.map((d) => d.ubigeo)).size).toBe(1892);
  });

  it('keeps Lima under PE-LIM and Callao under PE-CAL', () => {
    expect(peru.departments.find((d) => d.name === 'Lima')?.iso).toBe('PE-LIM');
    expect(peru.departments.find((d) => d.name === 'Callao')?.iso).toBe('PE-CAL');
    expect(peru.departments.some((d) => d.iso === 'PE-LMA')).toBe(false);
  });

  it('writes names with their accents', () => {
    const names = new Set([...peru.departments, ...peru.provinces, ...peru.districts].map((x) => x.name));
    for (const n of ['Junín', 'Apurímac', 'Huánuco', 'San Román', 'Caravelí', 'Ferreñafe', 'La Convención']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('knows the time zones of the countries it covers', () => {
    expect(countryInfo('PE')?.timeZone).toBe('America/Lima');
    expect(countryInfo('CL')?.timeZone).toBe('America/Santiago');
    expect(countryInfo('XX')).toBeNull();
  });
});

describe('findPlaces', () => {
  it('finds Juliaca with its province and department', () => {
    const [m] = findPlaces('Miles marchan en JULIACA');
    expect(m).toMatchObject({
      kind: 'district', country: 'PE', admin1: 'Puno', admin1Code: 'PE-PUN', admin2: 'San Román', admin3: 'Juliaca',
      ubigeo: '211101', place: 'Juliaca', text: 'JULIACA',
    });
    expect(m!.lat).toBeCloseTo(-15.48, 1);
  });

  it('matches without accents and reports the span as written', () => {
    const text = 'Protesta en Huanuco y en Apurimac';
    const ms = findPlaces(text);
    expect(ms.map((m) => m.name)).toEqual(['Huánuco', 'Apurímac']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads "Lima" as the city, and "región Lima" as the department', () => {
    expect(findPlaces('Marcha en Lima')[0]).toMatchObject({ kind: 'district', place: 'Lima', admin1Code: 'PE-LIM' });
    expect(findPlaces('Marcha en el Centro de Lima')[0]).toMatchObject({ kind: 'landmark', place: 'Lima', admin1Code: 'PE-LIM' });
    expect(findPlaces('Paro en la región Lima')[0]).toMatchObject({ kind: 'department', admin1Code: 'PE-LIM', place: null });
  });

  it('finds district capitals that are not district names', () => {
    expect(findPlaces('Bloqueo en Puerto Maldonado')[0]).toMatchObject({ admin3: 'Tambopata', place: 'Puerto Maldonado' });
    expect(findPlaces('enfrentamientos en Aguaytía')[0]).toMatchObject({ admin1: 'Ucayali', place: 'Aguaytía' });
  });

  it('prefers the longest name', () => {
    expect(findPlaces('Vecinos de San Juan de Lurigancho')[0]).toMatchObject({ name: 'San Juan de Lurigancho', admin1Code: 'PE-LIM' });
  });

  it('finds cities of other countries', () => {
    expect(findPlaces('Bloqueos en Cochabamba')[0]).toMatchObject({ country: 'BO', admin1Code: 'BO-C', kind: 'city' });
    expect(findPlaces('Marcha en Valparaíso')[0]).toMatchObject({ country: 'CL', admin1Code: 'CL-VS' });
    expect(findPlaces('Bolivia: El Alto amaneció bloqueado')[1]).toMatchObject({ country: 'BO', admin1Code: 'BO-L', place: 'El Alto' });
    expect(findPlaces('el alto costo de vida')).toEqual([]);
    expect(findPlaces('Protesters clash in Quito')[0]).toMatchObject({ country: 'EC', admin1: 'Pichincha' });
  });

  it('finds countries by name and demonym', () => {
    expect(only('Peruvian police and Bolivia')).toEqual(['country:Perú:null', 'country:Bolivia:null']);
  });

  it('drops a district name shared by several departments unless the text settles it', () => {
    expect(findPlaces('Protesta en Santa Rosa')).toEqual([]);
    const withRegion = findPlaces('Protesta en Santa Rosa, Lambayeque');
    expect(withRegion[0]).toMatchObject({ name: 'Santa Rosa', admin1Code: 'PE-LAM' });
    expect(findPlaces('Vecinos de Miraflores, Arequipa')[0]).toMatchObject({ name: 'Miraflores', admin1Code: 'PE-ARE' });
  });

  it('does not read common words as places', () => {
    expect(findPlaces("Cientos en una 'Marcha por la Paz'")).toEqual([]);
    expect(findPlaces('suspende la libertad de tránsito')).toEqual([]);
    expect(findPlaces('la independencia del poder judicial')).toEqual([]);
    expect(findPlaces('Una marcha en La Paz')).toEqual([]); // Bolivia not named: could be anywhere
    expect(findPlaces('Una marcha en La Paz, Bolivia')[0]).toMatchObject({ country: 'BO', place: 'La Paz' });
  });

  it('ignores names that are part of a street or building', () => {
    expect(findPlaces('en la avenida Tacna')).toEqual([]);
    expect(findPlaces('frente al colegio San Marcos')).toEqual([]);
  });

  it('knows landmarks: airports, bridges, mines and universities with their town', () => {
    expect(findPlaces('el aeropuerto Inca Manco Cápac')[0]).toMatchObject({ kind: 'landmark', place: 'Juliaca', admin1Code: 'PE-PUN' });
    expect(findPlaces('bloquean el puente Añashuayco')[0]).toMatchObject({ place: 'Arequipa', admin1Code: 'PE-ARE' });
    expect(findPlaces('comuneros de Tía María')[0]).toMatchObject({ place: 'Cocachacra', admin1Code: 'PE-ARE' });
    expect(findPlaces('frente a la Universidad San Marcos')[0]).toMatchObject({ place: 'Lima', admin1Code: 'PE-LIM' });
  });

  it('keeps a department when the name is not its capital', () => {
    expect(findPlaces('Madre de Dios: bloqueos')[0]).toMatchObject({ kind: 'department', admin1Code: 'PE-MDD' });
    expect(findPlaces('Ucayali: paro')[0]).toMatchObject({ kind: 'department', admin1Code: 'PE-UCA' });
  });

  it('folds accents and case, keeping the length', () => {
    expect(fold('Ñuñoa JULIACA Perú')).toBe('nunoa juliaca peru');
    expect(fold('Perú').length).toBe(4);
  });

  it('keeps a leading byte-order mark, emoji and lone surrogates as they are', () => {
    expect(fold('\uFEFFÁrea')).toBe('\uFEFFarea');
    expect(fold('Paro 😀 Ñ')).toBe('paro 😀 n');
    expect(fold('x\uD800É')).toBe('x\uD800e');
    // A character whose decomposition starts outside the Basic Multilingual Plane keeps one unit of it.
    expect(fold('É\uFA6C').length).toBe(2);
  });
});

describe('GeoNames towns of the other countries (latam-cities.json)', () => {
  it('knows mid-sized towns once their country is named, and big cities under their other names', () => {
    expect(findPlaces('Enfrentamientos en Sacaba, Bolivia').find((m) => m.kind === 'city')).toMatchObject({ country: 'BO', admin1Code: 'BO-C', place: 'Sacaba' });
    expect(findPlaces('Enfrentamientos en Sacaba').filter((m) => m.kind === 'city')).toEqual([]);
    expect(findPlaces('Protest in Mexico City')[0]).toMatchObject({ country: 'MX', admin1Code: 'MX-CMX', place: 'Ciudad de México' });
  });
});

describe('another name of a listed capital (ninth round)', () => {
  it('"Santa Cruz" with Bolivia named is the city of Santa Cruz de la Sierra, as "Lima" is Lima', () => {
    const m = findPlaces('Vecinos marchan en Santa Cruz, Bolivia').find((p) => p.kind !== 'country');
    expect(m).toMatchObject({ kind: 'city', place: 'Santa Cruz de la Sierra', admin1Code: 'BO-S' });
    const e = findPlaces("Santa Cruz's civic leaders rally, Bolivia").find((p) => p.kind !== 'country');
    expect(e).toMatchObject({ place: 'Santa Cruz de la Sierra' });
  });
  it('the department named as such stays the department; without a country the name is not settled', () => {
    expect(findPlaces('Paro en el departamento de Santa Cruz, Bolivia').find((p) => p.kind !== 'country')).toMatchObject({ kind: 'admin1', place: null });
    expect(findPlaces('Santa Cruz cumple diez días de paro').filter((p) => p.country === 'BO')).toEqual([]);
  });
});
