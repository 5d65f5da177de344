// The wider world (data/gazetteer/world.json): every country at country level, its capital and largest cities,
// and the precision rules that keep a Latin American event where it is.
import { describe, expect, it } from 'vitest';
import { countryInfo, findPlaces } from '../../../lib/gazetteer';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', extra: { sourceCountry?: string | null; feed?: string; published?: string } = {}) => {
  const e = normalize({ title, summary, published: extra.published ?? '2023-03-07T12:00:00Z', sourceCountry: extra.sourceCountry ?? null, feed: extra.feed });
  if (!e) throw new Error(`no event: ${title}`);
  return { country: e.country, admin1: e.admin1, place: e.place, date: e.date };
};

describe('world gazetteer data', () => {
  it('knows every country of ISO 3166-1 with a time zone', () => {
    for (const code of ['FR', 'GB', 'US', 'IL', 'KE', 'GE', 'PA', 'PY', 'GT', 'VE', 'UY', 'ES', 'JP', 'NZ', 'XK']) {
      expect(countryInfo(code)?.timeZone, code).toMatch(/^[A-Z][A-Za-z_]+\/[A-Za-z_]+/);
    }
    expect(countryInfo('FR')).toMatchObject({ es: 'Francia', en: 'France', capital: 'Paris', covered: false });
    expect(countryInfo('PE')).toMatchObject({ covered: true, timeZone: 'America/Lima' });
  });

  it('matches Spanish and English names and short forms, abbreviations only in capitals', () => {
    const codes = (t: string) => findPlaces(t).filter((m) => m.kind === 'country').map((m) => m.country);
    expect(codes('Estados Unidos y EE.UU. y the United States y the US y U.S.')).toEqual(['US', 'US', 'US', 'US', 'US']);
    expect(codes('Reino Unido, UK, Britain, Francia, Kenia, Kenya, Israel')).toEqual(['GB', 'GB', 'GB', 'FR', 'KE', 'KE', 'IL']);
    expect(codes('tell us what happened, the uk office')).toEqual([]);
  });
});

describe('world events in English', () => {
  it('places a capital named as where it happened: country, city and the local day', () => {
    expect(ev('Police fire tear gas at protesters in Nairobi', 'Thousands marched against the finance bill.')).toMatchObject({ country: 'KE', place: 'Nairobi' });
    // 23:30 UTC is already the next day in Tbilisi (UTC+4), still the same day in Lima.
    expect(ev('Protesters clash with police outside parliament in Tbilisi', '', { published: '2023-03-07T23:30:00Z' })).toMatchObject({
      country: 'GE', place: 'Tbilisi', date: '2023-03-08',
    });
    expect(ev('Police disperse crowd at Paris\'s Place de la Concorde; 217 detained', 'Officers used tear gas.')).toMatchObject({
      country: 'FR', admin1: 'Île-de-France', place: 'Paris',
    });
    expect(ev('Tens of thousands protest in Tel Aviv against judicial overhaul')).toMatchObject({ country: 'IL', place: 'Tel Aviv' });
  });

  it('reads a dateline at the head of the summary, and a part of the country', () => {
    expect(ev('Police fire tear gas at protesters', 'NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas at protesters on Tuesday.')).toMatchObject({ country: 'KE', place: 'Nairobi' });
    expect(ev('Agricultores bloquean autopistas en el sur de Francia')).toMatchObject({ country: 'FR', place: null });
    expect(ev('Thousands protest in the UK over cost of living')).toMatchObject({ country: 'GB' });
  });

  it('gives the country of a nationwide action', () => {
    expect(ev('More than a million march in France as strike against pension reform halts trains')).toMatchObject({ country: 'FR', place: null });
    expect(ev('Cars torched, shops looted in third night of unrest across France')).toMatchObject({ country: 'FR', place: null });
    expect(ev('France grinds to a halt as unions stage nationwide strike over retirement age')).toMatchObject({ country: 'FR', place: null });
    expect(ev('UK rail workers strike over pay')).toMatchObject({ country: 'GB' });
    expect(ev('Kenyan police fire tear gas at protesters')).toMatchObject({ country: 'KE' });
  });

  it('chooses between same-named places: a capital over a covered country\'s small namesake, a large city over a small one', () => {
    expect(ev('Farmers march in Madrid against EU rules')).toMatchObject({ country: 'ES', admin1: 'Madrid', place: 'Madrid' });
    expect(ev('Protesters march in Barcelona for independence')).toMatchObject({ country: 'ES', place: 'Barcelona' });
    expect(ev('Protests in Minneapolis after police shooting', 'Hundreds marched.')).toMatchObject({ country: 'US', admin1: 'Minnesota', place: 'Minneapolis' });
    // A capital or a city of millions over a Peruvian district or a covered country's small town, unless the text or
    // the outlet names that country.
    expect(ev('Protesters march in Montevideo against pension reform')).toMatchObject({ country: 'UY', place: 'Montevideo' });
    expect(ev('Marcha en Montevideo', 'Cientos marcharon.', { sourceCountry: 'PE' })).toMatchObject({ country: 'PE', admin1: 'Amazonas' });
    expect(ev('Thousands protest in Los Angeles against immigration raids')).toMatchObject({ country: 'US', place: 'Los Angeles' });
    expect(ev('Protests in Georgia against foreign agents law')).toMatchObject({ country: 'GE' });
    // A name that is also a person's stays with the covered country: Santo Domingo, Santiago.
    expect(ev('Marcha en Santo Domingo contra la corrupción').country).not.toBe('DO');
    // Santiago stays Chile's (or nobody's), never the Dominican Republic's.
    expect(ev('Metro stations set on fire in Santiago as fare protest turns violent').country).not.toBe('DO');
    expect(ev('Venezuela: protesters and National Guard trade rocks and tear gas on Caracas highway')).toMatchObject({ country: 'VE', admin1: 'Distrito Capital' });
  });

  it('reads a list of cities as the country, and a country named as the other side as no place', () => {
    expect(ev('Crowds rally in Paris, Lyon and Marseille against pension reform')).toMatchObject({ country: 'FR', place: null });
    expect(ev('Protesters in Jordan march against Israel')).toMatchObject({ country: 'JO' });
    expect(ev('Protesters march against Israel', 'Thousands rallied.').country).toBeNull();
    expect(ev("Chad: opposition protesters killed in N'Djamena")).toMatchObject({ country: 'TD', place: 'Ndjamena' });
  });

  it('does not take a common word for a city', () => {
    expect(ev('Teachers strike in Reading over pay').country).toBeNull();
    expect(ev('Protest in Victoria over housing').country).toBeNull();
    expect(ev('Protesters march in Nice against pension reform').place).toBeNull();
    expect(ev('Protesters march in Nice, France, against pension reform')).toMatchObject({ country: 'FR', place: 'Nice' });
    expect(ev('Workers strike at Split shipyard over unpaid wages').country).toBeNull();
  });

  it('keeps a Latin American event where it is when another country is only mentioned', () => {
    expect(ev("Spain's ambassador urges calm as protesters block roads in Puno")).toMatchObject({ country: 'PE', admin1: 'Puno' });
    expect(ev('Protesters rally outside the US embassy', 'Demonstrators marched against the new visa rules.', { sourceCountry: 'PE' }).country).toBe('PE');
    expect(ev('The New York Times: protesters block roads in Juliaca')).toMatchObject({ country: 'PE', place: 'Juliaca' });
  });
});

