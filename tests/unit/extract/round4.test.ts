// Fourth round: mechanisms found on round4-dev (odd ids) and fresh-dev, each tested on wording of its own.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', published = '2023-01-10T12:00:00-05:00') => normalize({ title, summary, published });

describe('a background clause ends with the title', () => {
  it('"tras la muerte de..." in a title does not blank the summary that reports the action', () => {
    expect(ev('Queman la comisaría de Ilave tras la muerte de un comunero', 'Pobladores prendieron fuego al local policial durante la madrugada.')?.type).toBe('riot');
  });
});

describe('blockades kept up, found at dawn, or traffic paralysed', () => {
  it('are roadblocks, not strikes', () => {
    expect(ev('La variante de Uchumayo amanece bloqueada')?.type).toBe('roadblock');
    expect(ev('Comuneros mantienen el bloqueo en Desaguadero')?.type).toBe('roadblock');
    expect(ev('Transportistas paralizan la carretera Central en La Oroya')?.type).toBe('roadblock');
  });
});

describe('people acting as protest context', () => {
  it('young people, citizens and delegations support weak action words', () => {
    expect(ev('Jóvenes bloquean el acceso al terminal de Huancayo')?.type).toBe('roadblock');
    expect(ev('Youths torch a bus in downtown Quito')?.type).toBe('riot');
  });
  it('leaders and traders are no protest context by themselves', () => {
    expect(ev('Comerciantes cierran sus negocios por temor a saqueos en Tumbes')).toBeNull();
  });
});

describe('staged protests and taken streets', () => {
  it('are demonstrations', () => {
    expect(ev('Retirees stage a protest outside the pension office in Santiago')?.type).toBe('demonstration');
    expect(ev('Vecinos de Tacna toman las calles contra la inseguridad')?.type).toBe('demonstration');
  });
});

describe('firing on a crowd named by its town, and an eye lost without an article', () => {
  it('are repression, and one lost eye is one injured', () => {
    expect(ev('Soldiers fire on Puno crowd near the airport')?.type).toBe('repression');
    const e = ev('Teenager loses eye to police pellets in Concepción', 'He was watching the march, witnesses said.');
    expect(e).toMatchObject({ type: 'repression', injured: 1 });
  });
});

describe('a police raid on a campus or camp', () => {
  it('is a confrontation, and a repression with mass arrests', () => {
    expect(ev('Policía ingresa a la Universidad de San Agustín y detiene a 45 estudiantes')).toMatchObject({ type: 'repression', detained: 45 });
  });
  it('rioters who storm a building and are arrested en masse stay a riot', () => {
    expect(ev('Rioters storm the legislature in Quito; 60 people were arrested')?.type).toBe('riot');
  });
});

describe('"N held" in a headline', () => {
  it('is a detention figure, but not people held hostage', () => {
    expect(ev('Police tear-gas marchers in Cusco; 12 held')?.detained).toBe(12);
    expect(ev('Protesters clash with police; 8 officers held hostage in Ilave')?.detained ?? null).toBeNull();
  });
});

describe('no event', () => {
  it('a sports "enfrentamiento", a deal to end a strike, talks with negotiators, a strike called off before it began', () => {
    expect(ev('Alianza y Universitario, un enfrentamiento de infarto en Matute', 'El clásico terminó 1-1 con un gol en el descuento.')).toBeNull();
    expect(ev('Gobierno y transportistas firman acuerdo para levantar el paro', 'El ministro prometió reducir el precio del diésel.')).toBeNull();
    expect(ev('Teachers union signs agreement to end 30-day strike')).toBeNull();
    expect(ev('Strike leaders meet government negotiators in La Paz', 'The strike committee presented its list of demands.')).toBeNull();
    expect(ev('Truckers call off Monday strike after talks')).toBeNull();
  });
});

