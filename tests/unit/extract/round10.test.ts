// Tenth round: repression and its border with clash, and the ordinary news of a general feed. Mechanisms found on
// round10-dev's and the wire days' misses and written as probe headlines of their own; none copied from a labelled item.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', published = '2023-01-10T12:00:00-05:00') => normalize({ title, summary, published });
const type = (title: string, summary = '') => ev(title, summary)?.type ?? null;

describe('lethal force told in headline grammar', () => {
  it('a march fired on is no month ("fire on march")', () => {
    expect(type('Six farmers killed as troops fire on march near Ilave bridge')).toBe('repression');
    expect(ev('Six farmers killed as troops fire on march near Ilave bridge')?.killed).toBe(6);
    expect(ev('Budget vote on March 3')).toBeNull();
  });
  it('a toll just before the clashes is theirs ("N muertos tras enfrentamientos")', () => {
    const e = ev('Puno: al menos 9 muertos tras enfrentamientos en el puente', 'Los cuerpos tenían heridas de bala.');
    expect(e?.type).toBe('repression');
    expect(e?.killed).toBe(9);
  });
  it('a toll told first and then revised, with the gunfire named', () => {
    const e = ev('Huanta: cifra de muertos por los disparos en el cuartel sube a ocho');
    expect(e?.type).toBe('repression');
    expect(e?.killed).toBe(8);
  });
  it('shot or gunned down by the forces, in the passive', () => {
    expect(type('Families bury four farmers shot by troops at the Ilave bridge')).toBe('repression');
    expect(type('Dos comuneros baleados por la policía en Chumbivilcas')).toBe('repression');
    expect(ev('Soldiers gunned down five protesters at the Huanta checkpoint')?.killed).toBe(5);
  });
  it('a tear-gas canister that kills or maims, a water cannon running over a protester', () => {
    expect(type('Bomba lacrimógena impacta en la cabeza de un manifestante, que muere en el hospital')).toBe('repression');
    expect(ev('Bomba lacrimógena impacta en la cabeza de un manifestante, que muere en el hospital')?.killed).toBe(1);
    expect(type('Water cannon truck runs over protester in Medellín')).toBe('repression');
    expect(type('Police fire tear gas at stone-throwing students in Bogotá')).toBe('clash');
    // (The head of a march is no one's head; "face" as a verb is no wound.)
    expect(type('La policía lanzó bombas lacrimógenas contra la cabeza de la marcha en Lima')).toBe('clash');
    expect(type('Police fire tear gas canisters as protesters face riot squads in Quito')).toBe('clash');
  });
});

describe('gunfire denied or not reported', () => {
  it('a dispersal with gas and no gunfire is a clash', () => {
    expect(type('Policía dispersa con gases una marcha en Tacna; no hubo disparos', 'Los manifestantes lanzaron piedras.')).toBe('clash');
    expect(type('Police disperse students with tear gas in Quito, no shots were fired', 'Students threw bottles.')).toBe('clash');
  });
  it('a minister denying the forces fired reports no force', () => {
    expect(ev('Interior minister denies police fired on protesters in Puno')).toBeNull();
  });
});

describe('incidents between protesters and the police, raids on a campus', () => {
  it('incidents or scuffles between the two, named either way round', () => {
    expect(type('Incidentes entre estudiantes y carabineros frente al Congreso en Valparaíso')).toBe('clash');
    expect(type('Scuffles between riot police and striking teachers outside the ministry in Lima')).toBe('clash');
  });
  it('no event: fans and the police', () => {
    expect(ev('Incidentes entre hinchas y la policía tras el partido en Cali')).toBeNull();
  });
  it('a raid on an occupied campus told without its subject, or with its means, and the arrests', () => {
    expect(type('Intervienen la universidad de Huamanga: 120 detenidos', 'Las delegaciones alojadas en el campus fueron desalojadas.')).toBe('repression');
    expect(type('Policía irrumpe con tanqueta en la ciudad universitaria y detiene a 60 personas', 'Los estudiantes protestaban desde el lunes.')).toBe('repression');
  });
  it('an armoured vehicle breaking in, or everyone taken to police headquarters, is a mass arrest without its figure', () => {
    expect(type('Policía ingresa a la universidad y desaloja a los manifestantes alojados', 'Con un vehículo blindado derribaron el portón; los estudiantes fueron trasladados a la sede de la Dircote.')).toBe('repression');
  });
});

