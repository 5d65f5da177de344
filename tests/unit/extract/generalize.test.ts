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

  it('resolves names that are also people or several places', () => {
    expect(ev('Simpatizantes de Pedro Castillo marchan en Cajamarca')).toMatchObject({ admin1: 'Cajamarca', place: 'Cajamarca' });
    expect(ev('Marcha en la Plaza San Martín exige la renuncia de Dina Boluarte')).toMatchObject({ admin1Code: 'PE-LIM', place: 'Lima' });
    expect(ev('Bloquean la carretera en Juan Guerra, San Martín')).toMatchObject({ admin1: 'San Martín', place: 'Juan Guerra' });
    expect(ev('Vecinos de Santa Rosa marchan contra la inseguridad')?.place).toBeNull(); // several Santa Rosas, none named
    expect(ev('Manifestantes de Puno llegaron a Lima y marcharon hacia el Congreso')).toMatchObject({ admin1Code: 'PE-LIM', place: 'Lima' });
  });

  it('reads landmarks and infers the country from well-known names', () => {
    expect(ev('Intentan tomar el aeropuerto Alfredo Rodríguez Ballón; policía lanza gases')).toMatchObject({ admin1: 'Arequipa', place: 'Arequipa' });
    expect(ev('Queman estaciones del Metro en Santiago', 'Carabineros detuvo a decenas de personas.')).toMatchObject({ country: 'CL', place: 'Santiago' });
    expect(ev('Evistas bloquean la carretera en Santa Cruz')).toMatchObject({ country: 'BO' });
  });
});

