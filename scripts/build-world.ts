// Builds data/gazetteer/world.json: every country of ISO 3166-1 outside the eight that latam.json covers in detail,
// at country level: names in Spanish and English, English demonyms, the capital and the largest cities, and one IANA
// time zone (the capital's) for the event's local day. Sources (development dependencies, see data/gazetteer/SOURCE.md):
//   i18n-iso-countries 7.14.0 (MIT): the ISO 3166-1 list and its names in es and en (all variants);
//   world-countries 5.1.0 (ODbL 1.0): capitals, English demonyms, the Spanish common name;
//   city-timezones 1.3.4 (MIT): cities with population, coordinates, first-level division and time zone;
//   countries-and-timezones 3.10.0 (MIT): a country's zone when its capital is not among city-timezones' cities;
//   country-region-data 4.1.0 (MIT): first-level division names, to confirm (and spell) city-timezones' division of
//   a city; an unconfirmed division is kept only for the countries in TRUSTED_PROVINCES.
// Run from the project root: npx tsx scripts/build-world.ts. The product reads only the JSON it writes.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { nameKey } from '../lib/gazetteer/text';

const require = createRequire(import.meta.url);
const OUT = resolve('data', 'gazetteer', 'world.json');

/** Countries that latam.json covers (divisions, cities, landmarks): left out here. */
const COVERED = new Set(['PE', 'EC', 'CO', 'BO', 'CL', 'AR', 'MX', 'BR']);
/** Cities kept per country besides the capital: the largest MAX_CITIES above MIN_POPULATION, and all above BIG_CITY. */
const MAX_CITIES = 25;
const MIN_POPULATION = 150_000;
const BIG_CITY = 1_000_000;
/** The bar before the wider list (cities below it and outside the first OLD_MAX_CITIES are checked against CITY_STOP). */
const OLD_MAX_CITIES = 6;
const OLD_MIN_POPULATION = 300_000;
/**
 * Cities the wider bar (150,000) would add whose name is a common word in English or Spanish, a person's name, a
 * brand or an institution, or another place's better-known name: left out ("Police" in Poland, "Reading", "Mobile",
 * "Split", "Nice", "Bath", "Victoria", "Mercedes", "Concepción" outside Chile...). A world city counts only where the
 * text places the event ("in Leicester"), but "in Reading" or "in Police" are ordinary English. Folded keys
 * (nameKey); checked by hand on the generated list.
 */
