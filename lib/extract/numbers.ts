// Killed, injured and detained counts, from digits and number words (es, en). A count is reported only where the
// text gives one: vague amounts ("decenas", "dozens", "varios") give null, an explicit "no one was hurt" gives 0.
import { fold } from '../gazetteer';
import { Gate, textKeys } from './gate';

const UNITS_ES: Record<string, number> = {
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiun: 21, veintiuno: 21, veintiuna: 21, veintidos: 22, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};
const TENS_ES: Record<string, number> = {
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100,
};
const UNITS_EN: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS_EN: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const ORDINALS: Record<string, number> = {
  segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7,
};

const unitWords = [...Object.keys(UNITS_ES), ...Object.keys(UNITS_EN)].filter((w) => w !== 'a' && w !== 'an');
const tensWords = [...Object.keys(TENS_ES), ...Object.keys(TENS_EN)];
const byLength = (a: string, b: string) => b.length - a.length;
const UNIT = [...unitWords].sort(byLength).join('|');
const TENS = [...tensWords].sort(byLength).join('|');
/** A number: digits, or words such as "diecisiete", "treinta y dos", "twenty-one", "nineteen", "a dozen". */
export const NUM = String.raw`(?:(?:a|one|una) (?:dozen|docena)\b(?! (?:de )?(?:o |or )?(?:mas|more))|\d{1,3}(?:[.,]\d{3})+|\d{1,4}|(?:${TENS})(?:(?: y |-| )(?:${UNIT}))?|(?:${UNIT}))`;

/** The value of a number as NUM matched it (folded text), or null. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (/^\d{1,3}(?:[.,]\d{3})*$|^\d+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  if (/^(?:a|one|una) (?:dozen|docena)$/.test(t)) return 12; // "a dozen" is twelve; "dozens", "decenas" are vague
  const parts = t.split(/ y |-| /).filter(Boolean);
  let total = 0;
  for (const p of parts) {
    const v = UNITS_ES[p] ?? UNITS_EN[p] ?? TENS_ES[p] ?? TENS_EN[p];
    if (v === undefined) return null;
    total += v;
  }
  return parts.length ? total : null;
}

const PEOPLE_ES = String.raw`(?:personas|otros|otras|manifestantes|civiles|comuneros|pobladores|cocaleros|mineros|agricultores|maestros|docentes|indigenas|aymaras|vecinos|huelguistas|marchantes|universitarios|pescadores|transportistas|choferes|policias|agentes|efectivos|militares|soldados|jovenes|hombres|mujeres|menores|estudiantes|ciudadanos|peruanos|ronderos|campesinos|nativos|trabajadores)`;
const PERSON_ES = String.raw`(?:carabinero|bombero|periodista|reportero|fotografo|camarografo|comunicador|pescador|hombre|mujer|joven|manifestante|comunero|comunera|poblador|pobladora|persona|menor|adolescente|policia|agente|efectivo|suboficial|soldado|militar|estudiante|ciudadano|rondero|nino|nina|anciano|anciana|universitario|trabajador|dirigente|companero|companera|colega)`;
const PEOPLE_EN = String.raw`(?:others|more|other people|troops|guards|guardsmen|marines|teenagers|boys|girls|youths|coca growers|indigenous protesters|people|persons|protesters|demonstrators|civilians|police officers|officers|policemen|soldiers|men|women|students|farmers|residents|villagers|miners|workers|children)`;
const PERSON_EN = String.raw`(?:journalist|reporter|photographer|firefighter|man|woman|protester|demonstrator|person|officer|policeman|police officer|student|teenager|teen|farmer|soldier|boy|girl|villager|miner|worker|leader|youth|colleague)`;
const Q = String.raw`(?:al menos |por lo menos |unos |unas |cerca de |mas de |at least |some |about |nearly |more than )?`;

// Injured counted by group: security forces and the others (see groupInjured).
const SECURITY = String.raw`(?:agentes|policias|efectivos|militares|soldados|carabineros|uniformados|police officers|officers|policemen|soldiers|troops)`;

interface CountRule {
  re: RegExp;
  /** Group holding the number, or a fixed value. */
  value: number | 'num' | 'ordinal';
}

