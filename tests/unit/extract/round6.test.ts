// Sixth round: headline-only items and English. Mechanisms found on round6-dev and on probe headlines of their own
// (wire and newspaper grammar: subject + verb + object without articles, "X dead as police fire on...", the passive,
// nouns like "crackdown" and "rampage"), each with hard negatives of the same words; none copied from a labelled item.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '', published = '2023-01-10T12:00:00-05:00') => normalize({ title, summary, published });
const type = (title: string, summary = '') => ev(title, summary)?.type ?? null;

describe('repression in headline grammar', () => {
  it('a crackdown that leaves casualties, people blinded, protesters killed or shot in the passive', () => {
    expect(type('Police crackdown leaves 30 injured in Quito')).toBe('repression');
    expect(type('Carabineros blind student with tear gas canister')).toBe('repression');
    expect(type('Protesters killed as army clears highway in Puno')).toBe('repression');
    expect(type('Colombian protester shot dead in Cali')).toBe('repression');
    expect(type('Muere estudiante baleado por la policía en Cusco')).toBe('repression');
    expect(type('Policía balea a comunero que bloqueaba la vía en Chala')).toBe('repression');
  });
  it('deaths from security forces\' gunfire, forces opening fire with casualties, forces killing a number', () => {
    expect(type('Tres muertos por disparos de la policía en Juliaca')).toBe('repression');
    expect(type('Bolivia crisis: troops open fire in Sacaba, killing nine')).toBe('repression');
    expect(type('Juliaca: 17 killed as police repel airport assault')).toBe('repression');
    expect(type('Carnage in Juliaca: security forces kill 17')).toBe('repression');
    expect(type('Militares disparan contra la población en Ayacucho')).toBe('repression');
    expect(type('Riot police shoot teenager at La Paz protest')).toBe('repression');
  });
  it('brutal repression, beatings, mass arrests by number, a single officer pushing someone during a protest', () => {
    expect(type('Brutal repression of march in Lima leaves dozens hurt')).toBe('repression');
    expect(type('Police beat, detain protesters in Lima')).toBe('repression');
    expect(type('Detienen a 60 manifestantes en Lima')).toBe('repression');
    expect(type('Carabinero patea a una mujer durante protesta en Valparaíso')).toBe('repression');
  });
  it('counts: one person blinded is one injured; "N killed as police..." gives N', () => {
    expect(ev('Student blinded after police fire pellets into Santiago crowd')?.injured).toBe(1);
    const r = ev('Four dead as troops fire on blockade in Puno');
    expect(r?.type).toBe('repression');
    expect(r?.killed).toBe(4);
  });
  it('no event: crime and accidents with the same words', () => {
    expect(ev('Police shoot dead suspect who opened fire on officers')).toBeNull();
    expect(ev('Soldiers open fire on boat, killing three smugglers')).toBeNull();
    expect(ev('Three dead as police chase ends in crash')).toBeNull();
    expect(ev('Four dead after police raid on drug lab')).toBeNull();
    expect(ev('Army kills 12 in bombing of rebel camp')).toBeNull();
    expect(ev('Dos muertos por disparos de la policía en intento de asalto')).toBeNull();
    expect(ev('Soldiers shot dead in ambush in VRAEM')).toBeNull();
    expect(ev('Student blinded in lab accident in Lima')).toBeNull();
    expect(ev('Police crackdown on street vendors in Lima')).toBeNull();
  });
});

describe('what a march mourns is its topic', () => {
  it('deaths a march is for neither type the item nor count as its toll', () => {
    expect(type('Marchan en Juliaca por los muertos por disparos de la policía')).toBe('demonstration');
    expect(type('Thousands march in Lima to mourn protesters killed by police')).toBe('demonstration');
    expect(type('Relatives of those killed by troops rally outside Congress')).toBe('demonstration');
    const r = ev('Protesters march against crackdown that left 20 dead');
    expect(r?.type).toBe('demonstration');
    expect(r?.killed).toBeNull();
    expect(ev('Plantón frente a la Fiscalía por los 49 muertos en las protestas')?.killed).toBeNull();
  });
  it('a march and a killing joined by "and" or "as" stay two actions', () => {
    expect(type('Marchan por el centro de Lima y la policía deja dos muertos')).toBe('repression');
    expect(type('Two killed as soldiers disperse protesters in Ayacucho')).toBe('repression');
  });
});

describe('riots in headline grammar', () => {
  it('English verbs: rampage, wreck, burn a camp, attack a police station; rioting named; looting and burning', () => {
    expect(type('Rampaging protesters wreck Arequipa airport terminal')).toBe('riot');
    expect(type('Protesters storm and burn mine camp in Apurimac')).toBe('riot');
    expect(type('Mob attacks police station in Ilave')).toBe('riot');
    expect(type('Santiago metro burns', 'Several stations were set on fire as rioting spread across the capital.')).toBe('riot');
    expect(type('Saqueos y quema de locales en Juliaca')).toBe('riot');
    expect(type('Desmanes en el centro de Lima tras la marcha')).toBe('riot');
    expect(type('Chile unrest: looters strip supermarkets in Valparaiso')).toBe('riot');
    expect(type('Encapuchados lanzan bombas molotov contra el cuartel policial')).toBe('riot');
  });
  it('no event: fires, storms and fans', () => {
    expect(ev('Fire wrecks market in Lima')).toBeNull();
    expect(ev('Storm wrecks homes in Piura')).toBeNull();
    expect(ev('Fans rampage through Montevideo after derby')).toBeNull();
  });
});

