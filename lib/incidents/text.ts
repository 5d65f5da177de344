// Content tokens for comparing a report with an incident, in Spanish and English.
// Words are accent-folded and lower-cased; stop words and words every protest story uses are dropped; a small table
// maps frequent Spanish and English words of the same meaning to one concept; other words are cut to their first
// STEM_LENGTH letters, a crude stem that also joins many cognates (congreso/congress, indefinido/indefinite).

const STEM_LENGTH = 6;

/** The value kept in `cache` for `key`, computed by `f` the first time; the cache is emptied at `max` entries. Names,
 *  headlines, days and timestamps recur in every report of an incident: matching keeps what it derives from them. */
export function remember<K, V>(cache: Map<K, V>, key: K, f: (key: K) => V, max = 20_000): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= max) cache.clear();
    cache.set(key, (v = f(key)));
  }
  return v;
}
/** `f` with its answer for the last object it was asked about kept: matching asks many times about the one report it
 *  is matching (where a WeakMap by report would grow with every report until the next garbage collection). */
export function lastOf<K extends object, V>(f: (key: K) => V): (key: K) => V {
  let last: K | null = null;
  let value: V;
  return (key) => {
    if (key !== last) {
      value = f(key);
      last = key;
    }
    return value;
  };
}
const MIN_WORD_LENGTH = 3;

const STOP_ES = `
a al algo alguna algunas alguno algunos algun ante antes aqui asi aun aunque bajo bien cada casi como con contra
cual cuales cualquier cuando cuanto de del desde donde dos durante e el ella ellas ello ellos en entre era eran es
esa esas ese eso esos esta estaba estaban estan estar estas este esto estos fue fueron ha haber habia habian han
hasta hay hace hacia hizo la las le les lo los luego mas me mientras mismo muy nada ni no nos o otra otras otro
otros para pero pese poco por porque pues que quien quienes se sea ser sera si sido siendo sin sobre solo son su sus
tambien tan tanto tiene tienen todo todos toda todas tras tu un una uno unos unas y ya yo puede pueden segun dijo
dijeron informo informaron senalo indico afirmo aseguro explico hoy ayer manana tarde noche dia dias semana horas
hora lunes martes miercoles jueves viernes sabado domingo uno tres cuatro cinco seis siete ocho nueve diez enero
febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre hubo menos semanas`;

const STOP_EN = `
a about above after again against all also am amid among an and any are around as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers him his how if in into is it its itself just more most near no nor not now of off on once only or
other our ours out over own same she should so some such than that the their theirs them then there these they this
those through to too under until up very was we were what when where which while who whom why will with would you
your yours says said say saying told according despite since amid upon new today yesterday tonight morning
afternoon evening night day days week hours hour monday tuesday wednesday thursday friday saturday sunday january
february april june july august september october november december may might must one two three four five six seven
eight nine ten least nearly almost weeks`;

/** Words (stemmed like any other) that nearly every protest story uses, so sharing them says nothing. */
const GENERIC = `
protesta protestas protestar protestan protestantes protest protests protesters protestors protesting manifestante
manifestantes manifestacion manifestaciones demonstrator demonstrators police policia policias policial policiales
agente agentes officer officers gobierno government peru peruano peruana peruanos peruvian pais country personas
pobladores residents people ciudad city region regional province provincia departamento department localidad town
local officials autoridades authorities security seguridad fuerzas forces reporte report reported
bolivia boliviano boliviana bolivianos bolivian bolivians ecuador ecuatoriano ecuatoriana ecuatorianos ecuadorian
ecuadorean colombia colombiano colombiana colombianos colombian chile chileno chilena chilenos chilean argentina
argentino argentinos argentine mexico mexicano mexicana mexicanos mexican brasil brazil brasileno brasilena
brasilenos brazilian`;