const CITY_STOP = new Set<string>([
  'police', 'mobile', 'reading', 'split', 'nice', 'bath', 'victoria', 'mercedes', 'concepcion', 'best', 'sale', 'orange',
  'independence', 'providence', 'aurora', 'paradise', 'hope', 'march', 'mesa', 'leon', 'jackson', 'austin', 'charlotte',
  'columbus', 'florence', 'lincoln', 'derby', 'hull', 'concord', 'phoenix', 'kingston', 'hamilton', 'georgetown',
  'richmond', 'irvine', 'orlando', 'houston', 'dallas', 'memphis', 'troy', 'cambridge', 'oxford', 'wellington',
  'marion', 'liberty', 'medina', 'mecca', 'alexandria', 'santiago', 'valencia', 'colon', 'granada', 'cordoba',
  'merida', 'trujillo', 'santa ana', 'san jose', 'san juan', 'la paz', 'santa cruz', 'guadalupe', 'laredo', 'el paso',
  'san antonio', 'santa clara', 'santa rosa', 'san luis', 'leon', 'salamanca', 'toledo', 'cartagena', 'durango',
  'victoria', 'linz', 'sandy', 'spring', 'garland', 'frisco', 'plano', 'miramar', 'pomona', 'salinas', 'fresno',
  'eugene', 'murray', 'chester', 'warren', 'vernon', 'sterling', 'newport', 'preston', 'luton', 'york', 'norwich',
  'ipswich', 'dundee', 'dover', 'gaza', 'saint john', 'regina', 'marseille', 'batman', 'bursa', 'van', 'man', 'bo',
  'kerman', 'mardan', 'sale', 'tours', 'nancy', 'metz', 'pau', 'cherbourg', 'brest', 'ulm', 'essen', 'bonn', 'halle',
  'worms', 'as', 'ma', 'moi', 'bus', 'tema', 'kumba', 'kano', 'wa', 'ho', 'ede', 'oyo', 'owo', 'ila', 'iwo', 'obi',
  'uyo', 'aba', 'ado', 'mina', 'salta', 'rio', 'sur', 'nord', 'sud', 'centro', 'puebla', 'mercedes', 'cuenca',
  'gloria', 'rosa', 'dolores', 'soledad', 'esperanza', 'caridad', 'pilar', 'marina', 'union', 'paz', 'trinidad',
  // (Checked on the generated list: another country's better-known city or area, "London" and "Windsor" in Canada,
  // "East London" in South Africa, "Cadiz" in the Philippines; Spanish saints' names that Latin America is full of;
  // English and Spanish words, "Springs", "Hail", "Oral", "Hue", "Pecs", "Angers", "Tanga", "Como".)
  'london', 'windsor', 'east london', 'cadiz', 'san fernando', 'saint louis', 'san pedro', 'san pablo', 'angeles',
  'naga', 'springs', 'kimberley', 'hail', 'oral', 'hue', 'pecs', 'angers', 'orleans', 'tanga', 'como', 'beni',
  'santander', 'newcastle', 'arak', 'al hillah',
]);
/**
 * Countries whose first-level divisions in country-region-data are not the first level (the United Kingdom's
 * list is of counties and unitary authorities): no region for their cities.
 */
const NO_REGIONS = new Set(['GB']);
/**
 * Countries whose city-timezones divisions were checked by hand to be the current first-level ones where
 * country-region-data disagrees (it lists Spain's provinces, Venezuela's "Distrito Federal", Israel's Hebrew names).
 */
const TRUSTED_PROVINCES = new Set(['ES', 'VE', 'IL', 'PA', 'PL', 'UA', 'SY', 'JO', 'LB', 'SD']);