describe('verb families per type (own wording)', () => {
  it('riot: a mob in the singular, stones thrown at a building', () => {
    expect(ev('Turba incendia la sede de la fiscalía en Juli')?.type).toBe('riot');
    expect(ev('Atacan a pedradas la municipalidad de Azángaro', 'Pobladores rompieron las ventanas del local.')?.type).toBe('riot');
    expect(ev('Mob loots stores after rally in Esmeraldas')?.type).toBe('riot');
  });
  it('roadblock: a road kept taken, an airport runway occupied, rigs parked across a road', () => {
    expect(ev('Ronderos siguen con la carretera tomada en Bambamarca')?.type).toBe('roadblock');
    expect(ev('Comuneros mantienen cerrada la vía a Cotabambas')?.type).toBe('roadblock');
    expect(ev('Demonstrators occupy the runway at Ayacucho airport')?.type).toBe('roadblock');
    expect(ev('Farmers park tractors across the highway near Oruro')?.type).toBe('roadblock');
  });
  it('clash: stones hurled or pelted at police, a pitched battle, blows traded', () => {
    expect(ev('Miners pelt officers with rocks at Nasca checkpoint')?.type).toBe('clash');
    expect(ev('Pelea campal entre cocaleros y policías en Yungas')?.type).toBe('clash');
    expect(ev('Marchers and police trade blows in Valparaíso')?.type).toBe('clash');
  });
  it('repression: security forces killing civilians, in the active voice', () => {
    expect(ev('Soldiers kill two farmers at protest in Ayaviri')?.type).toBe('repression');
    expect(ev('Policías matan a dos jóvenes durante protesta en Abancay')?.type).toBe('repression');
  });
  it('strike: work stopped', () => {
    expect(ev('Taxi drivers stop work in Arequipa over fuel prices')?.type).toBe('strike');
  });
});

describe('no event with the same words', () => {
  it('crime, disasters, festivals and works', () => {
    expect(ev('Police kill suspected drug trafficker in shootout in Tumbes')).toBeNull();
    expect(ev('Sicarios matan a un empresario en Trujillo')).toBeNull();
    expect(ev('Mantienen cerrada la Panamericana por derrumbe en Ocoña')).toBeNull();
    expect(ev('Pelea campal entre hinchas de Universitario y Alianza')).toBeNull();
    expect(ev('Looters ransack homes after floods in Piura')).toBeNull();
    expect(ev('Caravana de autos recorre Lima por el Día de la Canción Criolla')).toBeNull();
  });
});

describe('more wording per type (own wording)', () => {
  it('riot: fire set to a named courthouse', () => {
    expect(ev('Angry crowd sets fire to Huanta courthouse')?.type).toBe('riot');
  });
  it('roadblock: obstructed roads, streets closed by protesters, roads kept blocked, cut off by protesting villagers', () => {
    expect(ev('Cocaleros obstruyen la carretera con troncos en Pichari')?.type).toBe('roadblock');
    expect(ev('Universitarios cierran la avenida Universitaria en protesta')?.type).toBe('roadblock');
    expect(ev('Farmers keep the main highway to Oruro blocked')?.type).toBe('roadblock');
    expect(ev('Bridge to Desaguadero cut off by protesting Aymara communities')?.type).toBe('roadblock');
  });
  it('repression: security forces firing on a march', () => {
    expect(ev('A student was killed when soldiers fired on a rally in Huamanga')?.type).toBe('repression');
    expect(ev('Militares abren fuego contra una marcha en Sacaba')?.type).toBe('repression');
  });
  it('strike: shops shut by a strike', () => {
    expect(ev('Tiendas cerradas en Ayaviri por el paro')?.type).toBe('strike');
  });
  it('demonstration: a named march arriving, people planting themselves, a crowd', () => {
    expect(ev('Marcha de los cuatro suyos llega a la capital')?.type).toBe('demonstration');
    expect(ev('Docentes se plantan frente a la UGEL de Sicuani')?.type).toBe('demonstration');
  });
  it('no event: parades, works, weather, crime, fans', () => {
    expect(ev('Cierran calles de Barranco por maratón')).toBeNull();
    expect(ev('Obras: cortan el tránsito en la avenida Arequipa por 30 días')).toBeNull();
    expect(ev('Authorities keep road to Machu Picchu closed after rockslide')).toBeNull();
    expect(ev('Police fire on armed robbers in Callao')).toBeNull();
    expect(ev('Caravana de autos clásicos recorre Trujillo')).toBeNull();
    expect(ev('Marcha de la hinchada llega al estadio Nacional')).toBeNull();
  });
});

