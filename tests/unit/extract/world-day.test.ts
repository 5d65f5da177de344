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

describe('world day: ordinary world news is no protest', () => {
  it('leaves out naval blockades and military strikes, not protesters blocking a port', () => {
    expect(run('Warships keep up naval blockade of the coast as grain prices climb')).toBeNull();
    expect(run('Navy blockade of northern ports strands dozens of freighters')).toBeNull();
    expect(run('Air force strikes dozens of militant positions overnight')).toBeNull();
    expect(ev('Dockers keep up their blockade of the port of Antwerp in protest at pension reform').type).toBe('roadblock');
  });

  it('leaves out armies fighting each other, not soldiers clashing with protesters', () => {
    expect(run('Combates entre el Ejército y una milicia rival en el norte del país', 'La artillería alcanzó varios barrios.')).toBeNull();
    expect(ev('Enfrentamientos entre militares y manifestantes frente al palacio presidencial', 'Hubo gases lacrimógenos y piedras.').type).toBe('clash');
  });

  it('leaves out a government cutting the internet, not a road cut', () => {
    expect(run('El Gobierno corta el acceso a internet en la capital tras el toque de queda')).toBeNull();
    expect(ev('Campesinos cortan la carretera principal en protesta por el precio del arroz').type).toBe('roadblock');
  });

  it('leaves out strikes called off, averted, threatened or suspended for a deal', () => {
    expect(run('Desconvocado el paro de pilotos tras un acuerdo con la aerolínea')).toBeNull();
    expect(run('Sindicato y patronal firman un pacto que evita nuevas huelgas en el metro')).toBeNull();
    expect(run('Port strike threat lifted as dockworkers accept offer')).toBeNull();
    expect(run('Maquinistas suspenden la huelga tras un preacuerdo con la empresa')).toBeNull();
    expect(ev('Maquinistas inician una huelga de tres días en toda la red ferroviaria').type).toBe('strike');
  });

  it('reads statements, government plans and sentences about protests as no event', () => {
    expect(run('El presidente culpa a la oposición de los disturbios y pide calma')).toBeNull();
    expect(run('El Gobierno permitirá sustituir a los huelguistas con personal temporal')).toBeNull();
    expect(run('Las autoridades cifran en doce los muertos en tres días de disturbios')).toBeNull();
    expect(run('Condenan a dos años de prisión a un joven por participar en los saqueos')).toBeNull();
    expect(run('La Defensoría del Pueblo denuncia malos tratos a detenidos durante las protestas')).toBeNull();
    expect(ev('Manifestantes saquean comercios en el centro tras la subida del combustible').type).toBe('riot');
  });

  it('reads a drama about an old strike, and a strike named with its year, as no event', () => {
    expect(run('TV drama returns to the 1926 general strike')).toBeNull();
    expect(run('Veteranos recuerdan la huelga minera de 1984 en un acto', 'Antiguos mineros se reunieron en el pueblo.')).toBeNull();
    expect(ev('Miners strike at three pits over safety', 'Workers walked out on Monday.').type).toBe('strike');
  });

  it('reads a month before a vote as no march, and a call for protests as announced', () => {
    expect(run('Ruling party loses ground after the March vote', 'Farmers backed the new party.')).toBeNull();
    expect(run('Opposition groups call for fresh nationwide protests next week')?.status ?? 'announced').toBe('announced');
  });
});

describe('world day: recall and type on world wordings', () => {
  it('types firing on worshippers or supporters who protest as a repression, firing on a car as nothing', () => {
    expect(ev('Soldados disparan contra simpatizantes de la oposición que protestaban frente al cuartel', 'Murieron tres personas.').type).toBe('repression');
    expect(run('Policías disparan contra un coche que no se detuvo en un control')).toBeNull();
  });

  it('types a protester run over by a police armoured vehicle as a repression, a car crash as nothing', () => {
    expect(ev('Un estudiante muere atropellado por una tanqueta de la policía durante las protestas').type).toBe('repression');
    expect(ev('Motorcycle courier crushed by a police armoured vehicle during fuel-price protests').type).toBe('repression');
    expect(run('Un ciclista muere atropellado por un camión en la autopista')).toBeNull();
  });

  it('types rival groups fighting as a clash, rival gangs as no protest', () => {
    expect(ev('Rival groups clash outside a mosque as police try to keep them apart').type).toBe('clash');
    expect(run('Rival gangs clash in the port district; three dead')).toBeNull();
  });

  it('types rubber bullets and tear gas with no one hurt as a clash, with wounded as a repression', () => {
    expect(ev('La policía dispara balas de goma contra manifestantes frente al Parlamento').type).toBe('clash');
    expect(ev('La policía dispara balas de goma contra manifestantes frente al Parlamento; hay 30 heridos').type).toBe('repression');
  });

  it('types a raid on an occupied building with dozens detained as a repression, dozens detained at a march as not', () => {
    expect(ev('Police raid occupied university hall and clear pro-Palestinian protesters', 'Officers stormed the building and arrested dozens of students.').type).toBe('repression');
    expect(ev('Miles de personas marchan en la capital; decenas de detenidos', 'La marcha terminó con empujones.').type).not.toBe('repression');
  });

  it('reads shops shuttered and a strike day staged as going on, a strike only threatened as announced', () => {
    expect(ev('Merchants shutter shops in the old bazaar as strike call spreads', 'Traders chanted slogans against the government on the first day of a strike called by activists.').status).toBe('ongoing');
    expect(ev('Flights halted as unions stage fourth strike day over pensions', 'Unions said they would strike again on Thursday.').status).toBe('ongoing');
    expect(run('Unions plan to strike next week over pensions')?.status ?? 'announced').toBe('announced');
  });
});