// Short forms that news writes and the packages lack (hand-written).
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['EE.UU.', 'EEUU', 'EE. UU.', 'Estados Unidos', 'Norteamérica', 'US', 'U.S.', 'USA', 'U.S.A.'],
  GB: ['UK', 'U.K.', 'Reino Unido', 'Gran Bretaña', 'Britain', 'Great Britain', 'Inglaterra', 'England', 'Scotland', 'Escocia', 'Wales', 'Gales', 'Northern Ireland', 'Irlanda del Norte'],
  KR: ['South Korea', 'Corea del Sur'],
  KP: ['North Korea', 'Corea del Norte'],
  CD: ['DR Congo', 'RD Congo', 'RDC', 'DRC', 'República Democrática del Congo'],
  CZ: ['Chequia'],
  TR: ['Türkiye', 'Turquía'],
  NL: ['Holanda', 'Holland', 'Países Bajos'],
  VE: ['República Bolivariana de Venezuela'],
  PS: ['Gaza', 'Cisjordania', 'West Bank', 'Franja de Gaza', 'Gaza Strip'],
  MM: ['Birmania', 'Burma'],
  CI: ['Ivory Coast', 'Costa de Marfil'],
  RU: ['Rusia'],
  IR: ['Irán'],
  SY: ['Siria'],
  VN: ['Vietnam'],
  LA: ['Laos'],
  BD: ['Bangladés'],
  BO: [],
};
// Spanish names of capitals and large cities that differ from the packages' (English) spelling (hand-written).
const CITY_ALIASES: Record<string, Record<string, string[]>> = {
  US: { 'Washington, D.C.': ['Washington DC', 'Washington D.C.', 'Washington, DC'], 'New York': ['Nueva York', 'New York City', 'NYC'], Philadelphia: ['Filadelfia'], 'New Orleans': ['Nueva Orleans'] },
  GB: { London: ['Londres'], Edinburgh: ['Edimburgo'], Glasgow: [], Cardiff: [], Belfast: [], Liverpool: [], Leeds: [], Leicester: [], Bristol: [] },
  FR: { Marseille: ['Marsella', 'Marseilles'], Lyon: ['Lyons'], Strasbourg: ['Estrasburgo'], Bordeaux: ['Burdeos'] },
  DE: { Berlin: ['Berlín'], Munich: ['Múnich', 'Munchen', 'München'], Cologne: ['Köln'], Hamburg: ['Hamburgo'], Frankfurt: ['Fráncfort', 'Frankfurt am Main'] },
  IT: { Rome: ['Roma'], Milan: ['Milán', 'Milano'], Naples: ['Nápoles', 'Napoli'], Turin: ['Turín', 'Torino'], Genoa: ['Génova', 'Genova'] },
  ES: { Seville: ['Sevilla'], Zaragoza: [], Bilbao: [] },
  PT: { Lisbon: ['Lisboa'], Porto: ['Oporto'] },
  BE: { Brussels: ['Bruselas', 'Bruxelles'] },
  NL: { Amsterdam: ['Ámsterdam'], 'The Hague': ['La Haya'] },
  AT: { Vienna: ['Viena', 'Wien'] },
  CH: { Geneva: ['Ginebra', 'Genève'], Bern: ['Berna'] },
  GR: { Athens: ['Atenas'], Thessaloniki: ['Salónica', 'Tesalónica'] },
  RU: { Moscow: ['Moscú'], 'St. Petersburg': ['San Petersburgo', 'Saint Petersburg'] },
  UA: { Kyiv: ['Kiev', 'Kíev'], Kharkiv: ['Járkov', 'Kharkov'], Odessa: ['Odesa'], Lvov: ['Lviv', 'Leópolis'] },
  PL: { Warsaw: ['Varsovia'] },
  CZ: { Prague: ['Praga'] },
  HU: { Budapest: [] },
  RS: { Belgrade: ['Belgrado'], 'Novi Sad': [] },
  GE: { Tbilisi: ['Tiflis'] },
  TR: { Istanbul: ['Estambul', 'İstanbul'], Izmir: ['Esmirna', 'İzmir'] },
  IL: { Jerusalem: ['Jerusalén'], 'Tel Aviv-Yafo': ['Tel Aviv-Jaffa'] },
  SY: { Damascus: ['Damasco'], Aleppo: ['Alepo'] },
  LB: { Beirut: [] },
  CN: { Beijing: ['Pekín', 'Pequín'], Shanghai: ['Shanghái'] },
  HK: { 'Hong Kong': [] },
  JP: { Tokyo: ['Tokio'] },
  KR: { Seoul: ['Seúl'] },
  IN: { 'New Delhi': ['Nueva Delhi'], Delhi: [], Mumbai: ['Bombay'], Kolkata: ['Calcuta', 'Calcutta'] },
  DK: { Copenhagen: ['Copenhague'] },
  SE: { Stockholm: ['Estocolmo'] },
  NO: { Oslo: [] },
  FI: { Helsinki: [] },
  GT: { Guatemala: ['Ciudad de Guatemala', 'Guatemala City'] },
  PA: { 'Panama City': ['Ciudad de Panamá'] },
  PY: { Asuncion: ['Asunción'] },
  CU: { Havana: ['La Habana'] },
  HT: { 'Port-au-Prince': ['Puerto Príncipe'] },
  SG: {},
  // World day: Spanish exonyms of the capitals and large cities Spanish-language world news names most (hand-written
  // from the Fundéu/RAE lists of foreign place names, Diccionario panhispánico de dudas, appendix 5; a name the
  // packages already spell alike once accents are folded, "París", "Kabul", "Bangkok", is left out).
  BD: { Dhaka: ['Daca', 'Dacca'] },
  ID: { Jakarta: ['Yakarta'] },
  ZA: { Johannesburg: ['Johannesburgo'], 'Cape Town': ['Ciudad del Cabo'] },
  EG: { Cairo: ['El Cairo'], Alexandria: ['Alejandría'] },
  SA: { Riyadh: ['Riad'] },
  JO: { Amman: ['Amán'] },
  MM: { Rangoon: ['Yangon', 'Rangún'] },
  NP: { Kathmandu: ['Katmandú'] },
  TW: { Taipei: ['Taipéi'] },
  AM: { Yerevan: ['Ereván'] },
  AZ: { Baku: ['Bakú'] },
  IE: { Dublin: ['Dublín'] },
  ET: { 'Addis Ababa': ['Adís Abeba', 'Addis Abeba'] },
  SD: { Khartoum: ['Jartum'] },
  DZ: { Algiers: ['Argel'] },
  IQ: { Baghdad: ['Bagdad'], Basra: ['Basora'], Mosul: [] },
  VN: { Hanoi: ['Hanói'] },
  KH: { 'Phnom Penh': ['Nom Pen'] },
  PK: { Karachi: [], Lahore: [] },
  IR: { Tehran: ['Teherán'], Zahedan: ['Zahedán'], Isfahan: ['Isfahán'] },
  KE: { Nairobi: [], Mombasa: [] },
  PS: { Ramallah: ['Ramala'], Nablus: [] },
  AU: { Sydney: ['Sídney'] },
};
/**
 * World day: the first-level division of cities whose packages' division is missing or in the local language, as
 * English-language news names it (hand-written from each country's first-level divisions as English Wikipedia lists
 * them): the labelled sets write world regions in English ("Catalonia", "England", "South Holland").
 */
