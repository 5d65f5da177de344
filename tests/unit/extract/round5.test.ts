// Fifth round: mechanisms found on round5-dev, each tested on wording of its own (probe sentences per type, with hard
// negatives of the same words), none copied from a labelled item.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', published = '2023-01-10T12:00:00-05:00') => normalize({ title, summary, published });
const type = (title: string, summary = '') => ev(title, summary)?.type ?? null;

describe('repression named by what security forces do', () => {
  it('dispersal with firearms, passive shootings, forces firing without a named target', () => {
    expect(type('Policías dispersan a tiros a comuneros en Chumbivilcas')).toBe('repression');
    expect(type('Troops broke up the sit-in with live rounds, witnesses say', 'Residents of Juli said two men were hit.')).toBe('repression');
    expect(type('Un joven fue abatido durante la protesta en Pichanaki')).toBe('repression');
    expect(type('Two protesters were shot near the bridge in Ilave')).toBe('repression');
    expect(type('Agentes dispararon en el puente Añashuayco', 'Tres pobladores que bloqueaban la vía resultaron heridos de bala.')).toBe('repression');
    expect(type('Protesters were fired upon by soldiers in Ayacucho')).toBe('repression');
  });
  it('firing on, beating, charging and killing named people', () => {
    expect(type('Policía abre fuego contra vecinos que protestaban en Tumbes')).toBe('repression');
    expect(type('Police beat and arrest students at sit-in in Quito')).toBe('repression');
    expect(type('Agentes arremeten contra manifestantes en el Centro de Lima', 'Varios heridos fueron trasladados al hospital Loayza.')).toBe('repression');
    expect(type("Police charge pensioners' rally outside Congress in Buenos Aires", 'A photographer was critically injured by a tear gas canister.')).toBe('repression');
    expect(type('Colombia police accused of killing protester in Cali')).toBe('repression');
    expect(type('Militares matan a dos personas en el bloqueo de Sacaba')).toBe('repression');
    expect(type('Students blinded by pellets fired by Chilean police')).toBe('repression');
  });
  it('excessive force named as such, and force on a protest called peaceful with casualties', () => {
    expect(type('Desalojo violento de la plaza deja 12 heridos en Lima', 'La policía retiró a los manifestantes que acampaban.')).toBe('repression');
    expect(type('Police used excessive force against peaceful marchers in Quito, leaving 20 injured')).toBe('repression');
    expect(type('Policía lanza gases contra marcha pacífica; hay 15 heridos')).toBe('repression');
    // (stones thrown: a confrontation)
    expect(type('Police and protesters clash in Lima; 10 injured', 'Officers fired tear gas and protesters threw stones.')).toBe('clash');
  });
  it('mass arrests in a raid on a protest camp ("round up N")', () => {
    const r = ev('Police round up 60 in pre-dawn raid on protest camp');
    expect(r?.type).toBe('repression');
    expect(r?.detained).toBe(60);
  });
  it('no event: crime news with the same verbs', () => {
    expect(ev('Policía abatió a un delincuente en Trujillo', 'El sujeto intentó asaltar una tienda.')).toBeNull();
    expect(ev('Man fatally shot in robbery in downtown Lima')).toBeNull();
    expect(ev('Agentes dispararon contra una banda de asaltantes en Callao')).toBeNull();
    expect(ev('Police officer charged with killing protester in Cali')).toBeNull();
    expect(ev('Amnesty report documents excessive force in protest crackdown')).toBeNull();
  });
});

