// World day: Spanish exonyms of world capitals, English names of world regions, world cities after "de"/"of", and
// the wordings of world wires (probes written for these tests, not copied from the labelled sets).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const run = (title: string, summary = '', published = '2024-05-14T12:00:00Z') => normalize({ title, summary, published, sourceCountry: null });
const ev = (title: string, summary = '') => {
  const e = run(title, summary);
  if (!e) throw new Error(`no event: ${title}`);
  return { type: e.type, status: e.status, country: e.country, admin1: e.admin1, place: e.place };
};

describe('world day: places', () => {
  it('reads Spanish exonyms of world capitals and large cities', () => {
    expect(ev('Miles de estudiantes marchan en Daca contra las cuotas')).toMatchObject({ country: 'BD', place: 'Dhaka' });
    expect(ev('Cientos de repartidores protestan en Yakarta por sus salarios')).toMatchObject({ country: 'ID', place: 'Jakarta' });
    expect(ev('Manifestantes marchan en Jartum contra los militares')).toMatchObject({ country: 'SD', place: 'Khartoum' });
    expect(ev('Miles marchan en Johannesburgo contra los cortes de luz')).toMatchObject({ country: 'ZA', place: 'Johannesburg' });
    // (A Spanish common word is no city: "la marcha de Riad" needs the name itself.)
    expect(ev('Miles de trabajadores marchan en Lima contra la reforma')).toMatchObject({ country: 'PE' });
  });

  it('gives world regions as English-language news names them', () => {
    expect(ev('Cientos de miles se manifiestan en Barcelona por la independencia')).toMatchObject({ country: 'ES', admin1: 'Catalonia' });
    expect(ev('Thousands march in London against the war')).toMatchObject({ country: 'GB', admin1: 'England', place: 'London' });
    expect(ev('Students march in Belgrade over the station collapse')).toMatchObject({ country: 'RS', admin1: 'Belgrade' });
    expect(ev('Teachers rally in Lisbon over pay')).toMatchObject({ country: 'PT', admin1: 'Lisbon' });
  });

  it('takes a world city after "de" and a country\'s police as weak signs of where', () => {
    expect(ev('La policía de Nueva York detiene a decenas de manifestantes', 'Los agentes desalojaron la acampada.')).toMatchObject({ country: 'US' });
    expect(ev('La policía de Bangladés dispara contra estudiantes que protestaban; cinco muertos')).toMatchObject({ country: 'BD' });
    // (A world country after "de" otherwise stays aside: "bandera de Francia" is no place.)
    expect(ev('Marchan en Arequipa con banderas de Francia y Perú contra el alza')).toMatchObject({ country: 'PE' });
  });
});