const CITY_REGIONS: Record<string, Record<string, string>> = {
  GB: { London: 'England', Manchester: 'England', Birmingham: 'England', Liverpool: 'England', Leeds: 'England', Leicester: 'England', Bristol: 'England', Newcastle: 'England', Sheffield: 'England', Edinburgh: 'Scotland', Glasgow: 'Scotland', Cardiff: 'Wales', Belfast: 'Northern Ireland' },
  RS: { Belgrade: 'Belgrade', 'Novi Sad': 'Vojvodina' },
  LK: { Colombo: 'Western Province' },
  FR: { Lyon: 'Auvergne-Rhone-Alpes', Toulouse: 'Occitanie', Lille: 'Hauts-de-France' },
  EG: { Cairo: 'Cairo', Alexandria: 'Alexandria' },
  PK: { Islamabad: 'Islamabad Capital Territory', Karachi: 'Sindh', Peshawar: 'Khyber Pakhtunkhwa' },
  RU: { Moscow: 'Moscow', 'St. Petersburg': 'Saint Petersburg' },
  TH: { Bangkok: 'Bangkok' },
  PH: { Manila: 'Metro Manila', 'Quezon City': 'Metro Manila' },
  NP: { Kathmandu: 'Bagmati' },
  AM: { Yerevan: 'Yerevan' },
  NG: { Abuja: 'Federal Capital Territory' },
  KE: { Mombasa: 'Mombasa' },
  IR: { Zahedan: 'Sistan and Baluchestan', Mashhad: 'Razavi Khorasan', Tabriz: 'East Azerbaijan' },
  // (The package puts Kherson in Crimea and Plzeň in the Karlovy Vary region.)
  UA: { Kherson: 'Kherson' },
  CZ: { Pizen: 'Plzeň' },
};
/** World day: divisions the packages write in the local language, in English as the labelled sets write them. */
const REGION_EN: Record<string, string> = {
  'Comunidad de Madrid': 'Madrid', 'Cataluña': 'Catalonia', 'Andalucìa': 'Andalusia', 'Comunidad Valenciana': 'Valencia',
  'País Vasco': 'Basque Country', 'Aragòn': 'Aragon', Lisboa: 'Lisbon', 'Noord-Holland': 'North Holland',
  'Zuid-Holland': 'South Holland', 'Noord-Brabant': 'North Brabant', 'Baghdād': 'Baghdad', 'Nīnawá': 'Nineveh',
  'Al Başrah': 'Basra', 'Arbīl': 'Erbil', 'Tehrān': 'Tehran', 'Eşfahān': 'Isfahan', 'Fārs': 'Fars', 'Jakarta Raya': 'Jakarta',
  'Jawa Timur': 'East Java', 'Jawa Barat': 'West Java', 'Jawa Tengah': 'Central Java', 'Seoul-teukbyeolsi': 'Seoul',
  'Busan-gwangyeoksi': 'Busan', Wien: 'Vienna', 'Genève': 'Geneva', 'Nairobi City': 'Nairobi', 'Attikḯ': 'Attica',
  'Kentrikí Makedonía': 'Central Macedonia', Bayern: 'Bavaria', Hessen: 'Hesse', 'Nordrhein-Westfalen': 'North Rhine-Westphalia',
  Lombardia: 'Lombardy', Piemonte: 'Piedmont', Toscana: 'Tuscany', 'Tel-Aviv': 'Tel Aviv',
  // (The cities of 150,000 or more.)
  'Islas Baleares': 'Balearic Islands', 'Principado de Asturias': 'Asturias', 'Región de Murcia': 'Murcia',
  'Castilla y León': 'Castile and León', 'Comunidad Foral de Navarra': 'Navarre', Bretagne: 'Brittany',
  Niedersachsen: 'Lower Saxony', Steiermark: 'Styria', Sardegna: 'Sardinia', 'Dytikí Elláda': 'Western Greece',
};