/** Spanish and English words of one meaning, mapped to one concept token (prefixed by ~, so never equal to a stem). */
const CONCEPTS: Record<string, string> = {
  airport: 'aeropuerto aeropuertos aerodromo airport airports airfield runway',
  bridge: 'puente puentes bridge bridges',
  road: 'carretera carreteras autopista highway highways road roads ruta rutas via vias',
  border: 'frontera fronteras fronterizo fronteriza border borders frontier',
  policestation: 'comisaria comisarias precinct policestation',
  court: 'judicial courthouse court tribunal juzgado',
  death: `muerto muertos muerta muertas muere mueren murio murieron fallecio fallecieron fallecido fallecidos fallecida
    muerte muertes dead died dies killed killing death deaths mata matan mataron asesinan asesinado asesinados asesinada kill kills slain fatalities`,
  injured: 'herido heridos herida heridas lesionado lesionados injured wounded injuries hurt lesiones injure injures injuring wound wounds',
  detained: `detenido detenidos detenida detenidas detencion detenciones arrestado arrestados arrested arrests detained
    detentions detienen detuvo detuvieron detiene capturados detain detains custody`,
  burn: `queman quemaron quemado quemada quemo incendian incendiaron incendio incendiado incendiada incendiados burn burned
    burnt burning torched torch ablaze arson quema fire quemados quemadas quemando fuego calcinado calcinados calcinada charred`,
  coffin: 'feretro feretros ataud ataudes coffin coffins',
  teargas: 'lacrimogeno lacrimogenos lacrimogena lacrimogenas gases teargas',
  gunfire: 'bala balas balazo disparo disparos dispararon fired firing gunfire gunshot gunshots bullet bullets shot shots shooting disparan baleado baleados balean perdigones pellets balacera tiroteo',
  stone: 'piedra piedras pedradas roca rocas stone stones rocks',
  truck: 'camion camiones truck trucks camioneros camionero trucker truckers',
  flight: 'vuelo vuelos flight flights',
  square: 'plaza plazas square',
  market: 'mercado mercados supermercado supermercados market markets supermarket supermarkets',
  mine: 'mina minas minera mineras mine mines mining',
  march: 'marcha marchas marchan marcharon marchaban march marched marches marching movilizacion movilizaciones movilizan movilizaron marchers rally rallies rallied',
  strike: `paro paros huelga huelgas strike strikes walkout paraliza paralizan paralizo paralizado paralizada paralizados
    paralizacion paralyze paralyzes paralyzed paralyse paralyses paralysed standstill stoppage huelguistas striking strikers`,
  blockade: 'barricada barricadas barricade barricades bloqueo bloqueos bloquean bloquearon bloqueada bloqueado blockade blockades blocked blocking block bloquea bloquear bloqueando blocks cortan cortaron corte cortes piquete piquetes picket pickets roadblock roadblocks bloqueadores bloqueados bloqueadas blockaders barricaded',
  clash: `enfrentamiento enfrentamientos enfrentan enfrentaron choque choques chocan chocaron clash clashes clashed clashing scuffles skirmishes
    batalla batallas battle battles trifulca trifulcas brawl brawls`,
  student: 'estudiante estudiantes universitarios student students',
  worker: 'trabajador trabajadores obreros worker workers',
  station: 'estacion estaciones station stations',
  school: 'colegio colegios escuela escuelas school schools',
  farmer: 'agricultor agricultores campesino campesinos farmer farmers farmworkers peasant peasants productores growers farm',
  indefinite: 'indefinido indefinida indefinidos indefinidas indefinite indefinitely',
  university: 'universidad universidades universitaria campus university universities',
  congress: 'congreso parlamento asamblea congress parliament assembly legislature',
  palace: 'palacio palace',
  port: 'puerto puertos muelle port ports dock docks',
  railway: 'ferrocarril ferroviaria ferroviario tren trenes railway railways railroad train trains ferrea rieles tracks rail',
  hospital: 'hospital hospitales clinica hospitals clinic',
  funeral: 'funeral funerales funebre funebres sepelio velorio entierro burial burials wake cortejo procession mourners deudos',
  loot: 'saqueo saqueos saquean saquearon saqueado looting looted loot looters',
  teacher: 'docente docentes maestro maestros profesores teacher teachers',
  transport: 'transportista transportistas mototaxistas taxistas transporters drivers choferes chofer conductores mototaxis taxi taxis',
  miner: 'mineros miner miners',
  ronda: 'ronderos rondas ronda rondero',
  vigil: 'vigilia vigilias vigil vigils velaton velatones velas candles candlelight',
  hunger: 'hambre hunger',
  occupation: 'toma tomaron ocupan ocuparon ocupacion seize seized seizing occupy occupied occupation takeover toman tomar tomado tomada seizes overran overrun',
  raid: 'allanamiento allanamientos redada redadas raid raids',
  soldier: 'militar militares soldado soldados ejercito soldier soldiers troops army military',
  attack: 'ataque ataques atacan atacaron atacado atacada emboscada attack attacks attacked ambush ambushed ',
  fuel: 'combustible combustibles gasolina fuel gasoline petrol',
  shop: 'comercio comercios tienda tiendas negocios shop shops stores businesses',
  closed: 'cerrado cerrados cerrada cerradas cerraron cierran cierre closed close closes shut shuts shuttered',
  prosecutor: 'fiscalia fiscal fiscales prosecutor prosecutors prosecution',
  office: 'sede sedes oficina oficinas office offices headquarters',
  governor: 'gobernador gobernadora governor',
  mayor: 'alcalde alcaldesa mayor',
  cityhall: 'alcaldia alcaldias municipalidad municipalidades municipio ayuntamiento cityhall townhall',
  census: 'censo census',
  doctor: 'medico medicos medica medicas doctor doctors physicians',
  nurse: 'enfermera enfermeras enfermeros nurse nurses',
  health: 'salud sanitario sanitarios health',
  dockworker: 'portuarios estibadores dockworkers dockers longshoremen',
  start: 'inician inicia iniciaron comienzan comienza comenzaron arranca begin begins began start starts started launch launched',
  end: 'levantan levanta levantaron levantado suspenden suspendieron concluye end ends ended lift lifts lifted',
  agreement: 'acuerdo acuerdos acta pacto deal agreement accord',
  supporter: 'simpatizantes partidarios seguidores supporters followers',
  camp: 'campamento campamentos acampan camp camps encampment',
  barracks: 'cuartel cuarteles barracks',
  indigenous: 'indigena indigenas nativos originarios indigenous natives',
  community: 'comunero comuneros comunidad comunidades community communities villagers',
  youth: 'joven jovenes adolescente adolescentes menores teenager teenagers youths boys young',
  storm: 'invaden invadieron irrumpen irrumpieron asaltan asaltaron storm stormed invade invaded storms ingresan ingresaron ingresa ingresar',
  destroy: 'destrozan destrozaron destruyen destruyeron vandalizan vandalizaron destroy destroyed vandalized vandalised ransack ransacked smashed',
  toll: 'cifra balance saldo toll tally',
  rise: 'sube suben subio eleva elevan elevo asciende aumenta aumento alza alzas rises rose risen climbs climbed raises hike hikes',
  victim: 'victima victimas victim victims',
  ombudsman: 'defensoria defensor ombudsman',
  watercannon: 'rochabus rochabuses lanzaagua hidrante hidrantes watercannon',
  armoured: 'tanqueta tanquetas blindado blindados armored armoured',
  national: 'nacional nacionales national nationwide',
  election: 'eleccion elecciones electoral electorales election elections',
  resignation: 'renuncia renuncie dimision resign resigns resignation',
  tax: 'tributaria tributario impuesto impuestos tax taxes',
  price: 'precio precios price prices',
  wage: 'salario salarios salarial sueldo sueldos wage wages salary salaries',
  center: 'centro center centre downtown',
  street: 'calle calles street streets avenida avenidas avenue avenues jiron',
  tourist: 'turista turistas tourist tourists',
  stranded: 'varado varados varada varadas stranded stranding',
  vehicle: 'vehiculo vehiculos vehicle vehicles',
  tyre: 'llanta llantas neumatico neumaticos tire tires tyre tyres',
  coca: 'coca cocalero cocaleros cocalera',
  fisher: 'pescador pescadores pescadora fishermen fisherman fishers',
  union: 'sindicato sindicatos sindical gremio gremios union unions',
  beat: 'golpean golpearon golpeado golpeados golpeada beat beaten beating',
  firework: 'petardo petardos cohetones fireworks firecrackers',
  dynamite: 'dinamita dynamite',
  embassy: 'embajada embajadas embassy embassies',
  oil: 'petroleo petrolera petroleras crudo oil crude',
  pipeline: 'oleoducto oleoductos gasoducto pipeline pipelines',
  attempt: 'intenta intentan intentaron intento intentaba intentaban tried tries attempt attempted attempting',
  hundreds: 'cientos centenares hundreds',
  thousands: 'miles millares thousands',
  dozens: 'decenas dozens tens',
  crowd: 'multitud multitudes muchedumbre crowd crowds throng',
  throw: 'lanzan lanzaron lanzando arrojan arrojaron arrojando throw threw thrown throwing hurl hurled hurling',
  peaceful: 'pacifica pacifico pacificas pacificos pacificamente peaceful peacefully calma calm calmly tranquilidad',
  building: 'edificio edificios building buildings',
  man: 'hombre hombres varon man men',
  age: 'anos year years old aged',
  south: 'sur southern south',
  north: 'norte northern north',
  demand: 'exigen exige exigiendo exigir reclaman demand demands demanding demanded',
  dawn: 'madrugada overnight dawn',
  fare: 'pasaje pasajes tarifa tarifas fare fares',
  civilian: 'civil civiles civilian civilians',
  rubber: 'goma rubber',
  first: 'primer primera primero first',
  pension: 'pension pensiones previsional previsionales jubilacion jubilados jubilado pensions pensioners retirees retirement',
  reform: 'reforma reformas reform reforms overhaul',
  lawmaker: 'legislador legisladores diputado diputados congresista congresistas senador senadores lawmaker lawmakers legislator legislators deputies senators',
  vote: 'votacion votaciones vota votan voto votaron vote votes voted voting',
  gate: 'puerta puertas porton portones gate gates door doors',
  journalist: 'periodista periodistas reportero reporteros prensa journalist journalists reporter reporters press',
  hostage: 'rehen rehenes retienen retuvieron retenidos secuestran secuestraron hostage hostages kidnap kidnapped',
  president: 'presidente presidenta president',
  minister: 'ministro ministra ministros minister ministers',
  prison: 'carcel carceles penal penitenciario prision prison prisons jail jails',
  bus: 'bus buses omnibus autobus autobuses micro micros colectivos',
  lorry: 'trailer trailers tractomulas lorries lorry',
  curfew: 'queda curfew curfews',
  emergency: 'emergencia emergency',
  bonfire: 'fogata fogatas hoguera hogueras bonfire bonfires',
  pots: 'cacerolazo cacerolazos cacerolas pots pans',
  tollbooth: 'peaje peajes tollbooth tollbooths',
  water: 'agua water',
  land: 'tierra tierras land lands',
  copper: 'cobre copper',
  gold: 'oro gold',
  women: 'mujer mujeres women woman',
  child: 'nino ninos nina ninas child children',
  body: 'cuerpo cuerpos cadaver cadaveres body bodies corpse',
  patrol: 'patrulla patrullas patrullero patrulleros patrol patrols',
  remain: 'permanece permanecen permanecian permanecieron mantiene mantienen mantuvieron remain remains remained stay stayed stays keep keeps kept',
  accuse: 'denuncia denuncian denunciaron denuncio acusan acusaron acusa acusado acusados accuse accused accuses denounce denounced alleged',
  blame: 'responsabiliza responsabilizan responsabilizaron culpan culparon blame blamed blames',
  project: 'proyecto proyectos project projects',
  treated: 'atendido atendidos atendida atendidas treated',
  head: 'cabeza head',
  chest: 'torax pecho chest',
  witness: 'testigo testigos witness witnesses',
  transfer: 'trasladan trasladaron trasladado trasladados trasladada transferred',
  armed: 'armado armados armada armadas armed gunmen gunman',
  neighbour: 'vecino vecinos vecina vecinas neighbors neighbours neighbor neighbour',
  access: 'acceso accesos access entrance entrances',
  lead: 'encabeza encabezan encabezada encabezado encabezaron lidera liderada dirigente dirigentes lider lideres led leads leader leaders',
  company: 'empresa empresas compania companias company companies firm',
  traffic: 'transito trafico traffic',
  arrive: 'llega llegan llegaron llegar arriban arribaron arrive arrives arrived arriving',
  loss: 'perdida perdidas losses',
  hooded: 'encapuchado encapuchados hooded masked',
  firefighter: 'bombero bomberos firefighter firefighters',
  face: 'rostro face',
  main: 'principal principales main',
  group: 'grupo grupos group groups',
  use: 'usa usan usaron utilizan utilizaron utilizo emplearon used uses using',
  outside: 'afuera exteriores outside',
  second: 'segundo segunda second',
  third: 'tercer tercero tercera third',
  fourth: 'cuarto cuarta fourth',
  hit: 'alcanzado alcanzada alcanzados alcanzo hit struck',
  rights: 'derechos rights',
  aymara: 'aimara aimaras aymara aymaras',
  rioter: 'vandalos revoltosos rioters vandals',
  coast: 'costa costera costero coast coastal',
  break: 'rompen rompieron rompio romper break broke broken breaking',
  member: 'miembro miembros integrantes member members',
  walk: 'caminan caminaron camina caminata walk walked walking',
  several: 'varios varias several various',
  family: 'familiares familia familias relatives family families',
  network: 'redes networks',
  riot: 'disturbio disturbios antimotines riot riots unrest',
  surround: 'rodean rodearon cercan cercaron rodeado rodeada surround surrounded surrounding',
  judge: 'juez jueces magistrado magistrados judge judges',
  fill: 'llenan llenaron abarrotan abarrotaron colman colmaron fill filled packed',
  metro: 'metro subway',
  fence: 'valla vallas reja rejas fence fences barrier barriers',
  return: 'retornan retornaron regresan regresaron vuelven volvieron return returned returns',
  resume: 'reanudan reanudaron reanuda retoman retomaron resume resumed resumes',
  human: 'humano humanos humana humanas human',
  reopen: 'reabren reabrieron reabre reopen reopens reopened',
  anniversary: 'aniversario anniversary',
  missing: 'desaparecido desaparecidos desaparecida desaparecidas missing disappeared',
  senate: 'senado senate',
  defend: 'defensa defender defienden defendieron defend defends defending defence defense',
  dispersal: `dispersan dispersaron desalojan desalojaron desalojo desbloqueo desbloquean desbloquearon dispersed disperse clear clearing clears
    cleared eviction evicted`,
};