const r = (source: string, value: CountRule['value']): CountRule => ({ re: new RegExp(source, 'g'), value });

const TOLL = String.raw`(?:toll|cifra de (?:fallecidos|muertos|victimas)|numero de (?:muertos|fallecidos|victimas)|fallecidos|muertos|dead)`;
const KILLED: CountRule[] = [
  r(String.raw`\b${TOLL} (?:\S+ ){0,6}?(?:rises|rose|climbs|climbed|sube|suben|subio|asciende|ascendio|se eleva|aumenta|llega|llego|llegan|llegaron|ha llegado) (?:a|to) (${NUM})\b`, 'num'),
  // "the toll reached 18", "el número de muertos alcanzó los 18"
  r(String.raw`\b${TOLL} (?:\S+ ){0,6}?(?:reaches|reached|has reached|hits|hit|alcanza|alcanzo|ha alcanzado) (?:a |los |las )?(${NUM})\b(?! (?:de |of |dias|days|horas|hours|anos|years|kilometros|km))`, 'num'),
  // "son 18 los fallecidos", "ya son tres los muertos"
  r(String.raw`\bson (${NUM}) (?:los|las) (?:fallecidos|fallecidas|muertos|muertas|victimas mortales)\b`, 'num'),
  r(String.raw`\b(?:asciende|sube|se eleva)n? a (${NUM}) (?:la cifra|el numero) de (?:fallecidos|muertos|victimas)\b`, 'num'),
  r(String.raw`\braises? (?:\w+ ){0,3}toll to (${NUM})\b`, 'num'),
  r(String.raw`\b(?:bringing|brings|bring|elevando|eleva|elevan|sube|suben) (?:to |a )?(${NUM}) (?:the number|el numero de|los) (?:\w+ )?(?:killed|dead|muertos|fallecidos)\b`, 'num'),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_ES} )?(?:muertos|muertas|fallecidos|fallecidas|victimas mortales|muertes|asesinados|asesinadas)\b`, 'num'),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_ES} )?(?:murieron|mueren|fallecieron|fallecen|perdieron la vida|se ahogaron|se ahogan|murieron ahogad[oa]s)\b`, 'num'),
  r(String.raw`\b(?:mueren|murieron|fallecen|fallecieron) ${Q}(${NUM}) ${PEOPLE_ES}\b`, 'num'),
  // "mueren 17 en la protesta": the figure alone after the verb
  r(String.raw`\b(?:mueren|murieron|fallecen|fallecieron) ${Q}(${NUM}) (?=en |durante |tras |al |cuando |por )`, 'num'),
  r(String.raw`\b(?:un|una) ${PERSON_ES}\b(?: \w+){0,5}? (?:muere|murio|fallecio|muerto|muerta|asesinado|asesinada|abatido|abatida|pierde la vida|perdio la vida)\b`, 1),
  r(String.raw`\b(?:muere|murio|fallece|fallecio)(?: en (?:el |un )?\w+)? (?:un |una |otro |otra |el |la )?${PERSON_ES}\b`, 1),
  r(String.raw`\bun (?:muerto|fallecido|asesinado)\b|\buna (?:victima mortal|muerta|fallecida|asesinada)\b`, 1),
  // One person killed by the forces, told in the passive: "fue abatido", "was shot dead" (not "no fue abatido").
  r(String.raw`(?<!\bno )\b(?:fue|resulto) (?:abatid[oa]|asesinad[oa] a balazos)\b|(?<!\bnot )\bwas (?:shot dead|gunned down|shot and killed)\b`, 1),
  r(String.raw`(?:^|[.:;]\s*)${PERSON_ES} (?:muere|murio|fallece|fallecio|asesinado|asesinada)\b`, 1),
  r(String.raw`\b(segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta) (?:${PERSON_ES} )?(?:muere|murio|fallece|fallecio|muerto|fallecido)\b`, 'ordinal'),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_EN} )?(?:were |have been |are |was )?(?:killed|dead|died|die|shot dead|drowned|drown)\b`, 'num'),
  r(String.raw`\b(?:killing|leaving|left) ${Q}(${NUM})\b(?: ${PEOPLE_EN})?(?: dead)?`, 'num'),
  r(String.raw`\b(?:killed|kill|kills|shot dead|gunned down|gun down|guns down|shot and killed|massacred) ${Q}(${NUM}) ${PEOPLE_EN}\b`, 'num'),
  // One person killed by a named subject ("police kill protester", "matan a un comunero").
  r(String.raw`\b(?:kill|kills|killed|shoot dead|shoots dead|gun down|guns down|gunned down)(?<=\b(?:police|policemen|officers|soldiers|troops|forces|army|military|guards|guardsmen|esmad|carabineros|gunmen|protesters) (?:\w+ ){0,2}\w+(?: \w+)?) (?:a |an |one )?(?:\w+ )?${PERSON_EN}\b`, 1),
  r(String.raw`\b(?:mataron|matan|mato|mata|asesinaron|asesinan|asesina|asesino|abaten|abatieron|abate|abatio) a (?:un|una) ${PERSON_ES}\b`, 1),
  // "un manifestante, que muere en el hospital"
  r(String.raw`\b(?:un|una) ${PERSON_ES},? que (?:muere|murio|fallece|fallecio)\b`, 1),
  r(String.raw`\b(?:mataron|matan|mato|asesinaron|asesinan) a ${Q}(${NUM}) ${PEOPLE_ES}\b`, 'num'),
  r(String.raw`\b${Q}(${NUM}) deaths\b`, 'num'),
  // Round 10: the dead told by their bodies ("morgue receives bodies of seven civilians", "los cuerpos de tres comuneros").
  r(String.raw`\b(?:bodies|corpses|cuerpos|cadaveres|restos) (?:of|de) ${Q}(${NUM}) (?:${PEOPLE_EN}|${PEOPLE_ES}|coca growers|protesters)\b`, 'num'),
  // Round 10: the force as the subject, the figure alone before a place or a time ("security forces kill eight at
  // Senkata", "troops killed 12 in Sacaba").
  r(String.raw`\b(?:kill|kills|killed|shot dead)(?<=\b(?:police|policemen|officers|soldiers|troops|forces|army|military|guards|guardsmen) (?:\w+ ){0,2}\w+(?: \w+)?) ${Q}(${NUM})(?= (?:at|in|near|during|on|outside|as)\b)`, 'num'),
  r(String.raw`\b(?:a|an|one) (?:\w+ ){0,2}${PERSON_EN} (?:\w+ ){0,3}?(?:was |is |has been )?(?:killed|shot dead|died|dies|burned to death|burnt to death|beaten to death)\b`, 1),
  r(String.raw`(?:^|[.:;]\s*)(?:\w+ ){0,1}${PERSON_EN}(?:, \d{1,2},)? (?:\w+ ){0,2}?(?:shot dead|killed|dies|died|burned to death|burnt to death|beaten to death)\b`, 1),
  r(String.raw`\b(first|second|third|fourth|fifth) (?:protest |${PERSON_EN} |victim )?(?:dies|died|killed|death)\b`, 'ordinal'),
  // Another of the wounded dies ("muere otro herido de la protesta").
  r(String.raw`\b(?:muere|murio|fallece|fallecio) (?:otro|otra) (?:herido|herida|${PERSON_ES})\b`, 1),
  // A headline whose subject is one person who died ("Colombian teen hit by riot police round dies").
  r(String.raw`(?:^|[.:;]\s*)(?:\w+ ){0,1}${PERSON_EN} (?:\S+ +){1,5}?(?:dies|died)\b`, 1),
  r(String.raw`(?:^|[.:;]\s*)${PERSON_ES} (?:\S+ +){1,5}?(?:muere|murio|fallece|fallecio)\b`, 1),
];

const INJURED: CountRule[] = [
  // (Not the wounded who died: "confirmó la muerte de dos heridos".)
  r(String.raw`\b${Q}(${NUM})(?<!\b(?:muerte|muertes|fallecimiento|deceso) de (?:\w+ ){0,2}\w+) (?:\w+ )?(?:resultaron |fueron |quedaron )?(?:heridos|heridas|lesionados|lesionadas)\b(?! (?:de bala )?(?:murieron|fallecieron))`, 'num'),
  // Round 10: shot and not said to be dead ("tres comuneros fueron baleados").
  r(String.raw`\b${Q}(${NUM}) (?:\w+ )?(?:resultaron |fueron |quedaron )?(?:baleados|baleadas)\b(?! (?:\w+ )?(?:y (?:murieron|fallecieron)|mortalmente))`, 'num'),
  // Round 10: treated, with or without what for ("hospital treats 11 for gunshot wounds", "52 people had been treated,
  // many for bullet wounds", "four other people were being treated for gunshot wounds").
  r(String.raw`\b(?:treats|treated|treating|atiende|atienden|atendio|atendieron)(?<=\b(?:hospitals?|clinics?|medics|doctors|hospital \w+|clinica|clinicas|postas?|medicos) (?:\w+ ){0,3}\w+) ${Q}(${NUM}) (?:${PEOPLE_EN} |${PEOPLE_ES} )?(?:for|por)\b`, 'num'),
  // (Treated alone is no count: "two men were treated for bullet wounds" was left unread in round 6's gold.)
  r(String.raw`\b${Q}(${NUM}) (?:other|more|additional) (?:${PEOPLE_EN} )?(?:were being |are being |had been |have been |were |are )treated\b`, 'num'),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_EN} )?(?:had been |have been |were |are )treated\b(?=,? (?:many|most|some|several|all) (?:of them )?for\b| in hospital| at (?:a |the )?hospital)`, 'num'),
  r(String.raw`\b(?:otro|otra|un|una) ${PERSON_ES} (?:\w+ ){0,3}?(?:herido|herida|resulto herido|resulto herida|se encuentra grave|quedo grave|esta grave|fue alcanzad[oa] (?:en|por))\b`, 1),
  r(String.raw`\bun herido\b`, 1),
  r(String.raw`\b(?:hieren|hirieron|hiere|hirio) (?:\w+ ){0,2}a (?:un |una )?${PERSON_ES}\b`, 1),
  r(String.raw`\b(?:hieren|hirieron|hiere|hirio) (?:\w+ ){0,2}a ${Q}(${NUM}) ${PEOPLE_ES}\b`, 'num'),
  r(String.raw`(?:^|[.:;]\s*)(?:${PERSON_ES}|(?:\w+ ){0,2}\w+,) herid[oa]\b|\buno (?:de ellos )?(?:resulto|quedo) herido\b|(?<!no )\bone (?:of them )?was (?:injured|wounded|hurt)\b`, 1),
  // One person who loses an eye or the sight ("Gustavo Gatica pierde la visión").
  r(String.raw`\b(?:pierde|perdio) (?:un ojo|la vision|ambos ojos|los ojos)\b|\b(?:loses|lost) (?:an |his |her |one )?eye\b`, 1),
  // One person blinded ("Student blinded after police fire pellets", "Carabineros dejan ciego a un joven").
  r(String.raw`(?:^|[.:;]\s*|\b(?:a|an|one) )(?:\w+ ){0,1}${PERSON_EN} (?:was |is |left )?blinded\b|\b(?:blind|blinds|blinded) (?:a |an |one )?(?:\w+ )?${PERSON_EN}\b|\b(?:deja|dejan|dejo|dejaron) ciego a (?:un |una )?${PERSON_ES}\b|\b(?:un |una )?${PERSON_ES} (?:queda |quedo )?ciego\b`, 1),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_ES} )?(?:fueron |resultaron )?(?:atendid[oa]s|hospitalizad[oa]s)\b`, 'num'),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_EN} )?(?:were |had to be |have been )?(?:hospitali[sz]ed|treated (?:in hospital |at (?:a |the )?hospital )?for (?:their |minor |light |serious )?(?:injuries|wounds|gas inhalation|tear gas inhalation|smoke inhalation|inhalation|burns|fractures|bruises|(?:tear )?gas))\b`, 'num'),
  r(String.raw`\b${Q}(${NUM}) (?:\w+ )?(?:fueron |tuvieron que ser )?(?:atendid[oa]s|tratad[oa]s) (?:\S+ ){0,3}?por (?:inhalacion|asfixia|intoxicacion|contusiones|fracturas|quemaduras|lesiones|heridas|perdigones|impactos)\b`, 'num'),
  // Security forces named after the figure: "entre los heridos hay 12 policías", "among the injured were 12 officers".
  r(String.raw`\b(?:entre los|among the) (?:heridos|lesionados|injured|wounded) (?:hay|figuran|se encuentran|estan|se cuentan|were|are|are also|were also|included?) ${Q}(${NUM}) ${SECURITY}\b`, 'num'),
  r(String.raw`\b(?:no hubo|sin|no se registraron|no se reportaron|ningun) heridos?\b|\bnadie (?:resulto|salio|quedo) herido\b`, 0),
  r(String.raw`\b${Q}(${NUM}) (?:(?:other|more|additional) )?(?:${PEOPLE_EN} )?(?:(?:and|or) (?:police|police officers|officers|soldiers|troops|civilians|protesters|demonstrators|residents) )?(?:were |have been |are )?(?:injured|wounded|hurt)\b`, 'num'),
  // Round 11: one person named by a headline, then the wound ("Joven de 18 años, herido en la cabeza por...").
  r(String.raw`\b${PERSON_ES}(?<=(?:^|[.:|] )(?:(?:un|una|el|la) )?\w+)(?: de \d{1,2} anos)?,? (?:queda |resulta |resulto |fue )?(?:herid[oa]|lesionad[oa]|baleado|baleada)\b`, 1),
  // Round 10: a total with its part in between ("14 people, including six police officers, were injured").
  r(String.raw`\b${Q}(${NUM}) ${PEOPLE_EN}, (?:including|among them|entre ellos) [^,.;\n]{1,40}, (?:were |have been |are )?(?:injured|wounded|hurt)\b`, 'num'),
  r(String.raw`\b(?:injuring|wounding) ${Q}(${NUM})\b`, 'num'),
  // The force as the subject: "police injure a dozen protesters", "troops wounded 30 villagers".
  r(String.raw`\b(?:injure|injures|injured|wound|wounds|wounded) ${Q}(${NUM}) (?:(?:other|more) )?${PEOPLE_EN}\b`, 'num'),
  // Round 10: the figure alone before a place ("rubber bullets wound 9 in Guayaquil").
  r(String.raw`\b(?:injure|injures|wound|wounds|injuring|wounding) ${Q}(${NUM})(?= (?:at|in|near|during|on|outside)\b)`, 'num'),
  r(String.raw`\b(?:another|a|an|one) (?:\w+ ){0,1}${PERSON_EN} (?:was |is )?(?:injured|wounded|hurt|seriously injured|in serious condition|set on fire|set alight|burned|burnt)\b`, 1),
  r(String.raw`\b(?:otro|otra|un|una) ${PERSON_ES} (?:\w+ ){0,2}?(?:con quemaduras|quemad[oa]|fue quemad[oa])\b`, 1),
  r(String.raw`\bno one was (?:hurt|injured)\b|\bno injuries\b|\bnobody was (?:hurt|injured)\b`, 0),
];