describe('marches named by what people do', () => {
  it('walking, filling a square, banging pots, camping out, banners, turning out', () => {
    expect(type('Residents walk through Arequipa demanding the president resign')).toBe('demonstration');
    expect(type('Thousands fill the streets of La Paz against the decree')).toBe('demonstration');
    expect(type('Estudiantes colman la plaza San Martín', 'Exigen el cierre del Congreso.')).toBe('demonstration');
    expect(type('Vecinos golpean cacerolas en Miraflores contra el gobierno')).toBe('demonstration');
    expect(type('Teachers camp out in front of the ministry in Lima')).toBe('demonstration');
    expect(type('Jubilados pasan la noche frente al Ministerio de Economía', 'Reclaman el pago de sus pensiones.')).toBe('demonstration');
    expect(type('Familiares exigen justicia con pancartas frente a la fiscalía de Juliaca')).toBe('demonstration');
    expect(type('Thousands turn out in Bogota to back the peace deal')).toBe('demonstration');
    expect(type('Miles de mujeres caminan por las calles de Puno con velas')).toBe('demonstration');
    expect(type('Hundreds demonstrated outside the electoral court in La Paz')).toBe('demonstration');
    expect(type('Peruvians in Madrid rally against Boluarte')).toBe('demonstration');
    expect(type('Limeños protestan en la avenida Abancay')).toBe('demonstration');
  });
  it('no event: the same doings for another purpose (PURPOSE)', () => {
    expect(ev('Residents walk to work through flooded streets in Piura')).toBeNull();
    expect(ev('Thousands fill the streets of Cusco for Corpus Christi procession')).toBeNull();
    expect(ev('Miles de fieles colman la plaza de Armas de Lima en Semana Santa')).toBeNull();
    expect(ev('Estudiantes caminan hasta su colegio por falta de transporte')).toBeNull();
    expect(ev('Campers pitch tents on Paracas beaches for the long weekend')).toBeNull();
    expect(ev('Fans fill the streets of Lima to celebrate', 'Millions of fans partied after the final.')).toBeNull();
    expect(ev('Chileans rally behind national team before World Cup qualifier')).toBeNull();
    expect(ev('Peruvians gather to watch the final in Lima plazas')).toBeNull();
    expect(ev('Soldiers march in military parade in Lima', 'The parade drew crowds.')).toBeNull();
  });
  it('a peaceful march whose report denies clashes, or has them a day earlier, is no clash', () => {
    expect(type('Marcha pacífica en Cusco transcurre sin enfrentamientos', 'Miles recorrieron el centro de la ciudad.')).toBe('demonstration');
    expect(type('Thousands march in Lima; no clashes were reported')).toBe('demonstration');
    expect(type('Marchan en Lima tras los enfrentamientos del lunes', 'Miles recorrieron el centro de forma pacífica.')).toBe('demonstration');
    expect(ev('Refuerzan seguridad para evitar enfrentamientos en Puno')).toBeNull();
  });
});

describe('riots without "disturbios"', () => {
  it('reduced to ashes, razed, plundered, petrol bombs and stones at buildings, statues toppled', () => {
    expect(type('Manifestantes reducen a cenizas la comisaría de Macusani')).toBe('riot');
    expect(type('Turba arrasa con la sede de la fiscalía en Juliaca')).toBe('riot');
    expect(type('Protesters plunder shops in Puerto Maldonado')).toBe('riot');
    expect(type('Lanzan bombas molotov contra la sede del gobierno regional', 'Encapuchados atacaron el edificio en Arequipa.')).toBe('riot');
    expect(type('Lanzan piedras contra la sede del gobierno regional de Puno', 'Manifestantes rompieron las ventanas.')).toBe('riot');
    expect(type('Derriban la estatua de Colón en Cali', 'Indígenas misak tumbaron el monumento.')).toBe('riot');
    expect(type('Protesters trash the offices of the electoral board in Cochabamba')).toBe('riot');
  });
  it('the passive voice', () => {
    expect(type('La municipalidad de Puno fue saqueada durante la protesta')).toBe('riot');
    expect(type('Vehículos policiales fueron quemados por manifestantes en Andahuaylas')).toBe('riot');
    expect(type('Bus station burned by demonstrators in Arequipa')).toBe('riot');
    expect(type('Los agentes fueron atacados con piedras por los manifestantes en Pisco')).toBe('clash');
    expect(ev('Vivienda fue incendiada por un cortocircuito en Juliaca')).toBeNull();
  });
  it('tyres set alight across a road are a roadblock', () => {
    expect(type('Tyres set alight on the road to Juliaca as residents block the highway')).toBe('roadblock');
  });
  it('no event: looting after a flood, a market fire', () => {
    expect(ev('Looting reported in flooded Piura neighbourhoods', 'Residents said abandoned homes were ransacked after the river burst its banks.')).toBeNull();
    expect(ev('Mercado de Juliaca quedó reducido a cenizas tras incendio', 'Bomberos trabajaron toda la noche.')).toBeNull();
  });
  it('but people hit by a disaster who block a road are protesting', () => {
    expect(type('Damnificados del huaico bloquean la Carretera Central exigiendo ayuda')).toBe('roadblock');
    expect(type('Flood victims block highway in Piura demanding aid')).toBe('roadblock');
  });
});

describe('strikes and roadblocks', () => {
  it('stoppages named by their scope, shutters down, a city encircled', () => {
    expect(type('Cusco begins 48-hour stoppage')).toBe('strike');
    expect(type('Tacna shuts down in regional stoppage', 'Shops remained shut and buses did not run.')).toBe('strike');
    expect(type('Cusco: comercios bajan sus persianas en apoyo a la protesta')).toBe('strike');
    expect(type('Cocaleros cercan la ciudad de La Paz')).toBe('roadblock');
  });
});