// Tokens are numbered in the order they are first met (a token keeps its number), so that matching compares small
// integers: sets of them as sorted arrays, counts of them in maps.
const numberOfToken = new Map<string, number>();
const tokenOfNumber: string[] = [];

/** The number of a content token (a stem, or a concept such as "~death"). */
export function tokenNumber(token: string): number {
  let n = numberOfToken.get(token);
  if (n === undefined) {
    numberOfToken.set(token, (n = tokenOfNumber.length));
    tokenOfNumber.push(token);
  }
  return n;
}

/** Whether a content token is a concept of the bilingual table ("~death"), which a Spanish and an English text can
 *  share; a plain stem ("congre") is shared only by words of one spelling. */
export function isConcept(n: number): boolean {
  return tokenOfNumber[n]?.startsWith('~') ?? false;
}

/** Concepts that name where an event happens: reports of one town and day naming only different sites are different
 *  events. (Not hospitals: the wounded are taken there from anywhere.) */
export const SITE_CONCEPTS: ReadonlySet<number> = new Set(
  ['airport', 'bridge', 'road', 'border', 'policestation', 'court', 'square', 'market', 'mine', 'university', 'congress',
    'palace', 'port', 'railway', 'station'].map((c) => tokenNumber(`~${c}`)),
);

/** Concepts that name who strikes or blocks (transport workers, teachers, miners, farmers...): two strikes of one town
 *  whose reports name different trades, none in common, are two strikes. */