const DETAINED: CountRule[] = [
  // (Not a time: "30 horas detenidos" are drivers held up for thirty hours.)
  r(String.raw`\b${Q}(${NUM}) (?:(?!(?:horas|dias|semanas|meses|minutos|hours|days)\b)\w+ )?(?:fueron |resultaron |quedaron )?(?:detenidos|detenidas|arrestados|arrestadas|capturados|capturadas|aprehendidos|aprehendidas)\b`, 'num'),
  r(String.raw`\b(?:detienen|detuvieron|arrestan|arrestaron|capturan|capturaron|detiene|detuvo) a ${Q}(${NUM})\b`, 'num'),
  // (Round 11: also "no informó incidentes ni detenidos", "no se registraron heridos ni detenidos".)
  r(String.raw`\b(?:no hubo|sin|no se registraron|no se reportaron) (?:(?:heridos|incidentes|lesionados) (?:ni|o) )?detenidos\b|\bno (?:informo|informaron|reporto|reportaron|registro|registraron) (?:de )?(?:incidentes|heridos|lesionados) ni detenidos\b|\bningun detenido\b`, 0),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_EN} )?(?:were |have been |are )?(?:arrested|detained)\b`, 'num'),
  r(String.raw`\b(?:arrested|detained|detain|detains|arrest|arrests)(?<!\b(?:under|of|an|the|to|after|his|her|their|no|mass|house|cardiac) arrests?) ${Q}(${NUM})\b(?! ?(?:%|percent|por ciento|years?|anos|de |of ))(?!(?<=\b(?:19|20)\d\d))`, 'num'),
  r(String.raw`\b${Q}(${NUM}) arrests\b`, 'num'),
  // "round up 60", "60 were rounded up"
  r(String.raw`\b(?:round|rounds|rounded|rounding) up ${Q}(${NUM})\b`, 'num'),
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_EN} )?(?:were |have been )?rounded up\b`, 'num'),
  // "68 held" (a headline's word for detained; not held hostage or by someone)
  r(String.raw`\b${Q}(${NUM}) (?:${PEOPLE_EN} )?(?:held|taken into custody)\b(?! (?:hostage|captive|by|in|at|up|back|out|talks|a|an|the))`, 'num'),
  // Round 11: one person in handcuffs, named so ("police kick a handcuffed protester", "golpean a un joven esposado").
  r(String.raw`\bhandcuffed(?<=\b(?:a|an|one) handcuffed) ${PERSON_EN}\b|\besposad[oa]\b(?<=\b(?:un|una|al) ${PERSON_ES} esposad[oa])`, 1),
  r(String.raw`\bno (?:one was )?arrest(?:ed|s)\b|\bno (?:injuries |incidents |\s+)(?:or|nor|and no) arrests\b`, 0),
];