describe('marches in headline grammar', () => {
  it('people nouns and demonyms that march or rally, marches that fill streets, days of protest, the minga', () => {
    expect(type("Women march in Mexico City on International Women's Day")).toBe('demonstration');
    expect(type('Peruvians march in Madrid against Boluarte')).toBe('demonstration');
    expect(type('March for Juliaca victims fills Lima streets')).toBe('demonstration');
    expect(type('Second day of marches in Lima against Congress')).toBe('demonstration');
    expect(type('Huge turnout for anti-Boluarte march in Arequipa')).toBe('demonstration');
    expect(type('Colombia: indigenous minga arrives in Cali')).toBe('demonstration');
    expect(type('Peru: Puno residents defy curfew, march through Juliaca')).toBe('demonstration');
    expect(type('Aymaras descend on Puno city in show of force')).toBe('demonstration');
  });
  it('caravans of protest, campus takeovers, chaining oneself, arriving to march', () => {
    expect(type('Caravana de protesta llega a Lima desde Puno')).toBe('demonstration');
    expect(type('Universitarios toman la UNSA')).toBe('demonstration');
    expect(type('Madres de las víctimas se encadenan frente a Palacio')).toBe('demonstration');
    expect(type('Ronderos llegan a Lima para marchar')).toBe('demonstration');
    expect(type('Marcha de mujeres en Quito')).toBe('demonstration');
  });
  it('no event: beaches, fans, carnivals, sports rallies, toll figures', () => {
    expect(ev('Thousands flock to beaches as heatwave hits Lima')).toBeNull();
    expect(ev('Tourists descend on Cusco for Inti Raymi')).toBeNull();
    expect(ev('Second day of Carnival draws crowds in Oruro')).toBeNull();
    expect(ev('Students rally to win science prize')).toBeNull();
    expect(ev('Women march to victory in Copa America')).toBeNull();
    expect(ev('Turnout for Peru runoff expected to be high')).toBeNull();
    expect(ev('Peru protest death toll reaches 60', 'The ombudsman said 60 people have died since the protests began in December.')).toBeNull();
  });
});

describe('roadblocks and strikes in headline grammar', () => {
  it('roads and rail lines cut, a seized airport in the passive, headline "piquetes en", a strike that bites', () => {
    expect(type('Protesters cut off Cusco-Puno highway')).toBe('roadblock');
    expect(type('Protestors cut rail line to Machu Picchu')).toBe('roadblock');
    expect(type('Peru unrest: airport seized in Arequipa')).toBe('roadblock');
    expect(type('Piquetes en accesos a Buenos Aires')).toBe('roadblock');
    expect(type('Shops shut, buses off roads as Arequipa strike bites')).toBe('strike');
  });
  it('no event: statements, rulings and a union weighing a strike', () => {
    expect(ev('Union says strike at Escondida could cost $1 billion')).toBeNull();
    expect(ev('Court declares transport strike illegal')).toBeNull();
    expect(ev('Sindicato evalúa sumarse al paro')).toBeNull();
    expect(ev('Budget cuts hit rail line maintenance')).toBeNull();
  });
});

describe('statements, cases and features report no action', () => {
  it('blaming, condemning, acquittals, interviews', () => {
    expect(ev('Peru president blames protesters for violence')).toBeNull();
    expect(ev('Government condemns attacks on police stations')).toBeNull();
    expect(ev('Court acquits officers accused of killing protesters')).toBeNull();
    expect(ev('Interview: the mother of a protester killed in Juliaca')).toBeNull();
    expect(ev('US embassy warns citizens to avoid protests in Peru')).toBeNull();
  });
  it('condemnations and denials', () => {
    expect(ev('UN condemns killing of protesters in Juliaca')).toBeNull();
    expect(ev('Peru police deny firing on protesters')).toBeNull();
    // (a statement's title that also reports protests breaking out is an event)
    expect(type('Peru: prosecutors probe Juliaca deaths as new protests erupt in Cusco')).toBe('demonstration');
  });
  it('an officer killed by protesters is still a clash', () => {
    expect(type('Enfrentamiento entre comuneros y policías deja un policía muerto')).toBe('clash');
    expect(type('Ilave: turba quema vivo a un policía')).toBe('clash');
  });
});

describe('Spanish headlines of the sixth round', () => {
  it('another wounded dies, banks burned, streets taken against someone, a march that reaches a square', () => {
    const r = ev('Muere otro herido de la protesta en Juliaca');
    expect(r?.type).toBe('repression');
    expect(r?.killed).toBe(1);
    expect(type('Vandalizan y queman agencias bancarias en Arequipa')).toBe('riot');
    expect(type('Arequipeños salen a las calles contra Boluarte')).toBe('demonstration');
    expect(type('Marcha nacional llega a la Plaza San Martín')).toBe('demonstration');
    expect(type('Puneños protestan frente al Congreso')).toBe('demonstration');
    expect(type('Santa Cruz: cívicos cercan la ciudad')).toBe('roadblock');
  });
  it('no event: fans fighting, crime', () => {
    expect(ev('Enfrentamiento entre barras deja un muerto en Lima')).toBeNull();
    expect(ev('Sicarios matan a cambista en el Callao')).toBeNull();
    expect(ev('Delincuentes saquean vivienda en Surco')).toBeNull();
  });
});