export const SECTOR_CONCEPTS: readonly number[] = [
  'transport', 'teacher', 'miner', 'farmer', 'doctor', 'nurse', 'health', 'student', 'dockworker', 'fisher', 'coca',
  'indigenous', 'truck',
].map((c) => tokenNumber(`~${c}`));

/** Concepts of mourning: a funeral, a vigil or a march with the coffins is an event of its own, after the deaths it
 *  mourns (the eval convention: a vigil for earlier victims is another incident). */
export const MOURNING_CONCEPTS: readonly number[] = ['funeral', 'vigil', 'coffin'].map((c) => tokenNumber(`~${c}`));

/** Two-word phrases joined before tokenizing, on folded text (each run only when the text has its last word). */
const PHRASES: [RegExp, string, string][] = [
  [/\bpolice stations?\b/g, ' policestation ', 'station'],
  [/\btear gas\b/g, ' teargas ', 'gas'],
  [/\btear-gas(sed|sing|ses)?\b/g, ' teargas ', 'gas'],
  [/\bopen(s|ed|ing)? fire\b/g, ' gunfire ', 'fire'],
  [/\babr(en|ieron|io) fuego\b/g, ' gunfire ', 'fuego'],
  [/\bprend(en|ieron|io) fuego\b/g, ' burn ', 'fuego'],
  [/\bwater cannons?\b/g, ' watercannon ', 'cannon'],
  [/\bshot dead\b/g, ' death gunfire ', 'dead'],
  [/\bplaza de armas\b/g, ' square ', 'armas'],
  [/\bpoder judicial\b/g, ' court ', 'judicial'],
  [/\bvias? ferreas?\b/g, ' railway ', 'ferrea'],
  [/\bimpactos? de bala\b/g, ' gunfire ', 'bala'],
  [/\bset(s|ting)? (fire|ablaze|alight)\b/g, ' burn ', 'set'],
  [/\b(take|takes|took|taken|taking) over\b/g, ' seize ', 'over'],
  [/\bpan[- ]american\b/g, ' panamericana ', 'american'],
  [/\b(city|town) halls?\b/g, ' cityhall ', 'hall'],
  [/\bpepper spray\b/g, ' teargas ', 'spray'],
  [/\bgas pimienta\b/g, ' teargas ', 'pimienta'],
  [/\btoll (booth|plaza)s?\b/g, ' tollbooth ', 'toll'],
  [/\blive (ammunition|rounds|fire)\b/g, ' gunfire ', 'live'],
  [/\bmunicion letal\b/g, ' gunfire ', 'letal'],
  [/\b(lower house|chamber of deputies|camara de diputados)\b/g, ' congress ', 'house'],
  [/\b(lower house|chamber of deputies|camara de diputados)\b/g, ' congress ', 'diputados'],
  [/\bstate of emergency\b/g, ' emergencia ', 'emergency'],
  [/\b(step|steps|stepped|stepping) down\b/g, ' resign ', 'down'],
  [/\bpista de aterrizaje\b/g, ' airport ', 'aterrizaje'],
];

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const STOP = new Set([...words(STOP_ES), ...words(STOP_EN)]);
const CONCEPT_OF = new Map<string, string>();
for (const [concept, list] of Object.entries(CONCEPTS)) for (const w of words(list)) CONCEPT_OF.set(w, `~${concept}`);
const GENERIC_STEMS = new Set(words(GENERIC).map(stem));