// Injured counted by group: security forces and the others ("84 agentes heridos; 24 civiles heridos" is 108).
const HURT = String.raw`(?:heridos|heridas|lesionados|lesionadas|injured|wounded|hurt)`;
const SECURITY_INJURED = new RegExp(String.raw`\b${Q}(${NUM}) ${SECURITY} (?:\w+ ){0,2}?${HURT}\b`, 'g');
/** A group of people: a figure and a plural ("tres policías"), or one person ("un bombero"), whose figure is 1. */
const GROUP = String.raw`(?:${Q}(${NUM}) (?:${PEOPLE_ES}|${PEOPLE_EN})|(?:un|una|a|an|one) (?:${PERSON_ES}|${PERSON_EN}))`;
const AND = String.raw`,? (?:y|e|and) `;
const BOTH_INJURED = new RegExp(String.raw`\b${GROUP}${AND}${GROUP} (?:\w+ ){0,2}?${HURT}\b`, 'g');
/** Two groups killed: "mueren tres policías y un bombero", "two soldiers and a police officer were killed". */
const BOTH_KILLED = [
  new RegExp(String.raw`\b(?:mueren|murieron|fallecen|fallecieron|asesinan a|asesinaron a|killing) ${GROUP}${AND}${GROUP}\b`, 'g'),
  new RegExp(String.raw`\b${GROUP}${AND}${GROUP} (?:\w+ ){0,2}?(?:muertos|muertas|fallecidos|fallecidas|murieron|mueren|fallecieron|killed|dead|died)\b`, 'g'),
];
/** Two groups detained: "detuvieron a dos dirigentes y un estudiante". */
const BOTH_DETAINED = [
  new RegExp(String.raw`\b(?:detienen a|detuvieron a|arrestaron a|capturaron a) ${GROUP}${AND}${GROUP}\b`, 'g'),
  new RegExp(String.raw`\b${GROUP}${AND}${GROUP} (?:\w+ ){0,2}?(?:detenidos|detenidas|arrestados|capturados|arrested|detained)\b`, 'g'),
];

