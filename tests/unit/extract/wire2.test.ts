// Wire day 2: ordinary news of a quiet day read as protest events. Probes written for the mechanisms found on
// wire2-es-dev's false positives, in both languages; none copied from a labelled item.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', published = '2024-03-12T12:00:00-05:00') => normalize({ title, summary, published });
const type = (title: string, summary = '') => ev(title, summary)?.type ?? null;

describe('burning fields, stubble or rubbish is no riot', () => {
  it('farmers burning fields or stubble, a wildfire', () => {
    expect(ev('Huánuco: campesinos queman rastrojos y el humo afecta a la ciudad')).toBeNull();
    expect(ev('Farmers burn stubble near Santa Cruz as smoke covers the highway')).toBeNull();
    expect(ev('Cusco: incendio forestal quema cien hectáreas de bosque', 'Comuneros y bomberos combaten las llamas desde la madrugada.')).toBeNull();
    expect(ev('Wildfire burns 200 hectares near Arequipa', 'Villagers and firefighters fought the flames overnight.')).toBeNull();
  });
  it('rubbish burned at a dump', () => {
    expect(ev('Vecinos de Juliaca denuncian quema de residuos en el relleno sanitario')).toBeNull();
    expect(ev('Residents complain of garbage burning at the Cochabamba landfill')).toBeNull();
  });
  it('protesters who burn tyres still riot or block', () => {
    expect(type('Manifestantes queman llantas y bloquean la carretera en Juliaca')).not.toBeNull();
  });
});

describe('a work about repression is no repression', () => {
  it('a book or a documentary on a crackdown', () => {
    expect(ev('Presentan documental sobre la represión de 1986 en Ayacucho', 'La cinta se proyectará en el auditorio municipal.')).toBeNull();
    expect(ev('Documentary on the crackdown in Juliaca premieres in Lima', 'The film follows the families of the victims.')).toBeNull();
  });
});

describe('looting at a crash is no riot', () => {
  it('villagers who carry off an overturned truck\'s cargo', () => {
    expect(ev('Tráiler se vuelca en la Panamericana y vecinos saquean la carga de pollos')).toBeNull();
    expect(ev('Villagers loot beer from overturned truck on the highway to Oruro')).toBeNull();
  });
});

describe('a procession of the faithful is no demonstration', () => {
  it('the faithful walk the streets', () => {
    expect(ev('Miles de devotos recorren las calles de Puno junto a la Virgen de la Candelaria')).toBeNull();
    expect(ev('Thousands of pilgrims walked through Quito on Good Friday', 'The procession gathered hundreds of thousands of faithful.')).toBeNull();
  });
});

describe('roads closed by a landslide, told with the cause after', () => {
  it('a closure by a landslide or a flood', () => {
    expect(ev('Cajamarca: cierre de la carretera a Celendín por deslizamiento deja varados a cientos')).toBeNull();
    expect(ev('Highway to Cusco blocked for hours by a landslide; hundreds of travellers stranded')).toBeNull();
  });
});

describe('fighting between armed groups is crime, no clash', () => {
  it('gangs or cartels', () => {
    expect(ev('Zacatecas: enfrentamiento entre bandas criminales deja seis muertos')).toBeNull();
    expect(ev('Clash between rival gangs leaves five dead in Guayaquil')).toBeNull();
    expect(ev('Putumayo: enfrentamientos entre grupos armados dejan tres muertos en zona rural')).toBeNull();
    expect(ev('Clashes between armed groups leave three dead in rural Cauca')).toBeNull();
  });
  it('comuneros who clash with the police still clash', () => {
    expect(type('Comuneros se enfrentan a la policía en la carretera a Las Bambas')).toBe('clash');
  });
});

describe('a strike or hunger strike denied', () => {
  it('an institution rules it out', () => {
    expect(ev('Penal de Challapalca descarta que haya huelga de hambre de internos')).toBeNull();
    expect(ev('Prison authority denies reports of a hunger strike by inmates in Lima')).toBeNull();
  });
  it('a hunger strike reported stands', () => {
    expect(type('Internos del penal de Puno inician huelga de hambre en reclamo por traslados')).toBe('demonstration');
  });
});

describe('a service stopped for a holiday or for maintenance is no strike', () => {
  it('a timetable', () => {
    expect(ev('Paro de combis por feriado: los choferes descansarán hasta el lunes')).toBeNull();
    expect(ev('Paro de trenes por mantenimiento; trabajadores revisan las vías')).toBeNull();
    expect(ev('Refinery stoppage for maintenance: workers inspect the units')).toBeNull();
  });
  it('a strike over unpaid holidays stands', () => {
    expect(type('Trabajadores municipales acatan paro por feriados no pagados')).toBe('strike');
  });
});