const slowFold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const foldedChar = new Map<number, string>();

// The folded code unit of each code unit that folds to exactly one (-2: not yet known; -1: it does not, or it is a
// surrogate, or the Greek capital sigma).
const foldedUnit = new Int32Array(0x10000).fill(-2);
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function foldUnit(code: number): number {
  let f = foldedUnit[code]!;
  if (f === -2) {
    const s = (code >= 0xd800 && code <= 0xdfff) || code === 0x3a3 ? '' : slowFold(String.fromCharCode(code));
    foldedUnit[code] = f = s.length === 1 ? s.charCodeAt(0) : -1;
  }
  return f;
}

const ASCII = /^[\0-\x7f]*$/;

/** Lower case without accents or other combining marks ("Policía" -> "policia", "Ñaña" -> "nana"). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  // Most other texts: each code unit folds to one, through a table.
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldUnit(c);
    if (f < 0) return foldByCodePoint(text);
    codes[i] = f;
  }
  return utf16.decode(codes);
}

const NON_WORDS = /[^a-z0-9\n]+/g;
let wordUnits = new Uint16Array(1024);

/** fold(text) with each run of other characters than a-z, 0-9 and line breaks as one space, in one pass. */
export function foldedWords(text: string): string {
  if (wordUnits.length < text.length) wordUnits = new Uint16Array(2 * text.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldUnit(c);
    if (f < 0) return fold(text).replace(NON_WORDS, ' ');
    if ((f >= 97 && f <= 122) || (f >= 48 && f <= 57) || f === 10) {
      if (gap) wordUnits[n++] = 32;
      gap = false;
      wordUnits[n++] = f;
    } else gap = true;
  }
  if (gap) wordUnits[n++] = 32;
  return utf16.decode(wordUnits.subarray(0, n));
}