/** Capitals that city-timezones spells otherwise than world-countries. */
const CAPITAL_NAMES: Record<string, string> = {
  MN: 'Ulaanbaatar', HK: 'Hong Kong', AD: 'Andorra', KI: 'Tarawa', SM: 'San Marino', GD: "Saint George's", GU: 'Agana',
  CK: 'Rarotonga', RE: 'St.-Denis', TC: 'Grand Turk',
};
/** Names left out: Grenada's Spanish name is Granada's, Spain's city and Colombia's town. */
const DROP_NAMES: Record<string, string[]> = { GD: ['Granada'] };
/** The name news gives a city, where city-timezones' is a longer official one. */
const RENAME: Record<string, string> = { 'Tel Aviv-Yafo': 'Tel Aviv', 'Washington, D.C.': 'Washington' };
/** Countries with one official time whatever tzdb gives a city: China (Asia/Urumqi is Xinjiang's unofficial time). */
const ONE_TIME_BY_LAW = new Set(['CN']);
/** Zones the packages lack (Kosovo is not in countries-and-timezones). */
const ZONES: Record<string, string> = { XK: 'Europe/Belgrade' };

const englishRegion = (r: string | null) => (r === null ? null : REGION_EN[r] ?? r);
const squeeze = (s: string) => nameKey(s).replace(/ /g, '').replace(/city$/, '');

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  translations: Record<string, { common: string; official: string }>;
  independent: boolean | null;
}
interface CtCity {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  pop: number;
  iso2: string;
  province: string;
  timezone: string;
}

const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string, opts: { select: 'all' }): string[] | undefined;
};
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const world = require('world-countries') as WorldCountry[];
const cities = (require('city-timezones') as { cityMapping: CtCity[] }).cityMapping;
const zones = require('countries-and-timezones') as { getCountry(id: string): { timezones: string[] } | null };
const regionData = require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[];

const round = (x: number) => Math.round(x * 100) / 100;

/** The division name of country-region-data that city-timezones' province names (same name, or one the other plus words). */
function confirmedRegion(code: string, province: string): string | null {
  if (!province || NO_REGIONS.has(code)) return null;
  const regions = regionData.find((c) => c.countryShortCode === code)?.regions ?? [];
  const p = nameKey(province);
  const hits = regions.filter((r) => {
    const n = nameKey(r.name);
    return n === p || n.startsWith(p + ' ') || p.startsWith(n + ' ');
  });
  if (hits.length === 1) return hits[0]!.name;
  // Not confirmed: city-timezones' own division (Natural Earth's), only for the countries where its names were
  // checked to be the current first level (elsewhere they may be old provinces, second-level units, or wrong).
  return TRUSTED_PROVINCES.has(code) ? province : null;
}