describe('groups fighting each other are a clash', () => {
  it('rival groups, supporters and opponents, two groups of protesters, even with guns and dead', () => {
    expect(type('Enfrentamiento entre grupos rivales deja un muerto en Yapacaní', 'Se atacaron con piedras y armas de fuego.')).toBe('clash');
    expect(type('Supporters and opponents of the governor clash with guns in Montero, two dead')).toBe('clash');
    expect(type('Dos grupos de manifestantes se enfrentan a balazos en Yapacaní; un muerto')).toBe('clash');
  });
});

describe('the consequence first, fire on a funeral, raids on an organization', () => {
  it('relatives at the morgue after a shooting at a site', () => {
    expect(type('Familiares identifican a los fallecidos en la morgue de Huanta tras la balacera en el cuartel')).toBe('repression');
  });
  it('forces firing on mourners is a new act, with its own toll', () => {
    const e = ev('Soldiers open fire on mourners in Ayaviri, killing three');
    expect(e?.type).toBe('repression');
    expect(e?.killed).toBe(3);
  });
  it('the forces raiding a federation headquarters with mass arrests', () => {
    expect(type('Troops raid peasant federation headquarters in Cusco, detain 35 leaders', 'The federation had called for indigenous protests.')).toBe('repression');
  });
  it('one person killed by a named force, and the dead named by their group', () => {
    expect(ev('Riot police kill protester in Medellín as tax protests spread')?.killed).toBe(1);
    expect(ev('Militares matan a un comunero en el bloqueo de Ilave')?.killed).toBe(1);
    expect(ev('Tragedia en Ilave: seis mineros muertos por disparos de la policía')?.killed).toBe(6);
  });
});

describe('statements, reports and consequences are no event', () => {
  it('trials, sentences and compensation for earlier killings', () => {
    expect(ev('Policeman sentenced for shooting student at 2020 march')).toBeNull();
    expect(ev('Trial opens for soldiers accused of killing protesters in Ayacucho')).toBeNull();
    expect(ev('State to compensate families of protesters killed in the south')).toBeNull();
  });
  it('force denounced as a noun with no casualty', () => {
    expect(ev('Organizaciones denuncian represión policial en Puno y piden renuncia del ministro')).toBeNull();
    expect(ev('Groups condemn the crackdown and demand an independent inquiry')).toBeNull();
  });
  it('a complaint with a new act and a toll stays an event', () => {
    expect(type('Denuncian que policías dispararon contra vecinos en Bambamarca; dos heridos')).toBe('repression');
  });
  it("a human-rights body's or a report's finding", () => {
    expect(ev('Human Rights Watch: Peruvian troops killed protesters unlawfully')).toBeNull();
    expect(ev('Police used live rounds against marchers in Juliaca, report finds')).toBeNull();
    expect(ev('CIDH: hubo ejecuciones extrajudiciales en Juliaca')).toBeNull();
    expect(ev('Amnistía Internacional pide investigar las muertes en Puno')).toBeNull();
  });
  it('a human-rights body named beside an action the title reports leaves the action an event', () => {
    expect(ev('Police fire on marchers in Juliaca, killing two; Amnesty demands inquiry')).toMatchObject({ type: 'repression', killed: 2 });
    expect(type('Manifestantes marchan en Juliaca; Human Rights Watch pide garantías')).toBe('demonstration');
  });
  it('losses or alerts a protest causes', () => {
    expect(ev('Exportadores estiman pérdidas de 50 millones por los bloqueos en la Panamericana')).toBeNull();
    expect(ev('Minsa declara alerta amarilla en hospitales de Lima ante marcha del jueves')).toBeNull();
    expect(ev('Mining firms report losses from the strike in Apurimac')).toBeNull();
    // (A region on alert because of a strike that is going on still reports the strike.)
    expect(type('Tacna en alerta por el paro indefinido que cumple su tercer día')).toBe('strike');
  });
  it('the effect or cost of blockades, a mudslide (deslave) that blocks a road', () => {
    expect(ev('Ministers meet to weigh the cost of the blockades on exports')).toBeNull();
    expect(ev('Gremios analizan el impacto de los bloqueos en el turismo de Cusco')).toBeNull();
    expect(ev('Deslave bloquea la carretera Loja-Zamora')).toBeNull();
  });
  it('a strike weighed, or one over', () => {
    expect(ev('Sindicato de pilotos evaluará una huelga en marzo')).toBeNull();
    expect(ev('Teachers return to classrooms after two-week strike ends')).toBeNull();
  });
  it('a snowstorm that blocks a road', () => {
    expect(ev('Blizzard blocks Andean pass, strands 300 trucks at Chilean border')).toBeNull();
  });
  it('a shooting in a market that families complain about is crime news', () => {
    expect(ev('Balacera en mercado de Trujillo: familias denuncian inseguridad')).toBeNull();
  });
  it('a single hitman killed by the police is crime news', () => {
    expect(ev('Policía mata a presunto sicario en enfrentamiento en Tumbes')).toBeNull();
  });
  it('a riot after a police shooting is a riot, the shooting background', () => {
    const e = ev('Protesters torch police station after a teenager was shot dead by officers in Quito');
    expect(e?.type).toBe('riot');
    expect(e?.killed).toBeNull();
  });
});

