// Actors: security forces and protest organizations named in the text, under one normalized name each.
import { Gate, Scan, textKeys } from './gate';

interface ActorRule {
  name: string | ((country: string | null) => string);
  re: RegExp;
  /** The country an actor implies where the text names none (Carabineros are Chilean). */
  country?: string;
  /** Acronyms that are also words ("CUT", "COB") must be written in capitals: matched on the original text. */
  caseSensitive?: boolean;
}

const POLICE_BY_COUNTRY: Record<string, string> = {
  PE: 'Policía Nacional del Perú',
  CL: 'Carabineros de Chile',
  CO: 'Policía Nacional de Colombia',
  EC: 'Policía Nacional del Ecuador',
  BO: 'Policía Boliviana',
  AR: 'Policía (Argentina)',
  MX: 'Policía (México)',
  BR: 'Polícia (Brasil)',
};
const ARMY_BY_COUNTRY: Record<string, string> = {
  PE: 'Fuerzas Armadas del Perú',
  CL: 'Fuerzas Armadas de Chile',
  CO: 'Fuerzas Militares de Colombia',
  EC: 'Fuerzas Armadas del Ecuador',
  BO: 'Fuerzas Armadas de Bolivia',
};

const a = (name: ActorRule['name'], source: string, country?: string, caseSensitive = false): ActorRule => ({
  name,
  re: new RegExp(source),
  country,
  caseSensitive,
});

const RULES: ActorRule[] = [
  a('Policía Nacional del Perú', String.raw`\b(pnp|policia nacional del peru|peruvian police)\b`, 'PE'),
  a('Carabineros de Chile', String.raw`\bcarabineros?\b`, 'CL'),
  a('ESMAD', String.raw`\besmad\b`, 'CO'),
  a('Guardia Nacional Bolivariana', String.raw`\bguardia nacional bolivariana\b`, 'VE'),
  a('Guardia Nacional Bolivariana', String.raw`\bGNB\b`, 'VE', true),
  a((c) => (c && POLICE_BY_COUNTRY[c]) || 'Police', String.raw`\b(policia|policias|policial|policiales|agentes policiales|police|policemen|police officers?|riot police)\b`),
  a(
    (c) => (c && ARMY_BY_COUNTRY[c]) || 'Military',
    String.raw`\b(fuerzas armadas|ejercito|militares|soldados|army|military|soldiers|troops)\b`,
  ),
  a('Rondas Campesinas', String.raw`\b(rondas campesinas|ronderos|peasant patrols)\b`, 'PE'),
  a('CONAIE', String.raw`\b(conaie|confederacion de nacionalidades indigenas)\b`, 'EC'),
  a('CGTP', String.raw`\b(cgtp|confederacion general de trabajadores del peru)\b`, 'PE'),
  a('CUT', String.raw`\b(CUT|Central Unitaria de Trabajadores)\b`, undefined, true),
  a('SUTEP', String.raw`\bsutep\b`, 'PE'),
  a('COB', String.raw`\b(COB|Central Obrera Boliviana)\b`, 'BO', true),
  a('Student federations', String.raw`\b(federacion (de estudiantes|universitaria|estudiantil)|student (federation|union)s?)\b`),
  a('Student federations', String.raw`\bFEP\b`, 'PE', true),
  a('Students', String.raw`\b(estudiantes|universitarios|students)\b`),
  a('Teachers', String.raw`\b(docentes|maestros|profesores|teachers)\b`),
  a('Transport workers', String.raw`\b(transportistas|choferes|conductores|camioneros|mototaxistas|transport workers|truckers|bus (and minivan )?operators|drivers)\b`),
  a('Farmers', String.raw`\b(agricultores|trabajadores agricolas|arroceros|cocaleros|paperos|farmworkers|farmers|farm workers)\b`),
  a('Miners', String.raw`\b(mineros|miners)\b`),
  a('Unions', String.raw`\b(sindicatos?|gremios|centrales sindicales|unions|trade unions)\b`),
  a('Peasant communities', String.raw`\b(comuneros|comunidades campesinas|campesinos|peasants?)\b`),
  a('Aymara communities', String.raw`\b(aimaras?|aymaras?)\b`),
  a('Quechua communities', String.raw`\b(quechuas?)\b`),
  a('Indigenous peoples', String.raw`\b(indigenas|pueblos originarios|nativos|amazonicos|indigenous)\b`),
  a('Frente de Defensa', String.raw`\bfrentes? de defensa\b`),
  a('Residents', String.raw`\b(pobladores|vecinos|residents|villagers)\b`),
];

// Rules on the original text (acronyms in capitals) have no gate: they always run.
const RULE_GATE = new Gate(RULES, (r) => (r.caseSensitive ? null : r.re));

export interface Actors {
  actors: string[];
  /** A country implied by a country-specific actor, if any. */
  country: string | null;
  cues: string[];
}