/** "Kenyan" -> ["Kenyan", "Kenyans"]; a demonym that is also a language or plural-less stays single. */
function demonymForms(d: string): string[] {
  return /(an|i)$/.test(d) ? [d, `${d}s`] : [d];
}

// Demonyms that name more than one country or a continent ("American": the United States, and the Americas).
// (A demonym shared with dependent territories, "French", "British", is the independent country's.)
const AMBIGUOUS_DEMONYMS = new Set(['american', 'dominican', 'congolese', 'guinean', 'korean', 'samoan', 'virgin islander', 'sudanese']);

// Spanish demonyms, which no package has: the masculine and feminine singular of the countries news names most; the
// plurals are made by spanishForms. (Written by hand from the RAE's Diccionario panhispánico de dudas, appendix of
// country names and demonyms.)
const SPANISH_DEMONYMS: Record<string, [string, string]> = {
  FR: ['francés', 'francesa'], GB: ['británico', 'británica'], DE: ['alemán', 'alemana'], ES: ['español', 'española'],
  IT: ['italiano', 'italiana'], PT: ['portugués', 'portuguesa'], US: ['estadounidense', 'estadounidense'],
  CA: ['canadiense', 'canadiense'], IL: ['israelí', 'israelí'], PS: ['palestino', 'palestina'], IR: ['iraní', 'iraní'],
  IQ: ['iraquí', 'iraquí'], SY: ['sirio', 'siria'], LB: ['libanés', 'libanesa'], TR: ['turco', 'turca'],
  EG: ['egipcio', 'egipcia'], KE: ['keniano', 'keniana'], NG: ['nigeriano', 'nigeriana'], ZA: ['sudafricano', 'sudafricana'],
  IN: ['indio', 'india'], PK: ['pakistaní', 'pakistaní'], BD: ['bangladesí', 'bangladesí'], CN: ['chino', 'china'],
  JP: ['japonés', 'japonesa'], RU: ['ruso', 'rusa'], UA: ['ucraniano', 'ucraniana'], GE: ['georgiano', 'georgiana'],
  RS: ['serbio', 'serbia'], PL: ['polaco', 'polaca'], GR: ['griego', 'griega'], NL: ['neerlandés', 'neerlandesa'],
  BE: ['belga', 'belga'], SE: ['sueco', 'sueca'], NO: ['noruego', 'noruega'], FI: ['finlandés', 'finlandesa'],
  DK: ['danés', 'danesa'], CH: ['suizo', 'suiza'], AT: ['austriaco', 'austriaca'], HU: ['húngaro', 'húngara'],
  RO: ['rumano', 'rumana'], TH: ['tailandés', 'tailandesa'], ID: ['indonesio', 'indonesia'], PH: ['filipino', 'filipina'],
  AU: ['australiano', 'australiana'], NZ: ['neozelandés', 'neozelandesa'], LK: ['ceilanés', 'ceilanesa'],
  MM: ['birmano', 'birmana'], AM: ['armenio', 'armenia'], MA: ['marroquí', 'marroquí'], DZ: ['argelino', 'argelina'],
  TN: ['tunecino', 'tunecina'], SN: ['senegalés', 'senegalesa'], GH: ['ghanés', 'ghanesa'], ET: ['etíope', 'etíope'],
  VE: ['venezolano', 'venezolana'], PY: ['paraguayo', 'paraguaya'], UY: ['uruguayo', 'uruguaya'],
  GT: ['guatemalteco', 'guatemalteca'], HN: ['hondureño', 'hondureña'], SV: ['salvadoreño', 'salvadoreña'],
  NI: ['nicaragüense', 'nicaragüense'], CR: ['costarricense', 'costarricense'], PA: ['panameño', 'panameña'],
  DO: ['dominicano', 'dominicana'], CU: ['cubano', 'cubana'], PR: ['puertorriqueño', 'puertorriqueña'], HT: ['haitiano', 'haitiana'],
  // (World day, same source.)
  KR: ['surcoreano', 'surcoreana'], KP: ['norcoreano', 'norcoreana'], SA: ['saudí', 'saudí'], AF: ['afgano', 'afgana'],
  SD: ['sudanés', 'sudanesa'], BY: ['bielorruso', 'bielorrusa'], NP: ['nepalí', 'nepalí'], MY: ['malasio', 'malasia'],
  LY: ['libio', 'libia'], IE: ['irlandés', 'irlandesa'], CZ: ['checo', 'checa'], SK: ['eslovaco', 'eslovaca'],
  BG: ['búlgaro', 'búlgara'], HR: ['croata', 'croata'], AL: ['albanés', 'albanesa'], MK: ['macedonio', 'macedonia'],
  AZ: ['azerbaiyano', 'azerbaiyana'], KZ: ['kazajo', 'kazaja'], UG: ['ugandés', 'ugandesa'], TZ: ['tanzano', 'tanzana'],
  ZW: ['zimbabuense', 'zimbabuense'], CM: ['camerunés', 'camerunesa'], ML: ['maliense', 'maliense'], JO: ['jordano', 'jordana'],
};
// Also a country's or a person's name, or a word Latin American Spanish uses for people of no such country ("los
// chinos", "indios", "turcos"): too common to be a sign of a country alone.
const SPANISH_COMMON = new Set(['india', 'indias', 'indio', 'indios', 'china', 'chinas', 'chino', 'chinos', 'turco', 'turcos', 'turca', 'turcas',
  'ruso', 'rusos', 'siria', 'georgiana', 'serbia', 'indonesia', 'armenia', 'belga', 'suiza', 'malasia', 'libia', 'macedonia', 'checa', 'checas']);