function foldByCodePoint(text: string): string {
  // Character by character (each folded once and kept) gives the same as folding the whole text, except for the
  // Greek capital sigma, whose lower case depends on the next letter.
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    if (code === 0x3a3) return slowFold(text);
    let f = foldedChar.get(code);
    if (f === undefined) foldedChar.set(code, (f = slowFold(ch)));
    out += f;
  }
  return out;
}

function stem(word: string): string {
  return word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word;
}

function token(word: string): string | null {
  if (word.length < MIN_WORD_LENGTH || STOP.has(word) || /^\d+$/.test(word)) return null;
  const concept = CONCEPT_OF.get(word);
  if (concept) return concept;
  const s = stem(word);
  return GENERIC_STEMS.has(s) ? null : s;
}

const NUMBER_WORDS = new Map<string, number>(
  [
    'dos two', 'tres three', 'cuatro four', 'cinco five', 'seis six', 'siete seven', 'ocho eight', 'nueve nine',
    'diez ten', 'once eleven', 'doce twelve', 'trece thirteen', 'catorce fourteen', 'quince fifteen',
    'dieciseis sixteen', 'diecisiete seventeen', 'dieciocho eighteen', 'diecinueve nineteen', 'veinte twenty',
  ].flatMap((pair, k) => pair.split(' ').map((w) => [w, k + 2] as const)).concat([['docena', 12], ['dozen', 12]]).concat(
    ['veintiuno veintiun', 'veintidos', 'veintitres', 'veinticuatro', 'veinticinco', 'veintiseis', 'veintisiete', 'veintiocho', 'veintinueve']
      .flatMap((ws, k) => ws.split(' ').map((w) => [w, k + 21] as const)),
    ['treinta thirty', 'cuarenta forty', 'cincuenta fifty', 'sesenta sixty', 'setenta seventy', 'ochenta eighty', 'noventa ninety']
      .flatMap((ws, k) => ws.split(' ').map((w) => [w, (k + 3) * 10] as const)),
    [['cien', 100], ['hundred', 100]],
  ),
);
const TENS = 'treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS: Record<string, number> = { uno: 1, una: 1, un: 1, one: 1 };
for (const [w, n] of NUMBER_WORDS) if (n < 10) UNITS[w] = n;
/** "treinta y siete", "thirty-seven", "thirty seven": the tens and the unit (the words alone give 30 and 7 too). */
const COMPOUND = new RegExp(String.raw`\b(${TENS})(?: y |-| )(${Object.keys(UNITS).join('|')})\b`, 'g');
const DIGITS = /(?<![\d.,:])\d{1,4}(?![\d:])/g;