/** Actors named in a folded text; `country` picks the national name of police and army. */
export function findActors(folded: string, original: string, country: string | null, keys = textKeys(folded)): Actors {
  const actors: string[] = [];
  const cues: string[] = [];
  let implied: string | null = null;
  for (const rule of RULE_GATE.select(keys)) {
    const m = rule.caseSensitive ? rule.re.exec(original) : SCANS.get(rule.re)!.exec(folded, keys, 0);
    if (!m) continue;
    const name = typeof rule.name === 'function' ? rule.name(country ?? rule.country ?? implied) : rule.name;
    if (!actors.includes(name)) actors.push(name);
    cues.push(original.slice(m.index, m.index + m[0].length));
    if (rule.country && !implied) implied = rule.country;
  }
  return { actors, country: implied, cues };
}

// People and institutions that only one country's news names: they say which country a text is about when it
// names no country and only ambiguous places ("Santiago", "La Paz", "Santa Cruz").
const COUNTRY_CUES: [string, RegExp][] = [
  // (Round 10: Peru's police units and its oldest university by their initials.)
  ['PE', /\b(boluarte|pedro castillo|defensoria del pueblo del peru|sutep|cgtp|congreso de la republica|dirincri|dircote|dinoes|diroes|unmsm)\b/],
  ['CO', /\b(petro|ivan duque|esmad|undmo|casa de narino|comite del paro|transmilenio|primera linea|cric)\b/],
  ['EC', /\b(lenin moreno|guillermo lasso|lasso|noboa|conaie|leonidas iza|pachakutik|feine|fenocin|asamblea nacional del ecuador)\b/],
  ['BO', /\b(evo morales|evistas|luis arce|camacho|ypfb|comite pro santa cruz|comites? civicos?|csutcb|fejuve|bartolinas|interculturales|cocaleros del tropico|senkata|cruceno|crucenos|cochabambinos?|palacio quemado|cristo redentor roundabout|rotonda del cristo redentor)\b/],
  ['CL', /\b(pinera|boric|la moneda|plaza italia|plaza baquedano|plaza de la dignidad|metro de santiago|indh|estallido social|(central|downtown|greater) santiago|santiago (metro|subway)|santiago's|santiago (protests?|march|marches|rally|riots?|unrest))\b/],
  ['AR', /\b(milei|cristina kirchner|alberto fernandez|casa rosada|plaza de mayo|uta|ley omnibus|ley bases|cgt argentina|piqueteros|bullrich|kicillof|ctera)\b/],
  ['MX', /\b(lopez obrador|amlo|sheinbaum|cnte|seccion 22|zocalo|ayotzinapa|normalistas|palacio nacional de mexico)\b/],
  // (Round 10: the country and its capital by name; the gazetteer has no Venezuelan places.)
  ['VE', /\b(venezuela|venezuelan|venezuelans|venezolan[oa]s?|caracas|guardia nacional bolivariana|gnb(?! sudameris)|nicolas maduro|gobierno de maduro|regimen de maduro|maduro's|maduro government|chavistas|chavismo|sebin|dgcim|maria corina machado|miraflores palace|palacio de miraflores)\b/],
  ['BR', /\b(bolsonaro|bolsonaristas|lula|planalto|brasilia|mst|itamaraty)\b/],
  // World day: police forces and seats of government that name a country outside Latin America (a fallback when the
  // text's places give none: "Los Mossos retiran a los manifestantes del corte de la AP-7").
  ['ES', /\b(mossos|mossos d'esquadra|ertzaintza|tsunami democratic|generalitat|la moncloa|palacio de la moncloa)\b/],
  ['GB', /\b(metropolitan police|met police|scotland yard|downing street|merseyside|greater manchester police|west midlands police)\b/],
  ['FR', /\b(gilets jaunes|chalecos amarillos|palacio del eliseo|elysee palace|matignon)\b/],
  ['US', /\b(nypd|lapd|capitol hill)\b/],
  ['IL', /\b(knesset|netanyahu|idf)\b/],
];

const COUNTRY_CUE_GATE = new Gate(COUNTRY_CUES, ([, re]) => re);
// The folded text's patterns are looked for only where their lead words begin, when they have some (gate.ts).
const SCANS = new Map([...RULES.map((r) => r.re), ...COUNTRY_CUES.map(([, re]) => re)].map((re) => [re, new Scan(re)]));

/** The country that the actors or well-known names of a folded text imply (Carabineros: Chile), or null. */
export function actorCountry(folded: string, keys = textKeys(folded)): string | null {
  for (const rule of RULE_GATE.select(keys)) if (rule.country && !rule.caseSensitive && SCANS.get(rule.re)!.exec(folded, keys, 0)) return rule.country;
  for (const [country, re] of COUNTRY_CUE_GATE.select(keys)) if (SCANS.get(re)!.exec(folded, keys, 0)) return country;
  return null;
}