describe('what a protest is against or demands is its topic, not an action it reports', () => {
  it('does not type the item', () => {
    expect(ev('Comerciantes marchan en Juli contra los saqueos')?.type).toBe('demonstration');
    expect(ev('Madres marchan en Huanta exigiendo justicia para las víctimas de los disparos de diciembre')?.type).toBe('demonstration');
    expect(ev('Obreros acatan huelga en Ilo en rechazo a la represión policial')?.type).toBe('strike');
    expect(ev('Students rally in Quito against the police violence that killed two')?.type).toBe('demonstration');
    expect(ev('Vecinos marchan en Sicuani para pedir el fin de los bloqueos')?.type).toBe('demonstration');
  });
  it('nor do the people of an earlier action', () => {
    expect(ev('Ronderos bloquean la vía y exigen la liberación de los detenidos en el enfrentamiento del lunes')?.type).toBe('roadblock');
  });
  it('an action joined to the march by "y" is still reported', () => {
    expect(ev('Comuneros marchan contra el gobierno y bloquean la carretera en Ayaviri')?.type).toBe('roadblock');
  });
  it('a call to a national march is an announced event (issue #3)', () => {
    expect(ev('Convocan a marcha nacional para el jueves en Lima')).toMatchObject({ type: 'demonstration', status: 'announced' });
  });
});

describe('headlines without a verb, summaries with the facts (own wording)', () => {
  it('reads the action in the summary', () => {
    expect(ev('Sicuani, tercer día', 'Los ronderos mantienen bloqueadas las salidas de la ciudad y el puente Combapata.')?.type).toBe('roadblock');
    expect(ev('Noche violenta en Jauja', 'Desconocidos quemaron la puerta de la prefectura y saquearon una tienda durante la protesta.')?.type).toBe('riot');
    expect(ev('Ruta a Canta, kilómetro 60', 'Residents have piled rocks and tree trunks on the road since Tuesday to demand a bridge.')?.type).toBe('roadblock');
    expect(ev('Mototaxis no circulan', 'Los mototaxistas de Ilave acatan la medida desde la madrugada.')?.type).toBe('strike');
    expect(ev('Sábado en la plaza de armas', 'Cientos de vecinos se reunieron para exigir la renuncia del alcalde de Tacna.')?.type).toBe('demonstration');
  });
  it('but not a court order or a meeting to decide', () => {
    expect(ev('Exautoridades acatan la medida cautelar', 'Los pobladores esperan la decisión del juez.')).toBeNull();
    expect(ev('Gremios se reúnen para evaluar la convocatoria')).toBeNull();
  });
});

describe('English wording (own)', () => {
  it('blocks of a Spanish-named road, a police post burned down, guns turned on protesters', () => {
    expect(ev('Farmers block Interoceanica near Mazuko')?.type).toBe('roadblock');
    expect(ev('Crowd burns down police post in Putina')?.type).toBe('riot');
    expect(ev('Soldiers gun down marchers near Huamanga airport')?.type).toBe('repression');
  });
  it('security forces shooting protesters dead is a repression, not security-force deaths', () => {
    expect(ev('Police shoot dead two protesters in Chala')?.type).toBe('repression');
  });
  it('clashes of an earlier day are background', () => {
    expect(ev('Looters ransack shops in Ilave following deadly clashes', 'Crowds emptied three stores on the main square.')?.type).toBe('riot');
  });
});

describe('regional wording (own)', () => {
  it('Argentine road cuts, Bolivian road blocks, Ecuadorian uprisings, campus takeovers, truckers stopping', () => {
    expect(ev('Corte total en la ruta 14: desocupados exigen planes sociales')?.type).toBe('roadblock');
    expect(ev('Bloqueo de caminos en el norte de Potosí cumple una semana')?.type).toBe('roadblock');
    expect(ev('Levantamiento indígena: comunidades llegan a Latacunga')?.type).toBe('demonstration');
    expect(ev('Estudiantes realizan una toma pacífica de la facultad de Derecho')?.type).toBe('demonstration');
    expect(ev('Camioneros paran en Santa Cruz contra la falta de diésel')?.type).toBe('strike');
  });
  it('parades, water cuts and rain stopping are no event', () => {
    expect(ev('Escolares marchan en el desfile por el aniversario de Tacna')).toBeNull();
    expect(ev('Paran las lluvias en Tumbes tras una semana')).toBeNull();
    expect(ev('Corte de agua en la avenida Grau por obras')).toBeNull();
  });
});