/** The sum of the two groups the first matching pattern finds (a group without a figure is one person). */
function pair(res: RegExp[], folded: string): number | null {
  for (const re of res) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (!m) continue;
    const x = m[1] === undefined ? 1 : parseNumber(m[1]);
    const y = m[2] === undefined ? 1 : parseNumber(m[2]);
    if (x !== null && y !== null) return x + y;
  }
  return null;
}
/** Security forces among the injured: "12 militares heridos", "un policía herido", "an officer was hurt". */
const ONE_SECURITY = String.raw`(?:policia|agente|efectivo|carabinero|militar|soldado|officer|policeman|police officer|soldier)`;
const SECURITY_HURT = new RegExp(String.raw`\b(?:${Q}${NUM} ${SECURITY}|(?:un|una|otro|otra|a|an|one|another) ${ONE_SECURITY}) (?:\w+ ){0,3}?(?:herid[oa]s?|lesionad[oa]s?|injured|wounded|hurt)\b|\b(?:entre los|among the) (?:heridos|lesionados|injured|wounded) (?:\w+ ){1,2}?${Q}${NUM} ${SECURITY}\b`);
const SECURITY_WORD = new RegExp(String.raw`\b${SECURITY}\b`);
/** A total that includes the groups named after it: nothing to add up. */
const INCLUSIVE = /\b(entre ellos|de ellos|de los cuales|including|among them|of whom|of them)\b/;