describe('world day: city-states and police forces that name a country', () => {
  it('gives a city-state named as a country its city, a country its none', () => {
    expect(ev('Miles de manifestantes marchan en Hong Kong contra la ley de seguridad')).toMatchObject({ country: 'HK', place: 'Hong Kong' });
    expect(ev('Thousands march in Singapore against the new law')).toMatchObject({ country: 'SG', place: 'Singapore' });
    expect(ev('Thousands march in France against the pension reform')).toMatchObject({ country: 'FR', place: null });
  });

  it('takes a national police force or seat of government as the country when no place gives one', () => {
    expect(ev('Los Mossos desalojan a los manifestantes que cortaban la autopista')).toMatchObject({ country: 'ES' });
    expect(ev('Met Police arrest dozens of climate activists blocking a bridge')).toMatchObject({ country: 'GB' });
    // (A place the text names comes first.)
    expect(ev('Los Mossos desalojan a los manifestantes que cortaban una autopista en Francia')).toMatchObject({ country: 'FR' });
  });
});

describe('world day: more exonyms and the United Kingdom\'s nations', () => {
  it('reads Kiev, Járkov, Calcuta, Ciudad de Panamá', () => {
    expect(ev('Miles de personas marchan en Kiev contra la corrupción')).toMatchObject({ country: 'UA', place: 'Kyiv' });
    expect(ev('Estudiantes marchan en Calcuta tras la muerte de una médica')).toMatchObject({ country: 'IN', place: 'Kolkata' });
    expect(ev('Docentes marchan en Ciudad de Panamá contra la reforma')).toMatchObject({ country: 'PA' });
  });

  it('gives England, Scotland or Wales as the region when the text names the nation, none for the United Kingdom', () => {
    expect(ev('Farmers block roads across England over inheritance tax')).toMatchObject({ country: 'GB', admin1: 'England' });
    expect(ev('Disturbios en una localidad del norte de Inglaterra: atacan un hotel y se enfrentan a la policía')).toMatchObject({ country: 'GB', admin1: 'England' });
    expect(ev('Nurses strike across the UK over pay')).toMatchObject({ country: 'GB', admin1: null });
  });
});

describe('world day: wars, sieges and censorship', () => {
  it('leaves out a state\'s blockade of a territory or an economy, not protesters blocking a border', () => {
    expect(run('Egypt and Israel keep up blockade of the Gaza Strip')).toBeNull();
    expect(run('La ONU pide levantar el bloqueo económico a Cuba')).toBeNull();
    expect(ev('Camioneros bloquean el paso fronterizo con Eslovaquia en protesta por la competencia').type).toBe('roadblock');
  });

  it('leaves out an app or a website blocked, not a road', () => {
    expect(run('Turquía bloquea el acceso a Instagram durante nueve días')).toBeNull();
    expect(ev('Vecinos bloquean el acceso a la planta de residuos en protesta por los olores').type).toBe('roadblock');
  });

  it('leaves out fighting with armed groups and militias, not protesters clashing with police over a war', () => {
    expect(run('Choques entre el Ejército y Hezbolá en la frontera dejan seis muertos')).toBeNull();
    expect(run('Militias and government forces clash near the airport; shelling continues')).toBeNull();
    expect(ev('Protesters clash with police outside parliament over the war against Hamas').type).toBe('clash');
  });
});