describe('no event: gangs, works about protests', () => {
  it('gunfights of cartels and gangs', () => {
    expect(ev('Cartel gunmen and soldiers trade fire in Sinaloa')).toBeNull();
    expect(ev('Enfrentamiento entre pandillas deja dos muertos en Trujillo')).toBeNull();
  });
  it('a film or a book whose title reports no action', () => {
    expect(ev('Documental sobre el estallido se estrena en Santiago', 'La película sigue a manifestantes que perdieron un ojo.')).toBeNull();
    expect(ev('Book on Peru protests launched in Lima', 'It recounts how police fired on protesters in Juliaca.')).toBeNull();
  });
});

describe('counts and places', () => {
  it('"aprehendidos", "abatido", "fue alcanzado" plus "otras N", "a colleague was hurt", "N die", "mueren N en"', () => {
    expect(ev('Choques en Oruro', 'La policía informó de 9 aprehendidos tras los enfrentamientos con mineros.')?.detained).toBe(9);
    expect(ev('Un rondero fue abatido en el desbloqueo de la vía en Cajamarca')?.killed).toBe(1);
    expect(ev('Disparan perdigones contra manifestantes en Lima', 'Un estudiante fue alcanzado en el ojo y otras cuatro personas resultaron heridas.')?.injured).toBe(5);
    expect(ev('Protesters attack police convoy in Puno', 'One officer was killed and a colleague was hurt.')?.injured).toBe(1);
    expect(ev('Peru: 17 die in clashes with police in Juliaca')?.killed).toBe(17);
    expect(ev('Juliaca: mueren 17 en la protesta')?.killed).toBe(17);
  });
  it('a landmark many cities share yields to the town the text places the event in', () => {
    const r = ev('Normalistas derriban la puerta del Palacio de Gobierno', 'Los estudiantes lanzaron petardos contra los policías en Tlaxcala; los agentes respondieron con gases.', '2024-03-06T14:00:00-06:00');
    expect(r?.country).toBe('MX');
  });
});

describe('settling in a square, painting facades, defending a cause', () => {
  it('are a demonstration, a riot and protest context', () => {
    expect(type('Cientos de ronderos llegan a Lima y se instalan en la plaza San Martín')).toBe('demonstration');
    expect(type('Colectivos feministas pintan la fachada de la fiscalía')).toBe('riot');
    expect(type('Caravana de autos recorre Santa Cruz en defensa del voto')).toBe('demonstration');
    expect(ev('Caravana de autos clásicos recorre Trujillo')).toBeNull();
  });
});

describe('security forces closing the way to a march', () => {
  it('do not make it a roadblock', () => {
    expect(type('Carabineros cierran el paso a la marcha en la Alameda', 'La movilización avanzó pacíficamente hasta Los Héroes.')).toBe('demonstration');
    expect(type('Police block marchers from reaching Congress', 'Thousands of demonstrators marched from the Plaza Dos de Mayo.')).toBe('demonstration');
  });
});

describe('more force and confrontation wording (English wire style)', () => {
  it('crackdowns, beatings, violent dispersal, people run over by police vehicles, shots at crowds', () => {
    expect(type("Deadly crackdown in Peru's south", 'Soldiers shot at crowds near the airport; seven people died.')).toBe('repression');
    expect(type('Bolivia: tear gas and beatings as police clear La Paz march', 'Several marchers were hospitalised.')).toBe('repression');
    expect(type('Police violently disperse teachers in Mexico City')).toBe('repression');
    expect(type('Chile: police run over protester with armoured vehicle')).toBe('repression');
    expect(type('Manifestante atropellado por un vehículo policial en Santiago')).toBe('repression');
  });
  it('an eviction of an occupation with mass arrests is a repression', () => {
    const r = ev('Detienen a 80 personas en el desalojo de la toma de la universidad');
    expect(r?.type).toBe('repression');
    expect(r?.detained).toBe(80);
  });
  it('running battles and fighting police are clashes', () => {
    expect(type('Protesters and police fight running battles in Bogota')).toBe('clash');
  });
  it('no event: police work against crime, insurgents or inmates', () => {
    expect(ev('Soldiers kill two in ambush in the VRAEM', 'The army said the dead were members of a Shining Path remnant.')).toBeNull();
    expect(ev('Policías mueren en enfrentamiento con presos en la cárcel de Guayaquil')).toBeNull();
    expect(ev('Police shot dead a suspected robber in Callao')).toBeNull();
    expect(type('Marcha por la liberación de presos políticos en La Paz')).toBe('demonstration');
  });
});