/** The injured of two groups added up, or null: two figures in one phrase, or a security figure and another one. */
function groupInjured(folded: string, figures: Figure[]): number | null {
  if (INCLUSIVE.test(folded)) return null;
  const both = coordinatedSum(figures, [BOTH_INJURED], folded);
  if (both !== null) return both;
  SECURITY_INJURED.lastIndex = 0;
  let security: number | null = null;
  for (let m = SECURITY_INJURED.exec(folded); m; m = SECURITY_INJURED.exec(folded)) {
    const v = parseNumber(m[1] ?? '');
    if (v !== null) security = Math.max(security ?? 0, v);
  }
  const others = figures.filter((f) => !SECURITY_WORD.test(fold(f.cue))).map((f) => f.value);
  return security !== null && others.length ? security + Math.max(...others) : null;
}

const KILLED_GATE = new Gate(KILLED, (r) => r.re);
const INJURED_GATE = new Gate(INJURED, (r) => r.re);
const DETAINED_GATE = new Gate(DETAINED, (r) => r.re);

const HAS_KILLED = /\bmat(?:a|an|o|aron)\b|abat|cuerp|bodies|cadaver|corpse|restos|muert|muere|murie|falle|victim|kill|dead|die|death|toll|asesin|perdi|vida|mortal|abatid|ahog|drown/;
const HAS_INJURED = /herid|balead|hier|hiri|lesion|injur|wound|hurt|alcanzad|grave|serious|quemad|set on fire|set alight|burned|burnt|blind|ciego|\bojos?\b|\beye\b|\bvision\b|atendid|tratad|hospitali|treated/;
const HAS_DETAINED = /deten|detien|detuv|arrest|captur|detain|aprehend|rounded up|round up|rounds up|\bheld\b|custody|handcuffed|esposad/;

