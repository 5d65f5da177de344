// Decides whether an item reports a protest event, its type (the most severe reported) and its status.
import { EVENT_TYPES, type EventStatus, type EventType } from '../types';
import {
  ANNOUNCING,
  BACKGROUND,
  CASUALTIES,
  CIVILIAN_SHOOTERS,
  COMMEMORATION,
  DEATHS,
  EARLIER,
  EARLIER_WORDS,
  EXPLAINER,
  FANS,
  FRAMES,
  GENERIC_CONTEXT,
  HUNGER_STRIKE,
  MASKS,
  NON_ACTION,
  PEACEFUL,
  PEOPLE_OF,
  ONGOING_ACTION,
  PROTESTER_VIOLENCE,
  PROTEST_CONTEXT,
  PURPOSE,
  SECURITY,
  SECURITY_DEATH,
  STATUS_ANNOUNCED,
  STATUS_ENDED,
  TALLY,
  TRIGGERS,
  type Trigger,
} from './lexicon';
import { Gate, gated, noteBlanked, Scan, textKeys, type TextKeys } from './gate';

const blank = (s: string) => ' '.repeat(s.length);
// Each list runs only the patterns whose words the text has (gate.ts).
const MASK_GATE = new Gate(MASKS, (re) => re);
const BACKGROUND_GATE = new Gate(BACKGROUND, (re) => re);
const TRIGGER_GATE = new Gate(TRIGGERS, (t) => t.re);
const FRAME_GATE = new Gate(FRAMES, (f) => f.re);
const TRIGGER_SCANS = new Map(TRIGGERS.map((t) => [t, new Scan(t.re)]));
const BLANK_SCANS = new Map([...MASKS, ...BACKGROUND].map((re) => [re, new Scan(re)]));

function replaceAll(text: string, re: RegExp, fn: (m: string) => string): string {
  re.lastIndex = 0;
  return text.replace(re, fn);
}

/**
 * The triggers that match a folded text, in list order, with their hits; null when it reports no event: it holds no trigger word at all
 * (most feed items) and names no hunger strike. Then normalize stops before anything else. (Masking only blanks words,
 * so it never makes a trigger where there was none.)
 */
export function mayReport(folded: string, keys = textKeys(folded)): Found[] | null {
  const found = findTriggers(TRIGGER_GATE.select(keys), folded, keys);
  return found.length || gate.hungerStrike.test(folded, keys) ? found : null;
}

/** A trigger that matches a text, and its hits there (its matches but empty ones). */
export interface Found {
  trigger: Trigger;
  hits: Hit[];
}

/** Those of `candidates` that match `text`, in list order (`keys`: those of the text, or of a text holding it). */
function findTriggers(candidates: readonly Trigger[], text: string, keys: Set<number>): Found[] {
  const found: Found[] = [];
  for (const t of candidates) {
    const scan = TRIGGER_SCANS.get(t)!;
    let m = scan.exec(text, keys, 0);
    if (!m) continue;
    const hits: Hit[] = [];
    // (After an empty match, the next is looked for one character on.)
    for (; m; m = scan.exec(text, keys, m.index + (m[0].length || 1))) {
      if (m[0]) hits.push({ type: t.type, strong: t.strength === 'strong', start: m.index, end: m.index + m[0].length });
    }
    found.push({ trigger: t, hits });
  }
  return found;
}

/**
 * The folded text the classifier reads: trigger words in other senses blanked, hunger strikes rewritten to "ayuno",
 * clauses about earlier incidents blanked. Same length as the input.
 */
export function prepare(folded: string, keys?: Set<number>): string {
  return prepared(folded, keys).work;
}

/** prepare's text, and keys that select every pattern that may match it: those of the text before blanking (gate.ts). */
export function prepared<K extends Set<number>>(folded: string, keys?: K): { work: string; keys: K | TextKeys } {
  let work = keys && !gate.hungerStrike.test(folded, keys) ? folded : replaceAll(folded, HUNGER_STRIKE, (m) => 'ayuno' + '-'.repeat(m.length - 5));
  // Blanking only takes words away, so the words of the text before it select every pattern that may match after.
  const words = work === folded && keys ? keys : textKeys(work);
  for (const re of MASK_GATE.select(words)) work = blankAll(work, re, words);
  for (const re of BACKGROUND_GATE.select(words)) work = blankAll(work, re, words);
  if (gate.tally.test(work, words)) work = work.replace(/[^.;\n]+/g, (s) => (test(TALLY, s) && (DEATHS.test(s) || TALLY_HURT.test(s)) ? blank(s) : s));
  if (work !== folded) noteBlanked(words, work);
  return { work, keys: words };
}