describe('dates', () => {
  it('resolves relative days against the published time in the event time zone', () => {
    // Published Tuesday 2023-01-10, 12:00 in Lima.
    expect(ev('Protesters clashed with police last Monday in Juliaca')?.date).toBe('2023-01-09');
    expect(ev('Police fired tear gas at protesters this morning in Cusco')?.date).toBe('2023-01-10');
    expect(ev('Marcha en Arequipa el domingo')?.date).toBe('2023-01-08');
    // 23:30 in Santiago (UTC-3) is the next day in UTC and in Lima.
    expect(ev('Carabineros dispersan marcha en Santiago', '', '2019-10-21T02:30:00Z')?.date).toBe('2019-10-20');
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

// Classes of errors found on the dev part, each checked on wording of its own.
const feedEv = (feed: string, title: string, summary = '') => normalize({ title, summary, feed, published: '2023-01-10T12:00:00-05:00' });

describe('types and events from the wording around the trigger', () => {
  it('reads blockades that persist, injuries by security forces, hostages, tire burning, and toll revisions', () => {
    expect(ev('Continúan los bloqueos en el acceso a Huancayo')).toMatchObject({ type: 'roadblock', admin1: 'Junín' });
    expect(ev('Estudiante herido por la policía durante protesta en Arequipa')).toMatchObject({ type: 'repression', injured: 1 });
    expect(ev('Comuneros retienen a cinco policías en Chumbivilcas')).toMatchObject({ type: 'clash' });
    expect(ev('Vecinos queman llantas en la avenida principal de Tacna')).toMatchObject({ type: 'roadblock' });
    expect(ev('Ombudsman raises Ayacucho toll to 10')).toMatchObject({ type: 'repression', killed: 10 });
  });

  it('keeps a march a march when the summary announces a strike or says no road was blocked', () => {
    expect(ev('Docentes marchan en Piura por mejoras salariales', 'Anunciaron una huelga indefinida desde el lunes.')?.type).toBe('demonstration');
    expect(ev('Agricultores marchan en Ica sin bloquear la carretera')?.type).toBe('demonstration');
  });

  it('reads an anniversary march as a march, not a repression with the old deaths', () => {
    expect(ev('A un año de la masacre, familiares marchan en Juliaca')).toMatchObject({ type: 'demonstration', killed: null });
  });

  it('does not take a film or a book about protests for a protest', () => {
    expect(ev('Documental sobre las protestas del sur se estrena en Lima')).toBeNull();
  });
});

describe('counts across groups', () => {
  it('adds up the injured of security forces and the others, unless one figure includes the other', () => {
    expect(ev('Dos policías y cinco manifestantes heridos en enfrentamientos en Cusco')?.injured).toBe(7);
    expect(ev('Nineteen protesters injured in clashes in Puno', 'Three officers were also hurt.')?.injured).toBe(22);
    expect(ev('Enfrentamientos en Cusco dejan 30 heridos', 'Entre ellos, 12 policías heridos.')?.injured).toBe(30);
    expect(ev('Police fire tear gas at protesters in Cusco', 'No one was hurt.')?.injured).toBe(0);
  });
});

describe('location from the outlet, the capital and lists', () => {
  it('takes the outlet town, but not for a national event, and the capital for its institutions', () => {
    expect(feedEv('Diario Santiago', 'Marcha contra las pensiones recorre el centro')).toMatchObject({ country: 'CL', place: 'Santiago' });
    expect(feedEv('Cusco al Día', 'Paro nacional de transportistas paraliza el país')?.admin1).toBeNull();
    expect(ev('Protesters clash with police outside Ecuador\'s Congress')).toMatchObject({ country: 'EC', place: 'Quito' });
  });

  it('places regions listed together at the country only', () => {
    expect(ev('Bloquean carreteras en Cusco, Puno y Apurímac')).toMatchObject({ country: 'PE', admin1: null });
  });
});

// Error classes of the fresh labelled set (tests/fixtures/labelled/fresh-*.jsonl), each on wording of its own.
describe('third round: wording beyond the trigger lists', () => {
  it('reads protest verbs and nouns beyond the first lists', () => {
    expect(ev('Vecinos de Tacna recorren el centro exigiendo agua potable')?.type).toBe('demonstration');
    expect(ev('Thousands take to the streets of Cochabamba demanding fuel')?.type).toBe('demonstration');
    expect(ev('Transportistas cierran la Interoceánica en Mazuko')?.type).toBe('roadblock');
    expect(ev('Comuneros impiden el paso de camiones mineros en Chumbivilcas')?.type).toBe('roadblock');
    expect(ev('Protesters piled logs across the highway near Ayaviri')?.type).toBe('roadblock');
    expect(ev('Rail line to Aguas Calientes blocked by protesters')?.type).toBe('roadblock');
    expect(ev('Comuneros cavan zanjas en la carretera a Yauri')?.type).toBe('roadblock');
    expect(ev('Villagers cut off access to the Antamina mine')?.type).toBe('roadblock');
    expect(ev('Seguidores del alcalde invaden la sede de la municipalidad de Juliaca')?.type).toBe('riot');
    expect(ev('Rioters ransack government buildings in the capital of Bolivia')?.type).toBe('riot');
    expect(ev('Manifestantes destruyen cabinas de peaje en Chincha')?.type).toBe('riot');
    expect(ev('Turba ataca comisaría en Ayaviri y libera a detenidos')?.type).toBe('riot');
    expect(ev('Protesters smash windows of bank branches in Lima')?.type).toBe('riot');
    expect(ev('Tres heridos en choques con la policía en Huancavelica')?.type).toBe('clash');
    expect(ev('Police disperse sit-in outside the regional government in Tacna')?.type).toBe('clash');
    expect(ev('Hundreds march in Oruro; stones thrown at police headquarters')?.type).toBe('clash');
    expect(ev('Plantón de jubilados frente al Ministerio de Economía en Lima')?.type).toBe('demonstration');
    expect(ev('Bolivia: bloqueos en San Ignacio de Velasco')).toMatchObject({ type: 'roadblock', country: 'BO' });
    expect(ev('Hundreds of miners gather in Trujillo to demand an extension of permits')?.type).toBe('demonstration');
    expect(ev('Dock workers down tools at the port of Paita')?.type).toBe('strike');
    expect(ev('Nurses walk out at hospitals in Piura')?.type).toBe('strike');
    expect(ev('Transportistas urbanos no salen a trabajar en Cusco')?.type).toBe('strike');
    expect(ev('Clashes erupt in Cochabamba as police move on blockade')?.type).toBe('clash');
    expect(ev('Troops killed three protesters in Ayacucho, witnesses say')).toMatchObject({ type: 'repression', killed: 3 });
  });

  it('types deaths in a confrontation with security forces as lethal force, and injured security forces as a clash', () => {
    expect(ev('Tacna: un muerto en choques con la policía', 'El joven recibió un impacto de perdigón en el pecho.')).toMatchObject({ type: 'repression', killed: 1 });
    expect(ev('Students march in Sucre; three police officers hurt by stones')).toMatchObject({ type: 'clash', injured: 3 });
    // Less-lethal rounds: a clash when protesters fought too, excessive force when they fired on people who did not.
    expect(ev('Stone-throwing students and police clash in Valparaíso; officers fire rubber bullets')?.type).toBe('clash');
    expect(ev('Policía dispara balas de goma contra vecinos que cortaban la ruta en Humahuaca', 'Hubo doce heridos.')?.type).toBe('repression');
    expect(ev('Policía dispara contra manifestantes en Juliaca')?.type).toBe('repression');
    expect(ev('Soldiers beat protesters in Sucre')?.type).toBe('repression');
    expect(ev('Policía hiere a tres manifestantes en Moquegua')).toMatchObject({ type: 'repression', injured: 3 });
    expect(ev('Policías y manifestantes se agreden en Huancayo')?.type).toBe('clash');
    expect(ev('Represión en Sicuani: policía dispara perdigones contra comuneros')?.type).toBe('repression');
    expect(ev('Comuneros de Chumbivilcas mantienen tomada la vía')?.type).toBe('roadblock');
    expect(ev('Moquegua: paralización agraria cumple su tercer día')?.type).toBe('strike');
    expect(ev('Agricultores de Majes realizan jornada de lucha')?.type).toBe('demonstration');
    expect(ev('Protest at Arequipa airport as flights are suspended')?.type).toBe('demonstration');
    expect(ev('Marcha del 5 de abril en Lima termina frente al Congreso')?.type).toBe('demonstration');
    // Deaths in an accident, or of someone a blockade kept from a hospital, are no force.
    expect(ev('Woman dies after ambulance was stuck at roadblock in Ilave')?.type).toBe('roadblock');
    // One officer among several dead: the others' deaths are still lethal force.
    expect(ev('Ayaviri: suben a nueve los muertos', 'Entre las víctimas hay un policía que murió quemado.')).toMatchObject({ type: 'repression', killed: 9 });
    expect(ev('Mueren dos policías en emboscada de manifestantes en Pataz')?.type).toBe('clash');
  });

  it('adds the figures given as more than another', () => {
    expect(ev('Clashes in Ilave leave two dead', 'Three more died later in hospital.')?.killed).toBe(5);
    expect(ev('Choques en Ilave dejan 10 heridos', 'Otros cuatro heridos fueron trasladados a Juliaca.')).toMatchObject({ injured: 14, place: 'Ilave' });
    expect(ev('Nadie resultó herido durante la marcha en Tacna')?.injured).toBe(0);
    expect(ev('Clashes in Temuco', 'An officer was set on fire by a molotov cocktail.')?.injured).toBe(1);
    expect(ev('Enfrentamientos en Ilo', 'Un agente resultó con quemaduras tras el ataque.')?.injured).toBe(1);
  });

  it('adds up coordinated groups of people', () => {
    expect(ev('Bloqueo en Pataz: mueren dos comuneros y un policía en enfrentamientos')?.killed).toBe(3);
    expect(ev('Choques en Ilo dejan cuatro agentes y una periodista heridos')?.injured).toBe(5);
    expect(ev('Clashes in Oruro: two police officers were hurt and eleven others were treated for injuries')?.injured).toBe(13);
  });

  it('keeps a toll revision of one protest and drops a tally since a date', () => {
    expect(ev('Death toll from Ayaviri protest rises to four')).toMatchObject({ type: 'repression', killed: 4 });
    expect(ev('Sube a cinco la cifra de fallecidos tras la represión en Sicuani')).toMatchObject({ type: 'repression', killed: 5 });
  });

  it('does not let an earlier day retype the action the title reports', () => {
    expect(ev('Puno: tercer día de paro regional', 'La víspera, grupos de pobladores bloquearon la vía a Juliaca durante la tarde.')?.type).toBe('strike');
  });

  it('does not take a place inside a longer name, a road’s destination or a people for the event’s place', () => {
    expect(ev('Marcha recorre la avenida Tacna en el Centro de Lima')).toMatchObject({ admin1Code: 'PE-LIM' });
    expect(ev('Huancavelica: comuneros bloquean la carretera hacia Ayacucho')).toMatchObject({ admin1: 'Huancavelica' });
    expect(ev('Mexico: maestros instalan plantón en el zócalo de Oaxaca')).toMatchObject({ country: 'MX', admin1: 'Oaxaca' });
  });
});