describe('announced and ongoing (issue #3), own wording', () => {
  it('threats, plans and calls without an article are announced', () => {
    expect(ev('Dockworkers threaten indefinite strike from next month in Callao')).toMatchObject({ type: 'strike', status: 'announced' });
    expect(ev('Unions call national strike for Wednesday in Bolivia')).toMatchObject({ type: 'strike', status: 'announced' });
    expect(ev('Students plan march to the legislature on Friday in Quito')).toMatchObject({ type: 'demonstration', status: 'announced' });
  });
  it('an action the title reports stays ongoing, and a strike it calls for does not type it', () => {
    expect(ev('Thousands march in Cusco as unions threaten more protests')).toMatchObject({ type: 'demonstration', status: 'ongoing' });
    expect(ev('Farmers rally in Cuenca, call for national strike')).toMatchObject({ type: 'demonstration', status: 'ongoing' });
    expect(ev('Miners walk off the job in Nasca, threaten to extend strike')).toMatchObject({ type: 'strike', status: 'ongoing' });
  });
});

describe('a strike or blockade that is over', () => {
  it('is background: no event by itself, and the action that follows it still counts', () => {
    expect(ev('Colegios de Ilo vuelven a clases presenciales tras paro de transportistas')).toBeNull();
    expect(ev('Tras el paro de 48 horas, comuneros bloquean la vía a Moquegua')?.type).toBe('roadblock');
  });
});

describe('states and joint subjects (own wording)', () => {
  it('roads that remain blocked, stones kept on a road, protesters and police who fought', () => {
    expect(ev('Cusco roads remain blocked', 'Peasant communities have kept rocks and logs on the highway to Abancay since Monday.')?.type).toBe('roadblock');
    expect(ev('Tension in Caracollo', 'Farmers and police fought for control of the bridge; four officers were injured.')?.type).toBe('clash');
  });
});

describe('dateline headlines with only a place and a verb (own wording)', () => {
  it('officials\' homes and customs posts burned, both sides\' weapons together', () => {
    expect(ev('Ilave: queman la vivienda del alcalde')?.type).toBe('riot');
    expect(ev('Tacna: incendian puesto de control de la Sunat')?.type).toBe('riot');
    expect(ev('Arequipa: lacrimógenas y pedradas en el puente Grau')?.type).toBe('clash');
  });
  it('a house fire with no official or protest is no event', () => {
    expect(ev('Incendian la casa de un vecino por venganza en Trujillo')?.type ?? null).not.toBe('riot');
  });
});

describe('who did it (own wording)', () => {
  it('an officer killed by protesters is a clash; officers beating journalists and marchers a repression', () => {
    expect(ev('Soldier killed by protesters near Ilave bridge')?.type).toBe('clash');
    expect(ev('Agentes golpean a periodistas y manifestantes en Arequipa; seis heridos')?.type).toBe('repression');
  });
});

describe('nouns that works, anniversaries and school parades share (own wording)', () => {
  it('need protest context', () => {
    expect(ev('Corte total en la ruta 40 por obras de asfaltado')).toBeNull();
    expect(ev('Levantamiento indígena de 1990 cumple 34 años')).toBeNull();
    expect(ev('Marcha de bandas escolares recorre Moquegua')).toBeNull();
  });
});

describe('an action that is only the charge of a case', () => {
  it('is no event; an arrest for it the same day stays one', () => {
    expect(ev('Three men jailed for looting shops during Cusco protests')).toBeNull();
    expect(ev('Sentencian a cinco años a acusados por los saqueos de Juliaca')).toBeNull();
    expect(ev('Protesters arrested for blocking the highway to Ilo')?.type).toBe('roadblock');
  });
});
