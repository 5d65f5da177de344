// Seventh round: repression and riot recall in headline grammar, with hard negatives of the same words (crime,
// accidents, disease and disaster tolls, festivities). Mechanisms found on round7-dev's misses and written as probe
// headlines of their own; none copied from a labelled item.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', published = '2023-01-10T12:00:00-05:00') => normalize({ title, summary, published });
const type = (title: string, summary = '') => ev(title, summary)?.type ?? null;

describe('public and police property burned', () => {
  it('burned by an unnamed subject, reduced to ashes, or burning (intransitive) when it is the police\'s or the state\'s', () => {
    expect(type('Queman el retén policial de Yunguyo')).toBe('riot');
    expect(type('Incendian el juzgado de paz de Ilave')).toBe('riot');
    expect(type('Reducen a cenizas la municipalidad de Ayaviri')).toBe('riot');
    expect(type('Reducen a cenizas la sede del Poder Judicial en Juliaca')).toBe('riot');
    expect(type('Arden dos patrulleros durante la protesta en Arequipa')).toBe('riot');
    expect(type('Arden estaciones del Metro en una noche de furia')).toBe('riot');
  });
  it('set alight in the passive: press, churches, stations, customs posts', () => {
    expect(type('Newspaper offices set ablaze in Valparaiso')).toBe('riot');
    expect(type('Three metro stations set on fire in Santiago')).toBe('riot');
    expect(type('Church set ablaze in central Santiago')).toBe('riot');
    expect(type('Customs post torched on the Bolivian border')).toBe('riot');
  });
  it('no event: accidental fires, homes, buses burned by extortionists', () => {
    expect(ev('Arde un bus en la Vía Expresa')).toBeNull();
    expect(ev('Reducen a cenizas una vivienda en Juliaca por un cortocircuito')).toBeNull();
    expect(ev('Fire guts newspaper building in Lima')).toBeNull();
    expect(ev('Incendio consume la iglesia de Andahuaylillas')).toBeNull();
    expect(ev('Bus set ablaze by extortionists in San Juan de Lurigancho')).toBeNull();
    expect(ev('Queman un bus de la empresa Santa Catalina; sospechan de extorsionadores')).toBeNull();
    expect(ev('Arde un mercado en Juliaca; bomberos controlan el fuego')).toBeNull();
    expect(ev('Arden estaciones de servicio tras explosión de cisterna')).toBeNull();
  });
});

describe('force against people named by what hit them', () => {
  it('a projectile of security forces, tear gas into homes or schools', () => {
    expect(type('Muere joven tras ser impactado por una granada aturdidora del Esmad en Medellín')).toBe('repression');
    expect(type('Estudiante herido en el rostro por un perdigón disparado por la policía en Cusco')).toBe('repression');
    expect(type('Comunero alcanzado por una bala de los militares en Ayacucho')).toBe('repression');
    expect(type('Teenager killed by police stun grenade in Cali')).toBe('repression');
    expect(type('Tear gas fired into homes in Chala as police chase protesters')).toBe('repression');
    expect(type('Policía lanza bombas lacrimógenas dentro de viviendas en Ilave')).toBe('repression');
    expect(type('Tear gas canisters land inside school as police break up teachers\' march')).toBe('repression');
    expect(type('Police fire stun grenades at protesters in Bogotá')).toBe('clash');
  });
  it('no event: stray bullets, criminals\' shots, gas leaks', () => {
    expect(ev('Niño muere tras ser impactado por una bala perdida en Trujillo')).toBeNull();
    expect(ev('Joven herido por un disparo de un delincuente en Comas')).toBeNull();
    expect(ev('Policía herido por una bala de los delincuentes en asalto')).toBeNull();
    expect(ev('Gas leak forces evacuation of homes in Callao')).toBeNull();
    expect(ev('Vecinos denuncian fuga de gas dentro de viviendas en Ate')).toBeNull();
  });
});

describe('toll revisions of one place, in either order', () => {
  it('"cifra de fallecidos (en X) sube a N" is a repression\'s revised toll', () => {
    const r = ev('Masacre en Ayaviri: cifra de fallecidos sube a seis');
    expect(r?.type).toBe('repression');
    expect(r?.killed).toBe(6);
    expect(type('Puno: cifra de muertos en Juliaca asciende a 18')).toBe('repression');
  });
  it('one officer among many dead leaves the toll lethal force', () => {
    expect(type('Ayaviri: son 9 los fallecidos tras la jornada del martes', 'Un policía fue hallado muerto en la comisaría, con lo que el número de muertos llegó a 9.')).toBe('repression');
  });
  it('no event: disease, accidents, disasters, national tallies', () => {
    expect(ev('Cifra de fallecidos por dengue sube a 40 en Piura')).toBeNull();
    expect(ev('Cifra de muertos en accidente de bus en la Carretera Central sube a 12')).toBeNull();
    expect(ev('Cifra de fallecidos por las lluvias se eleva a 30')).toBeNull();
    expect(ev('Inundaciones en el sur: el número de muertos sube a 25')).toBeNull();
    expect(ev('Cifra de muertos en protestas en el país sube a 60')).toBeNull();
  });
});