describe('world day: more world wordings', () => {
  it('reads a strike told by what it stops, not a military strike that stops something', () => {
    expect(ev('Dockers\' strike halts container traffic at Europe\'s busiest port').type).toBe('strike');
    expect(ev('La huelga de maquinistas paraliza los trenes de cercanías').type).toBe('strike');
    expect(run('Missile strike halts grain exports from the port')).toBeNull();
  });

  it('reads activists glued to a road as a roadblock, glue in a factory as nothing', () => {
    expect(ev('Climate activists glue themselves to a motorway near Munich').type).toBe('roadblock');
    expect(ev('Activistas climáticos se pegan al asfalto en una avenida de Viena').type).toBe('roadblock');
    expect(run('Workers glue panels to the frame at the new plant')).toBeNull();
  });

  it('reads a protest camp cleared with mass arrests as a repression, a camp site cleared for a festival as nothing', () => {
    expect(ev('Students\' protest encampment cleared overnight; 120 arrested').type).toBe('repression');
    expect(run('Tent camp cleared after music festival ends')).toBeNull();
  });

  it('reads protesters pelting police as a clash', () => {
    expect(ev('Protesters pelt riot police with bottles outside the ministry').type).toBe('clash');
    expect(run('Fans pelt the referee with coins after the match')).toBeNull();
  });

  it('reads the killing a riot answers, in headline form, as background', () => {
    expect(ev('Youths torch cars in suburb after teenager shot by police', 'Crowds threw fireworks at officers.').type).not.toBe('repression');
  });
});

describe('world day: Spanish world wordings', () => {
  it('reads security forces killing protesters with the means named as a repression, police killing a suspect as nothing', () => {
    expect(ev('Soldados matan a tiros a tres manifestantes frente al cuartel').type).toBe('repression');
    expect(run('La policía mata a tiros a un presunto asaltante en un control')).toBeNull();
  });

  it('reads workers leaving their posts in protest as a strike, leaving the hospital after treatment as nothing', () => {
    expect(ev('Enfermeras abandonan sus puestos en protesta por los turnos').type).toBe('strike');
    expect(run('El paciente abandona el hospital tras la operación')).toBeNull();
  });

  it('reads tractors and gridlock for a cause as protest, tractors at harvest as nothing', () => {
    expect(ev('Agricultores con tractores llegan al centro de Madrid contra los acuerdos comerciales').type).toBe('demonstration');
    expect(ev('Los camioneros colapsan los accesos a la ciudad contra la subida del gasóleo').type).toBe('roadblock');
    expect(run('Agricultores con tractores recogen la cosecha de trigo')).toBeNull();
  });

  it('reads caceroladas as a demonstration', () => {
    expect(ev('Caceroladas en los barrios de la capital contra el Gobierno').type).toBe('demonstration');
  });
});

describe('world day: ballots and concessions', () => {
  it('reads a strike ballot as no strike yet, a strike after a ballot as a strike', () => {
    expect(run('Nurses\' union to open strike ballot over pay offer')).toBeNull();
    expect(ev('Nurses walk out across England after union ballot', 'Thousands of nurses joined picket lines.').type).toBe('strike');
  });

  it('reads a government\'s or the EU\'s concession as no event unless the title reports an action', () => {
    expect(run('Tractor protests: EU agrees to ease green rules for farmers')).toBeNull();
    expect(run('El Gobierno retira la reforma tras las protestas')).toBeNull();
    expect(ev('Government offers talks as farmers block motorways with tractors').type).toBe('roadblock');
  });
});

describe('world day: wars between states and Northern Ireland', () => {
  it('leaves out fighting between two states\' forces or with militants, not villagers clashing with soldiers', () => {
    expect(run('Fighting breaks out between Indian and Chinese troops on the border')).toBeNull();
    expect(run('Two soldiers killed in clashes with militants near the border')).toBeNull();
    expect(ev('Choques entre campesinos y militares en la carretera dejan cinco heridos').type).toBe('clash');
  });

  it('places Northern Ireland in the United Kingdom', () => {
    expect(ev('Youths throw petrol bombs at police in Northern Ireland for a third night')).toMatchObject({ country: 'GB', admin1: 'Northern Ireland' });
  });
});

describe('world day: sanctions and the people a court tries', () => {
  it('reads sanctions over a crackdown and a court trying the riots\' culprits as no event, a riot reported as one', () => {
    expect(run('La UE sanciona a cinco mandos policiales por la represión de las protestas')).toBeNull();
    expect(run('Un tribunal condena a los cabecillas de los disturbios del verano')).toBeNull();
    expect(ev('Encapuchados incendian comercios en el centro durante los disturbios').type).toBe('riot');
  });
});