describe('strike and blockade words of world feeds and of Argentine news', () => {
  it('industrial action, striking workers, a blocked motorway', () => {
    expect(type('Industrial action by Swedish dockers halts container traffic')).toBe('strike');
    expect(type('Striking bus drivers picket depots in Manchester')).toBe('strike');
    expect(type('Climate activists blocking motorway near Amsterdam detained')).toBe('roadblock');
  });
  it('a strike by its strikers, a strike vote, protests that sweep a country, a camp cleared, tyres set ablaze', () => {
    expect(type('Strike by baggage handlers snarls Madrid airport')).toBe('strike');
    expect(type('Dockers vote overwhelmingly to strike at Santos port')).toBe('strike');
    expect(type('Anti-austerity protests sweep across Ecuador')).toBe('demonstration');
    expect(type('Riot police clear protest camp outside the presidential palace in Quito')).toBe('clash');
    expect(type('Protesters set tyres ablaze on main roads in Tegucigalpa')).toBe('roadblock');
  });
  it('protesters killing a soldier or an officer is a clash, even with a death count', () => {
    expect(type('Pobladores matan a un policía durante enfrentamiento en Pichanaki')).toBe('clash');
    expect(type('Protesters kill two police officers at blockade near Ayaviri')).toBe('clash');
    expect(type('Four farmers killed as soldiers fire on march in Ayaviri')).toBe('repression');
  });
  it('joining a strike ("adhirió a la medida de fuerza", "alta adhesión al paro")', () => {
    expect(type('Bancos cerrados: los bancarios adhirieron a la medida de fuerza')).toBe('strike');
    expect(type('Alta adhesión al paro docente en Mendoza')).toBe('strike');
  });
});

describe('counts', () => {
  it('the dead told by their bodies, by the forces killing N at a place', () => {
    expect(ev('Morgue de Juliaca recibe los cuerpos de cinco comuneros tras disparos en el puente')?.killed).toBe(5);
    expect(ev('Troops kill six at Ilave blockade, ombudsman says')?.killed).toBe(6);
  });
  it('shot, treated, wounded at a place, a total with its part in between', () => {
    expect(ev('Cuatro pobladores fueron baleados durante el desalojo de la vía en Espinar')?.injured).toBe(4);
    expect(ev('Clinic in Puno treats 15 for gunshot wounds after police clear bridge blockade')?.injured).toBe(15);
    expect(ev('Rubber bullets fired at peaceful sit-in wound 9 in Guayaquil')?.injured).toBe(9);
    expect(ev('Protesters and police clash in Cusco; 20 people, including five officers, were injured')?.injured).toBe(20);
    expect(ev('Police fire on Ayaviri march', 'Three other people were being treated at the regional hospital.')?.injured).toBe(3);
  });
  it('no count: nearly N, hours held up, the wounded who died', () => {
    expect(ev('Police raid occupied campus in Lima, detain nearly 150 students')?.detained).toBeNull();
    expect(ev('Camioneros bloquean la Carretera Central', 'Los choferes llevan 40 horas detenidos en la vía.')?.detained).toBeNull();
    expect(ev('Huanta: sube a seis la cifra de muertos por los disparos', 'El hospital confirmó la muerte de dos heridos.')?.injured).toBeNull();
  });
  it('a person with an age killed', () => {
    expect(ev('Student, 19, killed by tear gas canister during march in Quito')?.killed).toBe(1);
  });
});

describe('countries named by their institutions', () => {
  it("Venezuela and Caracas by name, Peru's police units", () => {
    expect(ev('Protesters and guardsmen trade stones and tear gas on a Caracas avenue')?.country).toBe('VE');
    expect(ev('Desalojo violento de estudiantes en la universidad: los detenidos fueron llevados a la Dirincri')?.country).toBe('PE');
  });
});

describe('a protest counted in many regions is national: no outlet town', () => {
  it('bloqueos en 12 departamentos from a Bogotá outlet', () => {
    const e = normalize({ title: 'Paro de transportadores: bloqueos en 12 departamentos', summary: '', published: '2023-01-10T12:00:00-05:00', feed: 'Noticias Bogotá' });
    expect(e?.type).toBe('roadblock');
    expect(e?.place).toBeNull();
  });
});