/** The largest sum of two coordinated groups around the figures found, or null. A rule reads one of the two groups
 *  first, so the sum is looked for only where a figure's phrase is joined to another by "y" / "and". */
function coordinatedSum(figures: Figure[], pairs: RegExp[], folded: string): number | null {
  let best: number | null = null;
  for (const f of figures) {
    const end = f.at + f.cue.length;
    if (!COORDINATED_AFTER.test(folded.slice(end, end + 30)) && !COORDINATED_BEFORE.test(folded.slice(Math.max(0, f.at - 6), f.at))) continue;
    const sum = pair(pairs, folded.slice(Math.max(0, f.at - PAIR_REACH), end + PAIR_REACH));
    if (sum !== null && (best === null || sum > best)) best = sum;
  }
  return best;
}
const PAIR_REACH = 80;
const COORDINATED_AFTER = /^( [a-z]+){0,2},? (y|e|and) /;
const COORDINATED_BEFORE = /,? (y|e|and) $/;

/** "Otras tres personas murieron", "three more died": a figure in addition to the ones before it. */
const MORE_BEFORE = /\b(otros|otras|another)\s$/;
const MORE_IN = /^(?:\S+ ){1,3}(more|others|mas)\b/;
const additional = (f: Figure, folded: string) => MORE_BEFORE.test(folded.slice(Math.max(0, f.at - 8), f.at)) || MORE_IN.test(fold(f.cue));