/** What one folded word ([a-z0-9]+) gives: its content token's number (-1 for none), and the number words among its
 *  letter runs. */
interface Word {
  token: number;
  numbers: number[] | null;
}

function wordOf(w: string): Word {
  const numbers = (/\d/.test(w) ? w.split(/[^a-z]+/) : [w]).flatMap((run) => NUMBER_WORDS.get(run) ?? []);
  const t = token(w);
  return { token: t === null ? -1 : tokenNumber(t), numbers: numbers.length ? numbers : null };
}

const wordTable = new Map<string, Word>();

function joinPhrases(folded: string): string {
  for (const [re, to, word] of PHRASES) if (folded.includes(word)) folded = folded.replace(re, to);
  return folded;
}

let seen = new Float64Array(1024);
let seenPass = 0;

/** The distinct token numbers of a text in the order they come; the figures go to `numbers` when given. */
function featuresOf(text: string, folded: string, numbers: Set<number> | null): number[] {
  const out: number[] = [];
  // Each token once: marked with this call's number (not `out.includes`, quadratic in a long summary).
  const pass = ++seenPass;
  for (const w of joinPhrases(folded).split(/[^a-z0-9]+/)) {
    const word = remember(wordTable, w, wordOf);
    const t = word.token;
    if (t >= 0) {
      if (t >= seen.length) {
        const grown = new Float64Array(Math.max(2 * seen.length, t + 1));
        grown.set(seen);
        seen = grown;
      }
      if (seen[t] !== pass) {
        seen[t] = pass;
        out.push(t);
      }
    }
    if (numbers && word.numbers) for (const n of word.numbers) numbers.add(n);
  }
  if (numbers && (/(?:ta|ty) /.test(folded) || folded.includes('ty-'))) {
    COMPOUND.lastIndex = 0;
    for (let m = COMPOUND.exec(folded); m; m = COMPOUND.exec(folded)) numbers.add(NUMBER_WORDS.get(m[1]!)! + UNITS[m[2]!]!);
  }
  if (numbers && /\d/.test(text)) {
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
      const n = Number(m[0]);
      if (n < 1900 || n >= 2100) numbers.add(n);
    }
  }
  return out;
}