describe('world events in Spanish', () => {
  it('places an event in another country only when the text says it happened there', () => {
    expect(ev('Huelga general en Francia contra la reforma de pensiones', 'Millones marcharon.', { sourceCountry: 'PE' })).toMatchObject({ country: 'FR' });
    expect(ev('Miles marchan en Asunción contra el gobierno', '', { sourceCountry: 'PY' })).toMatchObject({ country: 'PY', place: 'Asunción' });
    expect(ev('Marcha en Caracas contra el gobierno', 'Miles de opositores marcharon.')).toMatchObject({ country: 'VE', admin1: 'Distrito Capital', place: 'Caracas' });
  });

  it('keeps the Peruvian event Peruvian when a foreign country is only named', () => {
    expect(ev('Protestan frente a la embajada de Estados Unidos', 'Manifestantes marcharon contra la política migratoria.', { sourceCountry: 'PE' }).country).toBe('PE');
    expect(ev('Marcha en Lima contra Boluarte; Francia pide calma', 'Miles marcharon.')).toMatchObject({ country: 'PE', place: 'Lima' });
    expect(ev('Paro de transportistas: el embajador en Francia pide diálogo', 'Los gremios acatan la medida.', { sourceCountry: 'PE' }).country).toBe('PE');
    expect(ev('EE.UU. condena la represión de la marcha en Juliaca', 'Manifestantes marcharon.')).toMatchObject({ country: 'PE', place: 'Juliaca' });
    // A name Peru also has stays Peru's unless the world place's country is named.
    // ("Guadalupe" is also Guadeloupe's Spanish name.)
    expect(ev('Joven muere por impacto de bala durante desbloqueo de la Panamericana en Guadalupe', '', { sourceCountry: 'PE' }).country).toBe('PE');
  });

  it('a world place where someone is based or visits, or named beside a covered place of the summary, yields', () => {
    expect(ev('Manifestantes marchan en Juliaca; Human Rights Watch, con sede en Nueva York, denuncia represión', 'Cientos recorrieron el centro de la ciudad.')).toMatchObject({ country: 'PE', place: 'Juliaca' });
    expect(ev('Marcha contra Boluarte', 'El canciller, de visita en Madrid, dijo que las protestas en Puno continúan.')).toMatchObject({ country: 'PE', admin1: 'Puno' });
    expect(ev('Bloqueos en Puno', 'Los dirigentes, que estuvieron en Bruselas la semana pasada, anunciaron más bloqueos.')).toMatchObject({ country: 'PE' });
    expect(ev('Protesta frente a la embajada de EE.UU. en Lima')).toMatchObject({ country: 'PE', place: 'Lima' });
    // The title's own world place is where it happened.
    expect(ev('Peruanos en Madrid protestan por las muertes en Puno', 'Cientos se reunieron frente a la embajada.')).toMatchObject({ country: 'ES', place: 'Madrid' });
  });

  it('reads a Spanish demonym as the weakest sign of a country, never over a place the text names', () => {
    expect(ev('Agricultores franceses bloquean autopistas con tractores').country).toBe('FR');
    expect(ev('Estudiantes israelíes protestan contra la reforma judicial').country).toBe('IL');
    expect(ev('Migrantes venezolanos marchan en Lima para exigir regularización')).toMatchObject({ country: 'PE', place: 'Lima' });
    // (Words Latin American Spanish also uses for people of no such country are no sign.)
    expect(ev('Comerciantes chinos cierran sus tiendas en protesta').country).toBeNull();
    expect(ev('Indios aymaras bloquean la carretera').country).toBeNull();
  });

  it('an outlet of a covered country keeps its country over a foreign name it does not place', () => {
    expect(ev('Gremios anuncian paro; Israel y Francia observan', 'Los transportistas acatan la medida.', { feed: 'Cusco Noticias' }).country).toBe('PE');
  });
});