/** The largest figure, plus the figures given as more than it ("dos muertos... otras tres personas murieron": 5). */
function total(figures: Figure[], folded: string): number {
  if (figures.length < 2) return figures[0]!.value;
  const more = figures.filter((f) => additional(f, folded));
  const base = figures.filter((f) => !more.includes(f));
  if (!more.length || !base.length) return Math.max(...figures.map((f) => f.value));
  return Math.max(...base.map((f) => f.value)) + more.reduce((sum, f) => sum + f.value, 0);
}

/** The largest figure, raised to the sum of two groups when that is larger ("tres policías y un bombero": 3, then 4). */
function atLeast(figures: Figure[], pairs: RegExp[], folded: string): number | null {
  if (!figures.length) return null;
  const best = total(figures, folded);
  const sum = coordinatedSum(figures, pairs, folded);
  return sum !== null && sum > best ? sum : best;
}

export interface Counts {
  killed: number | null;
  injured: number | null;
  detained: number | null;
  cues: string[];
  /** Security forces are among the injured (a confrontation). */
  securityInjured: boolean;
}

interface Figure {
  value: number;
  cue: string;
  /** Where the rule's match starts in the text. */
  at: number;
}

const APPROXIMATE = /\b(nearly|almost|close to|casi|cerca de) $/;

function take(rules: Gate<CountRule>, folded: string, original: string, keys: Set<number>, cues: string[], figures: Figure[] = []): number | null {
  let best: number | null = null;
  for (const rule of rules.select(keys)) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(folded))) {
      let v: number | null;
      if (typeof rule.value === 'number') v = rule.value;
      else if (rule.value === 'ordinal') v = ORDINALS[m[1] ?? ''] ?? null;
      else v = parseNumber(m[1] ?? '');
      // A figure short of what it names ("nearly 200", "casi 200", "cerca de 200") is no count (round 10).
      if (m[1] !== undefined && typeof rule.value !== 'number') {
        const at = m.index + m[0].indexOf(m[1]);
        if (APPROXIMATE.test(folded.slice(Math.max(0, at - 12), at))) continue;
      }
      if (v === null || v > 10000) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const cue = original.slice(start, m.index + m[0].length).replace(/^[.:;]\s*/, '').trim();
      cues.push(cue);
      figures.push({ value: v, cue, at: start });
      best = best === null ? v : Math.max(best, v);
    }
  }
  return best;
}

/**
 * Counts in a folded text (background clauses already blanked). `original` is the same text unfolded, for the cues.
 * The largest figure a rule finds wins (a revised toll in the same item is the larger one).
 */
export function extractCounts(folded: string, original: string, keys = textKeys(folded)): Counts {
  const cues: string[] = [];
  // Each family of rules runs only when one of its stems is in the text (most items report no count), and then only
  // the rules whose words the text has (gate.ts).
  const deaths: Figure[] = [];
  const killed = HAS_KILLED.test(folded) && take(KILLED_GATE, folded, original, keys, cues, deaths) !== null ? atLeast(deaths, BOTH_KILLED, folded) : null;
  const figures: Figure[] = [];
  let injured = HAS_INJURED.test(folded) && take(INJURED_GATE, folded, original, keys, cues, figures) !== null ? total(figures, folded) : null;
  const groups = injured === null ? null : groupInjured(folded, figures);
  if (groups !== null && injured !== null && groups > injured) injured = groups;
  const arrests: Figure[] = [];
  const detained = HAS_DETAINED.test(folded) && take(DETAINED_GATE, folded, original, keys, cues, arrests) !== null ? atLeast(arrests, BOTH_DETAINED, folded) : null;
  return { killed, injured, detained, cues, securityInjured: injured !== null && injured > 0 && SECURITY_HURT.test(folded) };
}