/** The content tokens of a text: folded, stop and generic words dropped, concepts joined, stemmed. */
export function contentTokens(text: string): Set<string> {
  return new Set(contentTokenNumbers(text).map((n) => tokenOfNumber[n]!));
}

/** contentTokens as numbers (tokenNumber), in the order they come. */
export function contentTokenNumbers(text: string): number[] {
  return featuresOf(text, fold(text), null);
}

/** Numbers written in digits, except years (1900-2099), or as words in Spanish or English: two to twenty-nine, the
 *  tens, "treinta y siete" / "thirty-seven", a hundred ("17 heridos" -> 17, "twelve dead" -> 12). */
export function textNumbers(text: string): Set<number> {
  const numbers = new Set<number>();
  featuresOf(text, fold(text), numbers);
  return numbers;
}

/** contentTokenNumbers (sorted) and textNumbers of one text, folded and split once. */
export function textFeatures(text: string): { tokens: Int32Array; numbers: Set<number> } {
  const numbers = new Set<number>();
  return { tokens: Int32Array.from(featuresOf(text, fold(text), numbers)).sort(), numbers };
}

/** Shared tokens over all tokens (Jaccard), for telling copies of one text from texts on one subject. */
export function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Both sorted: one merge pass.
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}

/** A name (place, actor) reduced to a comparable key: folded, words joined by one space. */
export function nameKey(name: string): string {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}