/** `work` with every match of a mask or background pattern blanked (looked for first as a Scan does: most match none). */
function blankAll(work: string, re: RegExp, keys: Set<number>): string {
  return BLANK_SCANS.get(re)!.exec(work, keys, 0) ? replaceAll(work, re, blank) : work;
}

/** Round 11: the wounded a tally counts since a date ("ya son 12 los manifestantes con trauma ocular desde el inicio del
 *  paro", "eye injuries treated since the start of the unrest"): a cumulative count, like the dead. */
const TALLY_HURT = /\b(heridos|lesionados|traumas? ocular(es)?|lesiones oculares|eye injuries|eye wounds|injured|wounded)\b/;

/** A title that tallies deaths since a date ("Ombudsman counts 67 dead since December"): the item is a tally. */
export function tallyTitle(folded: string, titleEnd: number): boolean {
  const title = folded.slice(0, titleEnd);
  return test(TALLY, title) && DEATHS.test(title);
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

export interface Hit {
  type: EventType;
  strong: boolean;
  start: number;
  end: number;
}

export interface Classification {
  type: EventType;
  status: EventStatus;
  /** 0..1: how sure the type words are (strong words, protest context, title). */
  strength: number;
  hits: Hit[];
  statusCue: { start: number; end: number } | null;
  /** Deaths in the text belong to an earlier incident (funeral, vigil). */
  commemoration: boolean;
}

/** Words that may name the topic of a book, film, game or court case, or its people, or a report's finding ("excessive
 *  force"), rather than report an action. */
const BARE_NOUN = /^(huelgas?|strikes?|roadblocks?|blockades?|barricades?|vigils?|vigilias?|rioters|strikers|protesters|demonstrators|marchers|brutalidad policial|abuso policial|police brutality|excessive force|disproportionate force|lethal force|(uso excesivo|uso desproporcionado|exceso) de (la )?fuerza|fuerza (excesiva|desproporcionada|letal))$/;

const RIGHTS_BODY = String.raw`(amnesty( international)?|amnistia internacional|human rights watch|hrw|cidh|iachr|inter-american commission( on human rights)?|comision interamericana( de derechos humanos)?)`;
/** Round 10: a report's finding, or a human-rights body's as the title's opening attribution ("Amnesty: forces used
 *  lethal weapons against protesters", "informe revela..."): what it found is an earlier incident's, not an action
 *  reported. */
const REPORT_FINDING = new RegExp(String.raw`\b(report|study|inquiry|informe|estudio) (finds|found|says|concludes|concluded|shows|reveals|revealed|documents|revela|concluye|senala|determina|determino|muestra|documenta)\b|^${RIGHTS_BODY} ?(:|says\b|dice\b|afirma\b|asegura\b|concluye\b|senala\b|finds\b|reports?\b)`);
/** A human-rights body named elsewhere in a title ("Police fire on marchers; Amnesty demands inquiry"): an event only
 *  when the title reports an action itself, as with NON_ACTION. */
const RIGHTS_BODY_NAMED = new RegExp(String.raw`\b${RIGHTS_BODY}\b`);

/** Round 10: force named by a noun as what people denounce ("Colectivos denuncian represión", "groups condemn the
 *  crackdown"): a complaint, no act, when the text reports no casualty either. */
const DENOUNCED = /\b(denuncian|denuncia|denunciaron|denuncio|condenan|condena|condeno|condenaron|repudian|repudia|repudiaron|rechazan|rechaza|rechazaron|critican|criticaron|denounces?|denounced|denouncing|condemns?|condemned|condemning|decr(y|ies|ied)|criticis\w+|criticiz\w+)( (la|el|los|las|the|una|un|a|an|nueva|nuevas|new))?( \w+)? $/;
const FORCE_NOUN = /^(represion( (policial|militar))?( (policial|militar|en|de|contra))?|represiones|reprimida|crackdowns?|police crackdown|brutalidad policial|abuso policial|police brutality|excessive force|disproportionate force|lethal force|deadly force|(uso excesivo|uso desproporcionado|exceso) de (la )?fuerza|fuerza (excesiva|desproporcionada|letal))$/;

const FIRED_ON_MOURNERS = /\b(mourners|funeral|vigil|cortejo|velorio|sepelio|velaton|vigilia)\b/;

/** Works about protests (films, books, shows): a title naming one and reporting no action is about the work. */
const WORK_TITLE = /\b(documental|documentales|documentary|documentaries|pelicula|film|films|movie|drama|tv series|new series|miniseries|serie|miniserie|libro|libros|book|books|novela|novel|memoir|exposicion|exhibition|muestra fotografica|obra teatral|teatro|estreno|estrena|premiere|premieres|screening)\b/;

/** Wire day 2: a crash or a vehicle overturned, where people who loot the cargo scavenge. */
const CRASH = /\b(vuelca|volco|volcado|volcada|volcadura|se despista|despiste|accidente|choque vehicular|overturn\w*|crash\w*|jackknifed|accident)\b/;
/** Wire day 2: the faithful of a procession, a pilgrimage or a saint's feast. */
const FAITHFUL = /\b(fieles|devotos|feligreses|peregrinos|peregrinacion|procesion|carrozas|danzantes|comparsas|santo patron|virgen|pase del nino|pilgrims|pilgrimage|faithful|worshippers|devotees|procession|floats)\b/;

/** Security forces as the subject just before a verb. */
const POLICE_SUBJECT = /\b(policias?|la policia|agentes|efectivos|militares|soldados|carabineros|uniformados|esmad|police|policemen|officers|troops|soldiers|riot police)( \w+){0,2} $/;

/** Killing verbs (CASUALTIES has the nouns and intransitive verbs). */
const KILLING = /\b(matan|mataron|mata|mato|asesinan|asesinaron|asesina|asesino|kill|kills|killing)\b/;

/** The words just before a killing that make it what a march in the title mourns or denounces (at most two words between). */
const MOURNING = /\b(por|para|to mourn|mourn|mourning|honou?r|honou?ring|in memory of|for|over|after|tras|despues de|against|contra|denounc\w+|condemn\w+|repudi\w+)( \w+)?( \w+)? $/;
/** The dead a march is for ("por los 49 muertos", "for the 17 dead"). */
const MOURNED_DEAD = /\b(muert[oa]s|fallecid[oa]s|asesinad[oa]s|victimas|dead|killed|slain|victims)\b/;
/** A link to what a march is for, and the words from it to the dead ("against the crackdown that left 20 dead"). */
const MOURNING_LINK = /\b(por|para|to mourn|mourn|mourning|honou?r|honou?ring|in memory of|for|over|after|tras|against|contra|denounc\w+|condemn\w+|repudi\w+)\b((?:(?!\b(?:por|para|for|over|after|tras|against|contra)\b).)*)$/;
/** The relatives of people killed ("relatives of those killed by troops", "familiares de los asesinados"). */
const RELATIVES_OF = /\b(relatives|families|mothers|parents|widows|children|familiares|familias|deudos|madres|padres|viudas|hijos) (of|de) ((those|the|los|las) )?(\w+ )?$/;
/** Protesters named as people, not as an action. */
const PEOPLE_NOUN = /^(protesters?|demonstrators?|marchers|manifestantes?|protestantes?|marchantes?)$/;

/** Demonstrations named by a noun (or a word that may be one): in a title about a decree, a court or a statement, a topic. */
const DEMO_NOUN = /^(marchas?|march|marches|marching|marchando|protestas?|protests?|protesta|protesting|protestando|manifestacion(es)?|movilizacion(es)?|demonstrations?|demonstrators?|protesters?|rall(y|ies)|sit-ins?|vigils?|vigilias?|plantone?s?|planton|concentracion|caravanas?|mitin(es)?|cacerolazos?|sentada|caminata|jornada de \w+|levantamiento \w+|marchers|mourners|coffins|feretros|ataudes|cortejo funebre|marcha funebre|funeral (march|procession)|occupation of|se movilizan|se movilizaron|se manifiestan|se manifestaron|protestan|protestaron|protestaban|protested)$/;

/** Confrontation nouns that sports share: they report a protest only with security forces or protest context. */
const SHARED_NOUN = /^(enfrentamientos?|choques?)$/;

/** Words that name a protest: triggers themselves, not context that supports a trigger. */
const PROTEST_NOUN = /^(protestas?|protests?|protestan|protestaron|protested|movilizacion|movilizaciones|marchas?|march|marches)$/;

/** Protest context in a text: 'named' when only words naming a protest give it, 'people' when other words do. */
function contextOf(work: string, keys: Set<number>): 'people' | 'named' | null {
  let found: 'named' | null = null;
  for (let m = gate.context.exec(work, keys); m; m = gate.context.exec(work, keys, m.index + m[0].length)) {
    if (!PROTEST_NOUN.test(m[0])) return 'people';
    found = 'named';
  }
  return found;
}

/** Protest context beyond mere mentions of protests, strikes or workers (GENERIC_CONTEXT). */
function frameContext(work: string, keys: Set<number>): boolean {
  for (let m = gate.context.exec(work, keys); m; m = gate.context.exec(work, keys, m.index + m[0].length)) if (!GENERIC_CONTEXT.test(m[0])) return true;
  return false;
}

/** The text of a hit's sentence before it. */
function sentenceBefore(work: string, start: number, max = Infinity): string {
  let i = start;
  const stop = Math.max(0, start - max);
  while (i > stop && !'.;\n'.includes(work[i - 1]!)) i--;
  return work.slice(i, start);
}

/** A protest noun after an article ("sanciona los bloqueos de carreteras") is the topic of a decree, bill or ruling. */
const TOPIC_NOUN = /^(bloqueos?|huelgas?|paros?|protestas?|marchas?|strikes?|roadblocks?|blockades?|protests?)\b/;
const ARTICLE = /\b(los|las|el|la|the|sus|their)\s$/;
const CAUSE = /\b(por|over|for|to end|para (levantar|terminar|poner fin a))( (los|las|el|la|the|su|sus|their))?( \S+)? $|\b(culpa|culpan|culpo|culparon|acusa|acusan|blames?|blamed|accuses?|accused)\b( \S+){1,4} (de|del|por|for|of)( (los|las|el|la|the))? $|\b(por|for) (participar|tomar parte|haber participado|su participacion|participating|taking part|his role|her role|their role)( (en|in))?( (los|las|el|la|the))? $|\b(muertos|fallecidos|victimas|heridos|detenidos|dead|killed|deaths|injured|arrests) (en|in|during|durante|from) (\S+ ){0,2}(dias|jornadas|semanas|noches|days|weeks|nights) (de|of) $|\b(investigar|investiga|investigan|investigate|investigates|investigating|probe into|probes? into|investigation into|investigacion (de|por|sobre)|esclarecer|aclarar)( (los|las|el|la|the|a|an|su|sus|their))?( \S+)? $|\b(who|que|quienes|that)( \w+){0,3} $|\b(condena|condenan|condenaron|sentencian|sentenciaron) a (\d+|\w+) anos (de (prision|carcel) )?(a |al |a la |a los |a las )(\w+ )?$|\b(condemns?|condemned|condena|condenan|condeno|denounces?|denounced|denuncia|denuncian|repudia|repudian|deplores?|deplored|lamenta|lamentan|laments?|declares?|declared|declara|declaran|declaro|rules? on|ruled on)( (los|las|el|la|the|a|an|su|sus|their))?( \S+)? $/;

/** The words before a trigger that make it what a protest is against or demands (at most one word between). */
const DEMAND_OBJECT = /\b(contra|en rechazo a|en protesta (por|contra)|en repudio a|justicia (para|por)|victimas de|el fin de|(cese|alto) (de|a)|against|protesting|condemning|denouncing|victims of|justice for|an end to)( (el|la|los|las|lo|the|a|al|del|de))?( (?!(y|e|o|and|or)\b)\w+)? $/;

/** The words that begin a demand's object (DEMAND_OBJECT) or the people of an earlier action (PEOPLE_OF). */
const TOPIC_CUE = /\b(contra|rechazo|protesta|repudio|justicia|victimas|fin|cese|alto|against|protesting|condemning|denouncing|victims|justice|end|detenidos|heridos|fallecidos|muertos|liberados|detainees|injured|dead)\b/g;

/** The words before an action that make it the charge of a trial or a sentence. */
const ARRESTED_FOR = /\b(charged|sentenced|jailed|convicted|fined|indicted|prosecuted|procesad[oa]s?|sentenciad[oa]s?|condenad[oa]s?|acusad[oa]s?|denunciad[oa]s?|investigad[oa]s?) (\w+ )?(for|over|por|with)( (the|el|la|los|las|su|sus|their|alleged|presunto|presuntos|presunta))?( \w+)? $|\b(acquit\w*|absuel\w+|cleared|clears|sobresee\w*) ((\w+ ){1,3}(accused|acusad[oa]s?) (of|de)( \w+)? |(a |an |the |al |a la |a los |a las |a )?(\w+ )?)$/;

/** Round 11: a charge told inside a hit ("officer jailed for blinding"): the case, not the act. */
const CHARGED_IN = /\b(jailed|sentenced|convicted|charged|indicted|condenad[oa]s?|sentenciad[oa]s?|procesad[oa]s?) (for|over|por|with)\b/;
/** Round 11: looting words, which a disaster's survivors share with rioters. */
const LOOTING = /^(loot\w*|saque\w*|pillaj\w*|desvalij\w+|plunder\w*|pillag\w*|ransack\w*)/;

/** Round 11: deaths told with their own day ("killed on December 15", "fallecidos del 9 de enero", "murió el lunes"). */
const DATED_DEATH = /\b(killed|dead|died|slain|shot|murio|murieron|muertos|muertas|fallecidos|fallecidas|fallecio|asesinados|asesinadas|asesinado|caidos|baleados) (on |el |del |los dias |last )?(\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)|(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}|\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)|lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|la semana pasada|el mes pasado|month)\b/;
/** A single officer, and a toll of three or more dead: with both, the officer's death does not make the others' a clash. */
const ONE_OFFICER = /\b(un|una|el|la|a|an|one) (policia|agente|suboficial|efectivo|soldado|militar|carabinero|police officer|officer|policeman|soldier)\b/;
const NUMBER = String.raw`(\d{1,3}|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const MANY_DEAD = new RegExp(String.raw`\b${NUMBER} (muertos|fallecidos|dead|killed)\b|\b(muertos|fallecidos|victimas|toll)\b[^.;\n]{0,20}\b(llego|llega|sube|subio|asciende|ascendio|rises|rose|reached|reaches|climbs) (a|to) ${NUMBER}\b|\bson ${NUMBER} los (muertos|fallecidos)\b`);

const SEVERITY = new Map<EventType, number>(EVENT_TYPES.map((t, i) => [t, i]));

const POLICE_FIRING = /\b(dispar\w+|abrieron fuego|shot by|opened fire|fired (on|at|into))\b/;

// Patterns run over a whole text (or its title) only when its words may match them (gate.ts): most texts have none.
const gate = {
  hungerStrike: gated(HUNGER_STRIKE),
  tally: gated(TALLY),
  security: gated(SECURITY),
  purpose: gated(PURPOSE),
  casualties: gated(CASUALTIES),
  killing: gated(KILLING),
  fans: gated(FANS),
  workTitle: gated(WORK_TITLE),
  crash: gated(CRASH),
  faithful: gated(FAITHFUL),
  explainer: gated(EXPLAINER),
  reportFinding: gated(REPORT_FINDING),
  nonAction: gated(NON_ACTION),
  rightsBody: gated(RIGHTS_BODY_NAMED),
  commemoration: gated(COMMEMORATION),
  securityDeath: gated(SECURITY_DEATH),
  datedDeath: gated(DATED_DEATH),
  earlierWords: gated(EARLIER_WORDS),
  civilianShooters: gated(CIVILIAN_SHOOTERS),
  peaceful: gated(PEACEFUL),
  protesterViolence: gated(PROTESTER_VIOLENCE),
  policeFiring: gated(POLICE_FIRING),
  oneOfficer: gated(ONE_OFFICER),
  manyDead: gated(MANY_DEAD),
  ended: gated(STATUS_ENDED),
  announced: gated(STATUS_ANNOUNCED),
  ongoingAction: gated(ONGOING_ACTION),
  context: gated(PROTEST_CONTEXT),
  topicCue: gated(TOPIC_CUE),
};

/** The text just before a hit. */
function before(work: string, h: Hit): string {
  return work.slice(Math.max(0, h.start - 40), h.start);
}

/** A hit shortly after a word that may start what a protest is against or demands, or the people of an earlier
 *  action, that is one of them (see classify). */
function topical(h: Hit, work: string, cueEnds: number[]): boolean {
  return cueEnds.some((e) => e <= h.start && h.start - e <= 60) && (DEMAND_OBJECT.test(sentenceBefore(work, h.start, 60)) || PEOPLE_OF.test(before(work, h)));
}

/** A killing in the title that a march among `hits` mourns or denounces, or that relatives' are (see classify). */
function mourned(h: Hit, hits: Hit[], work: string, titleEnd: number): boolean {
  return h.type === 'repression' && h.start < titleEnd &&
    (RELATIVES_OF.test(before(work, h)) || hits.some((d) => d.type === 'demonstration' && d.end <= h.start && h.start - d.end <= 60 &&
      !PEOPLE_NOUN.test(work.slice(d.start, d.end)) && !/[.;\n]/.test(work.slice(d.end, h.start)) && MOURNING.test(work.slice(d.start, h.start))));
}

/** Whether the frame of that name is among the gate's candidates and matches the text. */
function frameOn(candidates: readonly { name: string; re: RegExp }[], name: string, work: string): boolean {
  for (const f of candidates) if (f.name === name) return test(f.re, work);
  return false;
}

/**
 * `work` is the prepared text (see prepare); `titleEnd` the offset where the title ends; `found`, when known, the
 * triggers that match `work` (mayReport's, when preparing changed nothing).
 */
export function classify(work: string, titleEnd: number, keys = textKeys(work), found?: Found[]): Classification | null {
  const triggers = found ?? findTriggers(TRIGGER_GATE.select(keys), work, keys);
  if (!triggers.length) return null;
  const security = gate.security.test(work, keys);

  const all: Hit[] = [];
  let purpose: boolean | undefined;
  for (const { trigger, hits } of triggers) {
    if (trigger.strength === 'purpose' && !(purpose ??= gate.purpose.test(work, keys))) continue;
    all.push(...hits);
  }
  // A protest named is context for violent or obstructive words ("stations torched as protests turn violent"), not
  // for the words naming protests themselves ("Peru braces for new protests"): those need people acting or demands.
  const contextKind = contextOf(work, keys);
  const context = contextKind !== null;
  const anyStrong = all.some((h) => h.strong);
  const supported = context || anyStrong;
  // (Deaths or wounded "during the protests" are a report of one.)
  const named = contextKind === 'named' && gate.casualties.test(work, keys);
  all.splice(0, all.length, ...all.filter((h) => h.strong || h.type !== 'demonstration' || anyStrong || contextKind === 'people' || named));
  // Confrontation words in the plural stand with casualties ("choques en Ilo dejan cuatro agentes heridos", "clashes
  // in Puno leave two dead"); otherwise with security forces and protest context.
  const casualties = named || gate.casualties.test(work, keys);
  // Security forces killing or shooting people at another protest action ("militares matan a dos personas en el
  // bloqueo") stand too: the action word places the force in a protest.
  const otherAction = all.some((h) => h.type !== 'repression');
  let hits = all.filter((h) => h.strong || supported || (h.type === 'clash' && ((security && context) || (casualties && /s$/.test(work.slice(h.start, h.end))))) ||
    (h.type === 'repression' && security && otherAction && (casualties || gate.killing.test(work, keys))));
  if (!hits.length) return null;
  // A weak word inside a strong phrase of another type is that phrase's instrument, not an action of its own:
  // "atacan a pedradas la sede" is an attack on a building (riot), not stones thrown at people (clash).
  hits = hits.filter((h) => h.strong || !hits.some((o) => o.strong && o.type !== h.type && o.start <= h.start && h.end <= o.end));

  // A non-protest frame (sports, culture, markets, weather...) without protest context or a strong word: no event.
  // ("Un duro enfrentamiento en el Garcilaso": a confrontation noun with no security forces is a game's word too.)
  const actionStrong = all.some((h) => h.strong && !BARE_NOUN.test(work.slice(h.start, h.end)) && (security || !SHARED_NOUN.test(work.slice(h.start, h.end))));
  // (Fans fighting police after a match, gunmen of a cartel fighting the army: no protest even with strong words.)
  // (Frames are tested only when a rule needs them, and only those whose words the text has: most reports have none.)
  const candidates = FRAME_GATE.select(keys);
  if (candidates.length) {
    if ((!actionStrong || gate.fans.test(work, keys) || frameOn(candidates, 'crime', work)) && !frameContext(work, keys) && candidates.some((f) => test(f.re, work))) return null;
    // A flood, a landslide or an earthquake with only weak action words and nothing the people demand: looting after
    // a disaster, homes burned by a wildfire, not a protest ("Looting reported in flooded neighbourhoods").
    if (hits.every((h) => !h.strong) && frameOn(candidates, 'nature', work) && !gate.purpose.test(work, keys)) return null;
    // (Round 11: looting alone after a quake or a flood, strong words or not, is the survivors' with no demand: "Survivors
    // loot stores after quake".)
    if (hits.every((h) => h.type === 'riot' && LOOTING.test(work.slice(h.start, h.end))) && frameOn(candidates, 'nature', work) && !gate.purpose.test(work, keys)) return null;
    // A title about a film, a book or a show that reports no action itself: the protest words of the summary are its
    // subject ("Documentary on Chile's uprising premieres... follows protesters who lost eyes to pellets").
    // (A noun naming protests, "Book on Peru protests", is the work's topic, not an action.)
    // (Wire day 2: force named by a noun, "Documental sobre la represión en Huanta", "book on the crackdown", is the
    // work's topic too.)
    if (gate.workTitle.test(work.slice(0, titleEnd), keys) && frameOn(candidates, 'culture', work) &&
      !hits.some((h) => h.start < titleEnd && !TOPIC_NOUN.test(work.slice(h.start, h.end)) && !BARE_NOUN.test(work.slice(h.start, h.end)) && !FORCE_NOUN.test(work.slice(h.start, h.end)))) return null;
  }
  // Wire day 2: looting alone at a crash ("pobladores saquean el combustible del camión volcado", "villagers loot the
  // overturned truck's cargo"), with nothing the people demand: scavenging, not a riot.
  if (hits.every((h) => h.type === 'riot' && LOOTING.test(work.slice(h.start, h.end))) && gate.crash.test(work, keys) && !gate.purpose.test(work, keys)) return null;
  // Wire day 2: a crowd of the faithful walking a route ("Pase del Niño reúne a miles de fieles... recorrieron el
  // centro", "pilgrims walk to the shrine") with weak words only and nothing demanded: a procession.
  if (hits.every((h) => !h.strong && h.type === 'demonstration') && gate.faithful.test(work, keys) && !gate.purpose.test(work, keys)) return null;

  // Emergency decrees, court rulings, investigations, votes: an event only if the title reports an action itself.
  const title = work.slice(0, titleEnd);
  if (gate.explainer.test(title, keys) || gate.reportFinding.test(title, keys)) return null;
  if (gate.nonAction.test(title, keys) || gate.rightsBody.test(title, keys)) {
    // ("Liberan a los detenidos del desbloqueo" names an earlier action, it does not report one.)
    // A bare noun ("reglamento de huelgas") names a topic, an action after "por" ("formaliza a un agente por
    // disparos") the cause of the case, and one in a relative clause ("jails rioters who stormed") its people: none
    // is an action the item reports.
    // (A demonstration named by a noun, "protests", is a topic; one named by what people do, "demonstrated outside the
    // court", "con pancartas frente a la fiscalía", is an action.)
    const titleAction = hits.some((h) => h.start < titleEnd && (h.strong || h.type !== 'demonstration' || !DEMO_NOUN.test(work.slice(h.start, h.end))) && !PEOPLE_OF.test(before(work, h)) &&
      !BARE_NOUN.test(work.slice(h.start, h.end)) && !CAUSE.test(before(work, h)) && !CHARGED_IN.test(work.slice(h.start, h.end)) &&
      !(TOPIC_NOUN.test(work.slice(h.start, h.end)) && ARTICLE.test(before(work, h))));
    if (!titleAction) return null;
  }

  // Force named by a noun that people denounce, and nothing else, no casualty: a complaint, not an act.
  if (hits.every((h) => FORCE_NOUN.test(work.slice(h.start, h.end)) && DENOUNCED.test(before(work, h))) && !gate.casualties.test(work, keys)) return null;

  // A funeral or vigil in the title: the deaths the item mentions are an earlier incident's.
  let commemoration = gate.commemoration.test(work.slice(0, titleEnd), keys);
  const securityDeath = gate.securityDeath.test(work, keys);
  // (Round 10: unless the forces fire on the funeral or the mourners themselves, a new act: "fire on mourners".)
  if (commemoration && hits.some((h) => h.strong && h.type === 'repression' && h.start < titleEnd && FIRED_ON_MOURNERS.test(work.slice(h.start, h.end)))) commemoration = false;
  if (commemoration) hits = hits.filter((h) => h.type !== 'repression');
  if (!hits.length) return null;
  // A strike the summary announces for later, in an item whose title reports another action, is a later event; so is
  // one the title itself calls for beside an action it reports ("Protesters rally in Quito, call for general strike").
  if (hits.some((h) => h.start < titleEnd && h.type !== 'strike' && !ANNOUNCING.test(before(work, h)))) {
    hits = hits.filter((h) => !(h.type === 'strike' && ANNOUNCING.test(before(work, h))));
  } else if (hits.some((h) => h.start < titleEnd && h.type !== 'strike')) {
    hits = hits.filter((h) => !(h.type === 'strike' && h.start >= titleEnd && ANNOUNCING.test(before(work, h))));
  }
  // What a protest is against or demands is its topic, not an action it reports: "marchan contra los saqueos",
  // "justicia para las víctimas de los disparos", "en rechazo a la represión", "against the police violence that
  // killed 17"; and so are the people of an earlier action ("liberación de detenidos en el enfrentamiento").
  // Such words do not type the item when it reports another action.
  // (One pass finds the words that may start either; only a hit shortly after one is looked at closely.)
  const cueEnds: number[] = [];
  for (let m = gate.topicCue.exec(work, keys); m; m = gate.topicCue.exec(work, keys, m.index + m[0].length)) cueEnds.push(m.index + m[0].length);
  const acting = cueEnds.length ? hits.filter((h) => !topical(h, work, cueEnds)) : hits;
  if (acting.length) hits = acting;
  // What a march in the title mourns or denounces ("marchan por los muertos por disparos de la policía", "march to
  // mourn protesters killed by police", "rally against the crackdown that left 20 dead", "relatives of those killed by
  // troops rally"): deaths of an earlier action, which neither type the item nor count as its toll.
  if (hits.some((h) => h.type === 'demonstration' || RELATIVES_OF.test(before(work, h)))) {
    const kept = hits.filter((h) => !mourned(h, hits, work, titleEnd));
    // (Round 10: only the dead of relatives, and no action: "Government to compensate families of protesters killed".)
    if (kept.length < hits.length && !kept.some((h) => !(h.type === 'demonstration' && PEOPLE_NOUN.test(work.slice(h.start, h.end))))) return null;
    if (kept.length < hits.length && kept.some((h) => h.start < titleEnd)) {
      hits = kept;
      if (!hits.some((h) => h.type === 'repression')) commemoration = true;
    }
  }
  // ("Plantón frente a la Fiscalía por los 49 muertos": the dead a march in the title is for are an earlier toll.)
  if (!commemoration && !hits.some((h) => h.type !== 'demonstration')) {
    for (const d of hits) {
      if (d.start >= titleEnd || PEOPLE_NOUN.test(work.slice(d.start, d.end))) continue;
      const after = work.slice(d.end, Math.min(titleEnd, d.end + 60)).split(/[.;\n]/)[0]!;
      const m = MOURNED_DEAD.exec(after);
      const link = m ? MOURNING_LINK.exec(work.slice(d.start, d.end + m.index)) : null;
      if (link && !/\b(y|and|as|while|mientras|cuando|when|but|pero|e)\b/.test(link[2]!)) { commemoration = true; break; }
    }
  }
  // (Round 11: a title that reports only a demonstration, and force or deaths in the summary told with their own day,
  // "the ten people killed on December 15", "los 18 fallecidos del 9 de enero", "que murió el lunes tras ser alcanzado
  // por un proyectil": what the march is for, an earlier incident's; they neither type the item nor count as its toll.)
  if (!commemoration && hits.some((h) => h.start < titleEnd && h.type === 'demonstration') && gate.datedDeath.test(work, keys)) {
    const sentence = (h: Hit) => sentenceBefore(work, h.start) + work.slice(h.start).split(/[.;\n]/)[0];
    if (hits.every((h) => h.type === 'demonstration' || (h.type === 'repression' && h.start >= titleEnd && DATED_DEATH.test(sentence(h))))) {
      hits = hits.filter((h) => h.type === 'demonstration');
      commemoration = true;
    }
  }
  // Security forces closing a road or a square to a march ("Carabineros cierran el paso a la marcha") block the
  // protest; they do not make a protesters' roadblock. Such a hit does not type the item when it reports another.
  const policing = hits.filter((h) => h.type === 'roadblock' && POLICE_SUBJECT.test(sentenceBefore(work, h.start, 50)));
  if (policing.length && policing.length < hits.length) hits = hits.filter((h) => !policing.includes(h));
  // An action that is only the charge of a trial or a sentence ("jailed for looting", "sentenciados por los saqueos")
  // reports the case, not a protest: no event. (An arrest for it is often the same day's: that stays an event.)
  if (hits.every((h) => ARRESTED_FOR.test(work.slice(Math.max(0, h.start - 40), h.start)))) return null;
  // An action of an earlier day in the summary does not retype the action the title reports.
  const titleTypes = new Set(hits.filter((h) => h.start < titleEnd).map((h) => h.type));
  if (titleTypes.size && gate.earlierWords.test(work, keys)) hits = hits.filter((h) => h.start < titleEnd || titleTypes.has(h.type) || !EARLIER.test(sentenceBefore(work, h.start)));

  let type = hits.reduce((best, h) => (SEVERITY.get(h.type)! < SEVERITY.get(best)! ? h.type : best), hits[0]!.type);
  // Security forces killed by protesters is a clash (ACLED), unless the text also has them firing on protesters.
  if (securityDeath && SEVERITY.get(type)! > SEVERITY.get('clash')!) type = 'clash';
  // Gunfire on protesters by armed civilians is a confrontation between groups, not a repression.
  if (type === 'repression' && gate.civilianShooters.test(work, keys)) type = 'clash';
  // Force against a protest the text calls peaceful, with casualties and no violence by the protesters: excessive
  // force, a repression ("lanzan gases contra una marcha pacífica; hay 15 heridos").
  if (type === 'clash' && !securityDeath && !gate.civilianShooters.test(work, keys) && gate.peaceful.test(work, keys) && gate.casualties.test(work, keys) && !gate.protesterViolence.test(work, keys)) type = 'repression';
  if (securityDeath && type === 'repression') {
    const policeFiring = gate.policeFiring.test(work, keys);
    // (One officer among a toll of many dead leaves the others' deaths lethal force: "un policía fue hallado calcinado,
    // con lo que el número de muertos llegó a 18".)
    if (!policeFiring && !(gate.oneOfficer.test(work, keys) && gate.manyDead.test(work, keys))) type = 'clash';
  }

  const inTitle = hits.some((h) => h.start < titleEnd);
  const strong = hits.some((h) => h.strong);
  const strength = Math.min(1, 0.45 + (strong ? 0.2 : 0) + (context ? 0.15 : 0) + (inTitle ? 0.15 : 0));

  let status: EventStatus = 'ongoing';
  let statusCue: Classification['statusCue'] = null;
  const ended = gate.ended.exec(work, keys);
  if (ended) {
    status = 'ended';
    statusCue = { start: ended.index, end: ended.index + ended[0].length };
  } else {
    const announced = gate.announced.exec(work, keys);
    const violent = SEVERITY.get(type)! <= SEVERITY.get('riot')!;
    if (announced && !violent && !gate.ongoingAction.test(title, keys)) {
      status = 'announced';
      statusCue = { start: announced.index, end: announced.index + announced[0].length };
    }
  }


  hits.sort((a, b) => SEVERITY.get(a.type)! - SEVERITY.get(b.type)! || a.start - b.start);
  return { type, status, strength, hits, statusCue, commemoration };
}