/** "francés" -> francés, franceses; "francesa" -> francesas; "israelí" -> israelíes; "belga" -> belgas. */
function spanishForms(d: string): string[] {
  const plain = d.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/[íú]$/.test(d)) return [d, `${d}es`];
  if (/[aeo]$/.test(plain)) return [d, `${d}s`];
  // Stressed final vowel + consonant loses its accent in the plural ("francés" -> "franceses", "alemán" -> "alemanes").
  return [d, `${d.replace(/[áéíóú](?=[^aeiouáéíóú]*$)/, (v) => v.normalize('NFD')[0]!)}es`];
}

const out: unknown[] = [];
const alpha2 = Object.keys(countries.getAlpha2Codes()).sort();
const demonymCount = new Map<string, number>();
for (const w of world.filter((c) => c.independent)) for (const d of new Set([w.demonyms?.eng?.m, w.demonyms?.eng?.f].filter(Boolean) as string[])) demonymCount.set(nameKey(d), (demonymCount.get(nameKey(d)) ?? 0) + 1);

for (const code of alpha2) {
  if (COVERED.has(code)) continue;
  const w = world.find((c) => c.cca2 === code);
  const en = new Set<string>([...(countries.getName(code, 'en', { select: 'all' }) ?? [])]);
  const es = new Set<string>([...(countries.getName(code, 'es', { select: 'all' }) ?? [])]);
  if (w) {
    en.add(w.name.common);
    if (w.translations.spa) es.add(w.translations.spa.common);
  }
  for (const n of EXTRA_NAMES[code] ?? []) (/[áéíóúñ]|^(EE|Reino|Gran|Corea|Rep|RD|Chequia|Turqu|Holanda|Pa[ií]ses|Cisjordania|Franja|Birmania|Costa|Rusia|Ir[aá]n|Siria|Inglaterra|Escocia|Gales|Irlanda|Norteam)/.test(n) ? es : en).add(n);
  for (const n of DROP_NAMES[code] ?? []) {
    es.delete(n);
    en.delete(n);
  }
  // Official forms with a comma ("Korea, Republic of") or parentheses are not how news writes a name.
  const clean = (s: Set<string>) => [...s].filter((n) => !/[,()]/.test(n));
  const demonyms = w?.demonyms?.eng
    ? [...new Set([w.demonyms.eng.m, w.demonyms.eng.f])].filter((d) => !AMBIGUOUS_DEMONYMS.has(nameKey(d)) && (demonymCount.get(nameKey(d)) ?? 0) <= 1 && (w.independent || !demonymCount.has(nameKey(d)))).flatMap(demonymForms)
    : [];
  for (const d of new Set(SPANISH_DEMONYMS[code] ?? [])) for (const f of spanishForms(d)) if (!SPANISH_COMMON.has(nameKey(f))) demonyms.push(f);

  const own = cities.filter((c) => c.iso2 === code).sort((a, b) => b.pop - a.pop);
  const capitalName = CAPITAL_NAMES[code] ?? w?.capital?.[0] ?? null;
  const capital = capitalName
    ? own.find((c) => squeeze(c.city) === squeeze(capitalName) || squeeze(c.city_ascii) === squeeze(capitalName)) ?? null
    : null;
  const aliases = CITY_ALIASES[code] ?? {};
  const timeZone = capital?.timezone ?? own[0]?.timezone ?? zones.getCountry(code)?.timezones[0] ?? ZONES[code] ?? null;
  if (!timeZone) console.warn(`world: no time zone for ${code}`);
  // (The capital also goes by world-countries' spelling: "N'Djamena" for Ndjamena.)
  // (A city keeps its own time zone when it is not the country's, the capital's: Los Angeles, Perth, Vladivostok.)
  const cityRow = (c: CtCity) => ({
    name: RENAME[c.city] ?? c.city,
    aliases: [...new Set([
      ...(aliases[c.city] ?? []), ...(c.city_ascii !== c.city ? [c.city_ascii] : []), ...(RENAME[c.city] ? [c.city] : []),
      ...(c === capital && capitalName && capitalName !== c.city && !RENAME[c.city] ? [capitalName] : []),
    ])],
    lat: round(c.lat),
    lon: round(c.lng),
    population: Math.round(c.pop),
    region: CITY_REGIONS[code]?.[c.city] ?? englishRegion(confirmedRegion(code, c.province)),
    ...(c.timezone && c.timezone !== timeZone && !ONE_TIME_BY_LAW.has(code) ? { timeZone: c.timezone } : {}),
  });
  // Every city of a million or more (Natural Earth's figures are of the urban area), and the largest few above
  // MIN_POPULATION in smaller countries.
  // (A city that only the wider bar brings, under OLD_MIN_POPULATION or past the first OLD_MAX_CITIES, is left out
  // when its name is in CITY_STOP.)
  const largest = own.filter((c, i) => c !== capital && c.pop >= MIN_POPULATION && (i < MAX_CITIES || c.pop >= BIG_CITY) &&
    ((c.pop >= OLD_MIN_POPULATION && i < OLD_MAX_CITIES) || c.pop >= BIG_CITY || !(CITY_STOP.has(nameKey(c.city)) || CITY_STOP.has(nameKey(c.city_ascii)))));
  // A city named in CITY_ALIASES is kept whatever its size.
  for (const name of Object.keys(aliases)) {
    const c = own.find((x) => x.city === name);
    if (!c) console.warn(`world: CITY_ALIASES names no city of ${code}: ${name}`);
    if (c && c !== capital && !largest.includes(c)) largest.push(c);
  }
  out.push({
    code,
    name: { es: [...es][0], en: w?.name.common ?? [...en][0] },
    names: { es: clean(es), en: clean(en) },
    demonyms,
    independent: w?.independent ?? false,
    timeZone,
    capital: capital
      ? cityRow(capital)
      : capitalName
        ? { name: capitalName, aliases: [], lat: null, lon: null, population: null, region: null }
        : null,
    cities: largest.map(cityRow),
  });
}

writeFileSync(OUT, JSON.stringify({ countries: out }, null, 0).replace(/\},\{"code"/g, '},\n{"code"') + '\n');
console.log(`world.json: ${out.length} countries`);
