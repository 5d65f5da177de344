// Spanish and English word lists of the extractor. Every pattern runs on folded text (lower case, no accents; see
// lib/gazetteer/text.ts), so it is written without accents.
import type { EventType } from '../types';

const rx = (source: string) => new RegExp(source, 'g');

/**
 * Trigger words in another sense. They are blanked out before anything else looks at the text, so that
 * "paro cardiaco" is not a strike and "puesta en marcha" is not a march.
 */
export const MASKS: RegExp[] = [
  // es
  rx(String.raw`\bparos? (cardiacos?|cardiorrespiratorios?|cardiorespiratorios?|respiratorios?|carboneros?|azul(es)?|forzosos?|juvenil|registrado)\b`),
  rx(String.raw`\b(tasa|tasas|cifras?|datos|oficinas?|prestacion|subsidio|subsidios|colas?) (de|del) paro\b`),
  rx(String.raw`\b(el|del) paro (sube|baja|bajo|subio|aumenta|aumento|disminuye|disminuyo|registrado)\b`),
  rx(String.raw`\bbloque\w* (\w+ ){0,2}(cuentas?|tarjetas?|celulares?|telefonos?|moviles?|banca|pagina|paginas|usuarios?|perfil|sitio|sitios|contenidos?|anuncios|llamadas)\b`),
  rx(String.raw`\bbloqueo preventivo\b`),
  rx(String.raw`\b(sin|no) (bloquear|bloquearon|bloquean|cortar|cortaron|tomar|tomaron) (la |el |las |los )?(via|vias|carretera|carreteras|panamericana|puente|ruta|rutas|calles?)\b|\bwithout blocking\b`),
  // (People hit by the disaster who block a road themselves are protesting: "damnificados del huaico bloquean".)
  rx(String.raw`(?<!\b(damnificad[oa]s|afectad[oa]s|victimas) (del|de la|de los|de las|por el|por la|por los|por las) )\b(huaicos?|deslizamientos?|derrumbes?|nevadas?|lluvias|inundacion(es)?|landslides?|mudslides?|rockslides?|snowfall|snow|floods?|avalanches?)\b(?! (victims|survivors|evacuees|damnificados))[^.;\n]{0,40}?\b(bloque\w*|block\w*|cierra\w*|cort\w+)\b[^.;\n]*`),
  rx(String.raw`\bbloqueador(es)?\b`),
  rx(String.raw`\bpuesta en marcha\b`),
  rx(String.raw`\b(sobre la|en|dar|dio|da|a toda|cambio de|cambios de|caja de|\d+|seis|cinco|cuatro|siete|ocho) marchas?\b`),
  rx(String.raw`\bmarcha atras\b`),
  // Marching in a parade ("escolares marchan en el desfile"): no protest march.
  rx(String.raw`\b(marchan|marcharon|marchara|marcharan|marchando) (\w+ ){0,2}(en el|en un|durante el|en los) (desfiles?|corsos?|pasacalles?)\b`),
  rx(String.raw`\b(marched|marches|march|marching) (\w+ ){0,2}(in|during|at) (the |a |an |this year's |\w+'s )?(\S+ ){0,3}(parades?|pageants?)\b`),
  rx(String.raw`\bvigilia pascual\b|\beaster vigil\b`),
  // Confrontation denied, feared or avoided ("transcurrió sin enfrentamientos", "no clashes were reported", "para
  // evitar choques"): a peaceful protest's report, not a clash.
  // (The pattern begins at the noun, the rarer word, so that its gate lets few texts through.)
  rx(String.raw`\b(enfrentamientos?|choques|incidentes|disturbios|desmanes|clashes|violence|incidents?|disturbances|unrest)\b(?<=\b(sin|no se registraron|no se reportaron|no hubo|no hay|ningun|ni|evitar|prevenir|temor a|temen|riesgo de|without|no|avoid|prevent|fear|fears|feared|risk|risk of) (mayores |grandes |posibles |nuevos |any |major |further |new |possible )?\w+)`),
  rx(String.raw`\btoma de (posesion|juramento|decisiones|muestras?|control|conciencia|protesta|la palabra)\b`),
  rx(String.raw`\b(nota|notas|carta) de protesta\b`),
  rx(String.raw`\b(presenta|presento|eleva|elevo|envia|envio) (una |su )?(formal )?protesta\b`),
  rx(String.raw`\bincendios? forestal(es)?\b`),
  rx(String.raw`\bantidisturbios\b`),
  // A strike that did not happen: averted or called off before it began.
  rx(String.raw`\b(se evita|se evito|evitan|evitaron|evito|desactivan|desactivaron|desactiva) (el |la |un |una |nuevo |nueva )?(paro|huelga|bloqueo)\b|\b(strike|walkout|stoppage) (was |is |has been )?averted\b|\bavert(s|ed|ing)? (a |the |an )?(\w+ )?(strike|walkout)\b`),
  rx(String.raw`\bcomite (nacional )?del paro\b|\bstrike committee\b`),
  rx(String.raw`\b(call(s|ed|ing)?|calls) off (a |the |their |its )?(planned |scheduled |threatened |tomorrow's |(mon|tues|wednes|thurs|fri|satur|sun)day('s)? )(\S+ )?strike\b|\b(desconvocan|desconvocaron|desconvoca|cancelan|cancelaron) (el |la )?(paro|huelga)\b`),
  rx(String.raw`\b(tras|despues de|luego de|ante|por temor a|a raiz de) (el anuncio de |la amenaza de )?(las |los |nuevas |posibles )?(protestas|movilizaciones|manifestaciones|marchas|disturbios)( de (ayer|anoche))?\b`),
  // Clashes of an earlier day ("marchan tras los enfrentamientos del lunes"): background, as in English.
  rx(String.raw`\b(enfrentamientos|choques|disturbios)\b(?<=\b(tras|despues de|luego de|a un dia de) (los |las )?(violentos |duros |recientes |graves )?\w+)( (de|del) (ayer|anoche|la vispera|la semana pasada|\w+))?`),
  // A strike or blockade that is over ("vuelven a clases tras paro de transportistas"): background, like protests.
  rx(String.raw`\b(tras|despues de|luego de|al termino de|tras el fin de)( el| la| los| un| una)? (paro|paros|huelga|bloqueos?)( de (\d+ horas|\w+))?\b`),
  // en
  rx(String.raw`\b(air|drone|missile|military|rocket|preemptive|pre-emptive|lightning|nuclear|retaliatory|israeli|russian|us|u\.s\.) ?strikes?\b`),
  rx(String.raw`\bairstrikes?\b`),
  rx(String.raw`\bstrike(s|d)? out\b|\bstrikeouts?\b|\bstrike zone\b|\bstrike price\b`),
  rx(String.raw`\b(strikes?|struck|striking) (a |an |the )?((?!after |over |before |until |amid |without |despite |against |for |with |as )\w+ ){0,2}(deal|deals|agreement|accord|balance|chord|note|pose|tone|partnership|bargain|blow|gold|oil|match|fear|back)\b`),
  rx(String.raw`\b(straight|consecutive|twelve|perfect) strikes\b`),
  rx(String.raw`\b(lodge[sd]?|lodging|file[sd]?|register(s|ed)?|formal|diplomatic) (a )?(formal )?protests?\b`),
  rx(String.raw`\bunder protest\b`),
  rx(String.raw`\b(after|amid|over|following|ahead of|to end|since) (the |fresh |new |possible |weeks of |days of |months of )?(protests|unrest|demonstrations)\b`),
  // Clashes of an earlier day ("rioters loot stores after deadly clashes"): background, not this item's action.
  rx(String.raw`\b(after|following|since) (the |last week's |weekend |deadly |violent |fresh |\w+'s )?(clashes|riots|unrest)\b`),
  rx(String.raw`\briot[- ](control|police|gear|squad|squads|shields?|units?)\b`),
  rx(String.raw`\briot games\b`),
  rx(String.raw`\b(in|since|until|by|early|late|mid|of|on|from|last|next|this|through|end of|beginning of) march\b`),
  rx(String.raw`\bmarch \d{1,2}\b|\bmarch (is|was|will)\b`),
  rx(String.raw`\bmarch(es|ed)? (toward|towards) (a |the )?(\w+ )?(deadline|shutdown|default|record|victory|title)\b`),
  rx(String.raw`\b(rally|rallies|rallied) (to|on|in) (a |two-week|one-week|record|\w+-week|\w+-month|\w+-year)\b`),
  rx(String.raw`\b(stocks?|shares?|copper|gold|oil|markets?|dollar|peso|sol|bonds?|prices?|index) (\w+ )?(rally|rallies|rallied)\b`),
];

/** Hunger strikes are demonstrations: rewritten to "ayuno" (fast) before the strike words can see them. */
export const HUNGER_STRIKE = rx(String.raw`\bhuelgas? de hambre\b|\bhunger[- ]strik(e|es|ers|ing)\b`);

/** Non-protest frames: when one appears and the text has no protest context, the item is not an event. */
export const FRAMES: { name: string; re: RegExp }[] = [
  { name: 'sports', re: rx(String.raw`\b(futbol|derby|derbi|hinchada|liga 1|liga|partido|partidos|eliminatorias|clasico|superclasico|torneo|campeonato|goles?|seleccion|blanquirroja|mundial|copa america|libertadores|hinchas|estadio|football|soccer|match|league|innings|pitcher|batters?|bowler|bowling|qualifier|world cup|tournament|championship|playoffs?|giants|padres|baseball|rally car|dakar)\b`) },
  { name: 'culture', re: rx(String.raw`\b(cine|pelicula|peliculas|film|films|movie|documental|documentary|documentaries|premieres?|estrena|novela|novel|book|books|memoir|exhibition|screening|libro|libros|ciclo de|estreno|teatro|obra teatral|exposicion|museo|concierto|festival|feria|escenificacion|inti raymi|carnaval|procesion|desfile|game|games|videojuego|champion)\b`) },
  { name: 'economy', re: rx(String.raw`\b(output|production|produccion|exports|exportaciones|perdidas|losses|desempleo|unemployment|mercados?|markets?|bolsa|acciones|cotizacion|supply deal|smelter|exportaciones|inflacion|tipo de cambio|stocks?|shares|copper|hotel|hoteles|occupancy|turistas|tourists|bookings)\b`) },
  { name: 'nature', re: rx(String.raw`\b(huaico|huayco|huaicos|huaycos|deslizamiento|derrumbe|derrumbes|alud|aluvion|lluvias|nevada|heladas|helada|frost|landslides?|mudslides?|rockslides?|avalanche|floods?|flooding|flooded|inundacion|inundad[oa]s?|desborde|burst its banks|inundaciones|sismo|terremoto|earthquake|incendios forestales|wildfires?)\b`) },
  { name: 'crime', re: rx(String.raw`\b(cartel|carteles|cartels|narcos?|narcotraficantes|narcotrafico|sicarios|pandillas?|pandilleros|bandas (criminales|delictivas|rivales)|entre bandas|crimen organizado|organi[sz]ed crime|gangs?|gang members|drug lords?|drug traffickers|traffickers|microtrafico|extorsionadores|delincuentes|delincuente|asaltantes|ladrones|hampones|robbers|robbery|criminals|suspects|suspected|thieves|kidnappers|secuestradores|terroristas|terrorists|narcoterroristas|sendero luminoso|shining path|guerrilla|guerrilleros|guerrillas|disidencias|dissidents|rebels|insurgents|presos (en|de) la carcel|reos|reclusos|inmates|penitenciaria|centro penitenciario|prison riot|motin carcelario|shootout)\b`) },
  { name: 'motoring', re: rx(String.raw`\b(suv|hibrido|caja automatica|autos clasicos|autos|carros clasicos|rally (car|cars|dakar|raid)|motor|kilometros|consumo mixto)\b`) },
];

/** Sports fans: a confrontation of fans after a match is no protest, whatever the words, without protest context. */
export const FANS = /\b(hinchas|hinchada|barristas|barras? bravas?|aficionados|fans|hooligans)\b/;

/** Words that show people taking protest action (or the demands they make). */
export const PROTEST_CONTEXT = rx(String.raw`\b(manifestantes?|protestantes|protestas?|protestan|protestaron|protestar|movilizacion|movilizaciones|movilizados|marchantes|huelguistas|pobladores|comuneros?|comunera|ronderos?|rondas campesinas|campesinos|estudiantes|universitarios|trabajadores|sindicatos?|gremios?|transportistas|agricultores|docentes|maestros|mineros|cocaleros?|indigenas|aimaras|aymaras|quechuas|vecinos|simpatizantes|multitud|cientos|miles|centenares|turba|encapuchados|vandalos|exigen|exige|exigir|exigia|exigiendo|reclaman|reclamar|demandan|demandar|en rechazo|rechazan|contra el gobierno|contra la presidenta|contra el presidente|renuncia|cierre del congreso|adelanto de elecciones|nuevas elecciones|frente de defensa|medidas? de lucha|comunidades|camioneros|familiares|mototaxistas|choferes|colectiveros|acatan|acatamiento|comercios cerrados|mercados cerrados|protesters?|demonstrators?|protests?|protested|marcha|marchas|march|marches|demanded|exigieron|reclamaron|marchers|strikers|unions?|workers|farmworkers|farmers|students|teachers|miners|peasants?|indigenous|aymara|activists|mourners|crowds?|thousands|hundreds|residents|communities|truckers|families|relatives|growers|drivers|villagers|vendors|demanding|demands?|against the government|resignation|chanting|supporters|rioters|piqueteros|seguidores|partidarios|colectivos|normalistas|cooperativistas|evistas|bolsonaristas|exigiendo|reclamando|protestaban|protestando|jubilados|pensionistas|padres de familia|damnificados|pescadores|enfermeras|obreros|taxistas|retirees|pensioners|commuters|jovenes|primera linea|mob|vandals|multitudinari[oa]s?|desocupados|ciudadanos|en defensa de|en defensa del|in defense of|in defence of|shops (\w+ ){0,4}(stayed|remained|were) (closed|shut)|delegaciones|organizaciones sociales|youths|citizens)\b`);

/** Context words that a non-protest frame (a game, a book, hotel figures) explains away: mentions of protests, strikes
 *  or workers. Any other PROTEST_CONTEXT word (people acting, crowds, demands) keeps an item with such a frame. */
export const GENERIC_CONTEXT = /^(protestas?|protests?|marchas?|march|marches|movilizacion|movilizaciones|trabajadores|workers|sindicatos?|unions?)$/;

/** A strike announced for later ("anunciaron un paro de 72 horas"): the words just before the strike word. */
export const ANNOUNCING = /\b(anunci\w+|convoca\w*|preparan|alistan|amenaza\w*|announc\w+|call(s|ed)? for|threaten\w*|plan(s|ned)?|will)( \w+){0,3} $/;

/** An action on an earlier day than the one the title reports ("en la víspera algunos grupos cerraron la vía"):
 *  the sentence's words before the action word. */
export const EARLIER_WORDS = /\b((en )?la vispera|el dia anterior|la semana pasada|dias atras|dias antes|the day before|the previous day|days earlier|earlier this week|last week)\b/;
export const EARLIER = new RegExp(`${EARLIER_WORDS.source}[^.;\\n]*$`);

/** People of an earlier action ("liberan a los detenidos del desbloqueo"): the words just before the action word. */
export const PEOPLE_OF = /\b(detenidos|heridos|fallecidos|muertos|victimas|liberados|detainees|injured|victims|dead)( \w+)? (del|de la|de los|de las|en el|en la|durante el|durante la|of the|in the|during the) $/;

/** Casualties: with security forces in the text, they make confrontation words ("choques") a report. */
export const CASUALTIES = /\b(heridos|heridas|lesionados|muertos|fallecidos|murieron|muere|mueren|murio|injured|wounded|hurt|dead|killed|died|dies)\b/;

/** Words that place security forces in the text. */
export const SECURITY = rx(String.raw`\b(policia|policias|policial|policiales|pnp|agentes|efectivos|militares|soldados|ejercito|fuerzas armadas|fuerzas del orden|carabineros|esmad|uniformados|police|policemen|officers|soldiers|troops|army|military|security forces|riot police|carabineros)\b`);

export interface Trigger {
  type: EventType;
  re: RegExp;
  /** 'strong' stands alone; 'weak' needs protest context (or security forces, for clashes); 'purpose' is weak and
   *  also needs what the action is for (PURPOSE): people walking, filling a square or camping out do so for many
   *  reasons, a protest among them. */
  strength: 'strong' | 'weak' | 'purpose';
}

const T = (type: EventType, strength: Trigger['strength'], source: string): Trigger => ({ type, strength, re: rx(source) });

export const TRIGGERS: Trigger[] = [
  // repression: lethal or excessive force by security forces
  T('repression', 'weak', String.raw`\b(disparos?(?! de (perdigones|balas de goma|bombas|gases|lacrimogenas))|balazos?|balacera|balas?(?! de (goma|salva|pintura))|impactos? de (bala|proyectil)|herida de bala|heridos? de bala|arma de fuego|proyectil(es)? de arma de fuego|balead[oa]s?|balearon|ejecucion(es)? extrajudicial(es)?|masacre)\b`),
  T('repression', 'weak', String.raw`\b(abrieron|abren|abrio) fuego\b|\bdispar(a|an|aron|o|ando) (contra|a) (los |las )?(manifestantes|pobladores|comuneros|estudiantes|vecinos|campesinos|mineros|agricultores|ronderos|maestros|docentes|cocaleros|huelguistas|marchantes|jovenes|la multitud)\b`),
  T('repression', 'strong', String.raw`\b(detenciones|arrestos|capturas) masiv[oa]s\b|\bdetencion masiva\b`),
  T('repression', 'weak', String.raw`\b(shot (dead|and killed|in the \w+)|gunfire|gunshots?|live (ammunition|rounds|fire)|(?<!(rubber|plastic|rubber-coated) )bullets?|opened fire|open fire|(?<!(gas|cannons?|bullets|pellets|grenades|canisters) )fired (live )?(shots|rounds|on|at|into)|killed by (security forces|police|soldiers|troops|the army|the military)|massacre)\b`),
  T('repression', 'weak', String.raw`\b(shot|shoot|shoots|shooting) (live (ammunition|rounds|bullets) )?(at|into) (the )?(\S+ )?(protesters|demonstrators|crowds?|marchers|residents|villagers)\b|(?<!\b(gas|cannons?|bullets|pellets|grenades|canisters) )\b(fire|fires|firing|fired) (live (ammunition|rounds|bullets) |shots |bullets )?(on|at|into) (the )?(\S+ )?(protesters|demonstrators|crowds?|marchers|residents|villagers)\b`),
  T('repression', 'strong', String.raw`\bmass arrests?\b`),
  T('repression', 'strong', String.raw`\b(police|policemen|officers|soldiers|troops|security forces|army|military) (\w+ ){0,2}(fired|fire|fires|opened fire|open fire|opens fire) (live (ammunition|rounds|bullets) )?(on|at|into) (a |an |the )?(\S+ )?(protests?|march|marches|rally|demonstrations?|protesters|demonstrators|crowds?|marchers)\b|\b(policia|policias|militares|soldados|ejercito|agentes) (\w+ ){0,2}(dispara|disparan|dispararon|disparo|abre fuego|abren fuego|abrieron fuego) (contra|sobre) (una |la |los |las )?(\S+ )?(marcha|protesta|manifestacion|movilizacion|manifestantes|multitud|pobladores|comuneros|vecinos|campesinos|estudiantes|mineros|agricultores|ronderos|huelguistas|marchantes|cocaleros)\b`),
  T('repression', 'weak', String.raw`\b(police|policemen|officers|soldiers|troops|security forces|army|military) (\w+ ){0,2}(kill|kills|killed|killing|shoot|shoots|shooting) (\w+ ){0,2}(protesters?|demonstrators?|marchers?|people|civilians|residents|villagers|students|farmers|miners|youths?|teenagers?|men|women|six|five|four|three|two|\d+)\b|\b(matan|mataron|mata|mato|asesinan|asesinaron|asesina|asesino) a (\w+ ){0,2}(comuneros?|manifestantes?|pobladores?|estudiantes?|jovenes|joven|campesinos?|civiles|mineros?|agricultores?|cocaleros?|vecinos?|marchantes?|personas|hombres|mujeres|menores|adolescentes|ninos|dirigentes?)\b`),
  T('repression', 'strong', String.raw`\b(pierde|perdio|pierden|perdieron) (un ojo|la vision|ambos ojos|los ojos)\b|\b(lost|loses|lose) (an |his |her |their |one )?eye\b|\beye injur(y|ies)\b`),
  T('repression', 'weak', String.raw`\b(proyectil|perdigon|bala|disparo)( \w+)? disparad[oa] por (un |una |el |la |los )?(agente|policia|militar|soldado|efectivo|esmad|carabinero)|\b(fired upon|fired on|shot at) by (\w+ ){0,2}(police|policemen|officers|soldiers|troops|security forces|the army|the military)\b|\b(projectiles?|rounds?|bullets?|pellets?|rubber bullets?|buckshot|canisters?|tear gas canisters?|grenades?) fired by (a |an |the )?(\w+ ){0,2}(officers?|police|policemen|policeman|soldiers?|troops|esmad|carabineros)\b|\bhit by (a )?(police|riot police|tear gas) (projectile|round|canister)\b|\b(dispararon|disparan|disparo) contra (ellos|ellas|la multitud|los manifestantes|los vecinos|los pobladores)\b`),
  // Dispersal with firearms ("dispersan a balazos", "broke up the march with live rounds"): lethal force by construction.
  T('repression', 'strong', String.raw`\b(dispersan|dispersaron|dispersa|disperso|desalojan|desalojaron|desaloja|desalojo|reprimen|reprimieron|reprime|reprimio|repelen|repelieron) (\S+ ){0,5}(a balazos|a tiros|a bala|a disparos|con (armas de fuego|balas|balazos|disparos|fuego real|municion letal|armas letales))\b|\b(disperse[sd]?|dispersing|broke up|break up|breaks up|cleared?|clearing) (\S+ ){0,5}with (live (ammunition|rounds|fire)|gunfire|firearms|bullets)\b`),
  // Shot dead or shot by an unnamed shooter in the passive, and the verbs of killing someone with a firearm
  // ("un comunero fue abatido", "acribillan a un joven", "was fatally shot"): they need protest context.
  T('repression', 'weak', String.raw`\b(abatid[oa]s?|abaten|abatieron|acribillad[oa]s?|acribillan|acribillaron|ultimad[oa]s? a balazos)\b|\bshot\b(?<=\b(was|were|been|being|got) (fatally |critically |seriously )?shot)|\bfatally shot\b`),
  // Security forces firing, without a named target ("patrullas del Ejército dispararon en las inmediaciones").
  T('repression', 'weak', String.raw`\b(policias?|militares|soldados|ejercito|agentes|efectivos|uniformados|carabineros?|patrullas|esmad) (\S+ ){0,3}(dispararon|disparan|dispara|disparo|disparaban|abrieron fuego|abren fuego)\b`),
  // Security forces charging a protest or the people in it ("agentes arremeten contra manifestantes", "police charge
  // pensioners' rally"): force against people, weak (it needs protest context).
  T('repression', 'weak', String.raw`\b(policias?|agentes|efectivos|uniformados|carabineros|militares|soldados|police|policemen|officers|riot police|troops|soldiers) (\S+ ){0,2}(arremeten|arremetieron|arremete|arremetio|cargan|cargaron|carga|cargo|embisten|embistieron|charge|charged|charges|charging|baton-charged?) (contra |sobre |on |into )?(la |el |los |las |a |the |un |una |a )?(\S+ ){0,2}(manifestantes|marcha|marchas|protesta|movilizacion|planton|jubilados|estudiantes|protesters|demonstrators|marchers|rally|march|protest|sit-in|pensioners|students|crowds?|multitud)\b`),
  // A crackdown on a protest, beatings, people run over by police vehicles.
  T('repression', 'strong', String.raw`\bcrackdown (on|against) (\w+ ){0,2}(protest\w*|demonstr\w*|march\w*|dissent|students|strikers)\b|\b(run|ran|runs|running) over (a |an |the )?(\w+ )?(protesters?|demonstrators?|marchers?|students?)\b(?<=\b(police|officers|troops|soldiers|carabineros)( \S+){0,4} (run|ran|runs|running) over \S+( \S+)?( \S+)?)|\batropellad[oa]s? por (un |una |el |la )?(vehiculo|camioneta|carro|camion|auto) (policial|militar|de la policia|del ejercito|de carabineros)\b|\batropellad[oa]s? por (un |una |el |la )?(tanqueta|patrullero|rochabus|zorrillo|guanaco|carro lanzaguas|carro lanza aguas)\b`),
  T('repression', 'weak', String.raw`\b(deadly|bloody|brutal|violent) crackdown\b|\b(beatings|palizas|golpizas)\b|\bviolently (disperse[sd]?|dispersing|broke up|break up|breaks up|cleared?|clearing|repress(ed|es)?|evicted?)\b|\b(dispersan|dispersaron|desalojan|desalojaron|reprimen|reprimieron|dispersa|disperso|desaloja|desalojo|reprime|reprimio) (violentamente|brutalmente|con violencia)\b`),
  // Excessive force named as such ("desalojo violento", "brutalidad policial", "excessive force"): weak, it needs protest
  // context.
  T('repression', 'weak', String.raw`\b(desalojo violento|violento desalojo|desalojan violentamente|desalojaron violentamente|brutalidad policial|abuso policial|brutalmente|(uso excesivo|uso desproporcionado|exceso) de (la )?fuerza|fuerza (excesiva|desproporcionada|letal)|police brutality|brutally|excessive force|disproportionate force|lethal force|violent(ly)? evict(ed|ion))\b`),
  T('repression', 'strong', String.raw`\b(desmantela|desmantelan|desmantelo|desmantelaron|dismantles?|dismantled) (\S+ ){0,2}(campamentos?|camps?|encampments?|plantones?)\b`),
  T('repression', 'strong', String.raw`\bherid[oa]s? (de bala )?por (un |una |el |la |los |las )?(\w+ )?(esmad|policia|policias|agentes?|militares|soldados|carabineros?|efectivos|uniformados)\b|\b(injured|wounded|hurt|blinded|beaten) by (a |an |the )?(\w+ ){0,2}(police|riot police|officers?|policemen|soldiers|troops|esmad|carabineros)\b|\bgolpead[oa]s? por (la |los |las |un |una )?(policia|policias|agentes?|militares|soldados|carabineros?|efectivos)\b`),
  T('repression', 'weak', String.raw`\bshot (him|her|them)\b|\b(gun|guns|gunned|gunning) down\b|\b(shoot|shoots|shooting|shot|beat|beats|beating|beaten|club|clubs|clubbed|clubbing|baton-charged?|baton-charging) (and (\w+ )?)?(a |an |the |several |dozens of )?(\S+ )?(protesters?|demonstrators?|marchers?|students|teachers|villagers|residents|mourners|farmers|strikers|women)\b|\b(golpean|golpearon|golpea|golpeo|hieren|hirieron|hiere|hirio) (\w+ ){0,2}a (un |una |los |las |varios |varias )?(\w+ )?(manifestantes?|estudiantes?|comuneros?|pobladores?|marchantes|dirigentes?|periodistas?|reporteros?)\b`),
  // a toll revision of one town's incident ("raises Juliaca toll to 17"; national tallies say "death toll")
  T('repression', 'strong', String.raw`\braise[sd]? (?!the death |death )(\w+ ){1,2}toll to\b|\btoll (from|in|of) (the )?(?!(peru|ecuador|colombia|bolivia|chile|argentina|mexico|brazil|the country)\b)(\S+ ){0,4}(protests?|clash|clashes|unrest|crackdown|demonstrations?|blockade|march) (rises|rose|climbs|climbed)\b|\b(sube|suben|asciende|ascienden|se eleva|se elevan|llega|llegan) a (\w+ ){1,2}(la cifra|el numero) de (muertos|fallecidos|victimas)\b|\b(suben|ascienden|se elevan|llegan) a (\w+ ){1,2}(los muertos|los fallecidos|las victimas)\b`),
  // clash: confrontation
  T('clash', 'strong', String.raw`\b(usa|usan|uso|usaron|lanza|lanzan|lanzo|lanzaron|arrojan|arrojaron|con) gases\b`),
  T('clash', 'strong', String.raw`\b(retienen|retuvieron|toman como rehenes|tomaron como rehenes) (a )?(\S+ ){0,2}(policias|agentes|militares|soldados|efectivos)\b|\b(took|take|takes|taking|holding|held) (about |some |nearly )?(\S+ ){0,2}(soldiers|police officers|officers|policemen|troops) hostage\b`),
  T('clash', 'strong', String.raw`\benfrentamientos?\b|\b(clashes|violence|fighting|skirmishes) (erupt|erupts|erupted|break out|broke out|breaks out|flare|flared)\b|\b(estallan|estallaron|se desatan|se desataron) (los )?(enfrentamientos|choques|disturbios)\b`),
  T('clash', 'strong', String.raw`\b(choques?|chocan|chocaron|se enfrentan|se enfrentaron|se enfrento|enfrentan|enfrentaron) (\w+ ){0,2}(con|a) (la |los |las |el )?(policia|policias|agentes|efectivos|militares|soldados|fuerzas del orden|fuerzas de seguridad|carabineros|esmad|uniformados)\b|\b(clash|clashes|clashed|clashing|skirmish\w*|scuffled?) with (the )?(\w+ )?(police|security forces|troops|soldiers|officers|riot police|army)\b|\brepresion (policial|militar|en|de|contra)\b`),
  T('clash', 'weak', String.raw`\b(se agreden|se agredieron|se enfrentan|se enfrentaron|se enfrento|enfrentaron|enfrentan a|chocan|chocaron|choques?|gresca|trifulca|zafarrancho|batalla campal|emboscadas?|ambush|ambushes|ambushed)\b`),
  T('clash', 'strong', String.raw`\b(gases?|bombas?|granadas?) lacrimogen[oa]s?\b|\blacrimogenas?\b|\bperdigon(es)?\b|\brochabus\b|\b(carros?|camiones?|tanquetas?) lanza ?aguas?\b|\blanzaaguas?\b|\blanzaguas?\b`),
  T('clash', 'weak', String.raw`\b(arrojaron|arrojan|lanzaron|lanzan|lanzando|arrojando) (piedras|palos|petardos|objetos|bombas molotov)\b|\b(pedradas|hondazos|a pedrada|con hondas|stone-throwing|rock-throwing|slingshots?)\b`),
  T('clash', 'weak', String.raw`\b(reprimen|reprimieron|reprimio|reprimida|reprimido|represion|reprime|dispersa|dispersan|dispersaron|disperso|dispersaba|dispersada|dispersados|dispersadas|desaloja|desalojan|desalojaron|desalojo|desalojados)\b`),
  T('clash', 'weak', String.raw`\b(atacad[oa]s?|agredid[oa]s?|emboscad[oa]s?|linchad[oa]s?|retenid[oa]s?) (con (piedras|palos|pedradas|hondas|petardos|machetes) |a pedradas )?por (los |un grupo de |una turba de |cientos de )?(manifestantes|pobladores|comuneros|huelguistas|ronderos|una turba)\b|\b(manifestantes|pobladores|comuneros|huelguistas) (atacan|atacaron|agreden|agredieron|retienen|retuvieron) (a )?(los |un |una |dos |tres )?(policias?|agentes?|efectivos|militares|soldados)\b|\b(attacked|beaten|ambushed|lynched|held) by (\w+ ){0,2}(protesters|demonstrators|a mob|crowds?|residents|villagers)\b|\b(protesters|demonstrators) (attacked|beat|held|ambushed) (\w+ ){0,1}(police|officers|soldiers|troops)\b`),
  T('clash', 'weak', String.raw`\b(policia|policias|agentes|efectivos|militares|police|officers|troops|soldiers) (\w+ ){0,3}(ingres\w+ a|irrump\w+ en|allan\w+|stormed|storm|storms|raided|raid) (la |el |los |las |the |a )?(\w+ ){0,2}(ciudad universitaria|universidad|campus|local|locales|sede|campamento|university|campus|camp|encampment)\b`),
  // A raid on a protest camp or an occupied site, named by the noun ("pre-dawn raid on protest camp").
  T('clash', 'weak', String.raw`\b(raids?|raided|raiding|redadas?|allanamientos?|intervencion|operativos?) (\w+ ){0,2}(on|of|en|al|a la|del|de la|contra (el|la)) (the |a |an )?(\S+ ){0,2}(protest camps?|camps?|encampments?|campamentos?|plantones|planton|occupied \w+|sit-ins?|tomas?)\b`),
  // The eviction of an occupation, a sit-in or a camp: police action against a protest, stands alone (with mass
  // arrests in it, a repression).
  T('clash', 'strong', String.raw`\bdesalojo (violento )?(de|del) (la |el |los |las )?(toma|tomas|planton|plantones|campamento|ocupacion|acampe|acampada)\b|\b(evict|evicts|evicted|evicting|eviction of) (the )?(\S+ )?(occupation|sit-in|protest camp|encampment|occupiers|squatters? camp)\b`),
  // Blows or stones traded ("intercambian golpes"), in Spanish.
  T('clash', 'weak', String.raw`\b(intercambian|intercambiaron|intercambiaban|intercambio de) (golpes|piedras|pedradas|disparos|proyectiles|palazos)\b|\b(lanzan|lanzaron) (golpes|piedras|pedradas|proyectiles|palazos)\b(?<=\bse (lanzan|lanzaron) \w+)`),
  // Both sides' weapons together ("gases y piedras"): a confrontation by construction.
  T('clash', 'strong', String.raw`\b(gases|lacrimogenas|perdigones|balas de goma) y (piedras|pedradas|petardos|hondazos)\b|\b(piedras|pedradas|petardos|hondazos) y (gases|lacrimogenas|perdigones|balas de goma)\b|\b(tear gas|rubber bullets) and (stones|rocks)\b|\b(stones|rocks) and (tear gas|rubber bullets)\b`),
  T('clash', 'strong', String.raw`\b(tear[- ]?gas(sed|ses)?|water cannons?|rubber bullets|plastic bullets|pellets?)\b|\bbalas de goma\b|(?<!\b(con|with) (bombas |petrol )?)\bmolotov\b(?!( cocktails?| bombs?)? (contra|at|into|on) (la |el |los |las |the |a |an )?(\w+ )?(sede|sedes|edificio|edificios|local|locales|comisaria|municipalidad|municipio|prefectura|gobernacion|fiscalia|banco|bancos|tienda|tiendas|palacio|building|buildings|offices|headquarters|police station|town hall|city hall|bank|banks|shops?|stores?|courthouse|prefecture|legislature)\b)`),
  T('clash', 'weak', String.raw`\b(clash|clashes|clashed|clashing|skirmish|skirmishes|scuffles?|scuffled|confrontations?)\b|\b(fought|battled|fight|fights|fighting|battle|battling) (with )?(the )?(riot )?(police|security forces|troops|soldiers|officers)\b|\b(running|pitched|street) battles\b|\b(and|y) (the |la |los )?(police|officers|troops|soldiers|policias|agentes|carabineros|militares) (fought|clashed|battled|scuffled|traded blows|se enfrentaron|pelearon)\b|\b(hurl|hurls|hurled|hurling|throw|throws|threw|throwing|pelt|pelts|pelted|pelting) (\w+ ){0,3}(stones|rocks|fireworks|bottles|objects|molotov)\b|\b(trade|trades|traded|trading|exchange|exchanged) (blows|punches|stones|rocks)\b|\b(pelea|peleas|pelean|pelearon) (campal|con (la |los )?(policia|policias|agentes|militares|soldados|carabineros))\b|\b(stones|rocks|bottles|molotov cocktails|fireworks) (were )?(thrown|hurled) at\b|\b(disperse|disperses|dispersed|dispersing|broke up|break up|breaks up|evicted|evict) (\S+ ){0,3}(protesters|demonstrators|marchers|protest|protests|march|rally|sit-in|blockade|roadblock|crowds?|camp)\b`),
  // riot: attacks on property
  T('riot', 'weak', String.raw`\b(queman|quemaron|quemo|quema|incendia|saquea|destroza|destruye|apedrea|incendian|incendiaron|incendio|incendiada|incendiadas|incendiado|incendiados|prend(en|ieron|io) fuego|saquean|saquearon|saqueo|saqueos|saqueada|vandaliz\w+|destrozos|destrozan|destrozaron|destruyen|destruyeron|irrumpe|irrumpen|irrumpieron|ataca|ataco|atacan|atacaron|apedrean|apedrearon|tomaron por asalto|toman por asalto)\b(?! (\w+ )?(llantas|neumaticos|cubiertas)\b)`),
  T('riot', 'strong', String.raw`\bdisturbios\b(?! del sueno)`),
  T('riot', 'strong', String.raw`\b(invaden|invadieron|irrumpen en|irrumpieron en|asaltan|asaltaron|dinamitan|dinamitaron|derriban|derribaron|destrozan|destrozaron) (\w+ ){0,3}(sedes?|congreso|palacio|puertas?|porton|edificios?|gobernacion|municipalidad|municipio|prefectura|comisaria|fiscalia|instalaciones|oficinas|locales?|tiendas|supremo)\b|\b(storm|storms|stormed|storming|ransack|ransacked|invade|invaded|trash|trashes|trashed|trashing|wreck|wrecks|wrecked) (\S+ ){0,2}(congress|parliament|palace|supreme court|court|ministry|ministries|building|buildings|offices|headquarters|legislature|city hall|town hall)\b`),
  T('riot', 'weak', String.raw`\b(break|breaks|broke|breaking|forced their way) into\b|\brioters\b`),
  T('riot', 'strong', String.raw`\b(lanzan|lanzaron|lanza|arrojan|arrojaron|hurl|hurls|hurled|throw|throws|threw|toss|tossed) (\w+ ){0,2}(bombas molotov|molotov|molotovs|molotov cocktails|petrol bombs|firebombs|bombas incendiarias) (contra|at|into|on) (la |el |los |las |the |a |an )?(\w+ )?(sede|sedes|edificio|edificios|local|locales|comisaria|municipalidad|municipio|prefectura|gobernacion|fiscalia|banco|bancos|tienda|tiendas|palacio|building|buildings|offices|headquarters|police station|town hall|city hall|bank|banks|shops?|stores?|courthouse|prefecture|legislature)\b`),
  T('riot', 'strong', String.raw`\b(lanzan|lanzaron|lanza|arrojan|arrojaron|hurl|hurls|hurled|throw|throws|threw) (\w+ ){0,2}(piedras|rocas|huevos|pintura|objetos|stones|rocks|eggs|paint) (contra|at|into) (la |el |los |las |the |a |an )?(\w+ )?(sede|sedes|edificio|edificios|local|locales|comisaria|municipalidad|municipio|prefectura|gobernacion|fiscalia|banco|bancos|tienda|tiendas|palacio|building|buildings|offices|headquarters|police station|town hall|city hall|bank|banks|shops?|stores?|courthouse|prefecture|legislature)\b`),
  // Facades and monuments painted over ("pintan la fachada de la fiscalía", "spray-painted the walls").
  T('riot', 'weak', String.raw`\b(pintan|pintaron|pintarrajean|pintarrajearon|grafitean|grafitearon|realizan pintas en|spray-paint(s|ed|ing)?|daub(s|ed|ing)?) (\w+ ){0,2}(fachadas?|paredes|muros|puertas|monumentos?|estatuas?|facades?|walls|monuments?|statues?)\b`),
  // Statues toppled, fences and gates torn down, windows broken.
  T('riot', 'weak', String.raw`\b(derriban|derribaron|derribo|tumban|tumbaron|tumbo|topple|topples|toppled|toppling|pull(s|ed)? down|tear down|tore down|tears down) (\w+ ){0,3}(estatuas?|monumentos?|bustos?|rejas|vallas|statues?|monuments?|gates|fences|railings)\b|\b(rompen|rompieron|rompio|quiebran|quebraron|smash|smashed|smashing|broke|break) (\w+ ){0,2}(vidrios|ventanas|lunas|vitrinas|mamparas|windows|shop windows|storefronts)\b`),
  // Property attacked in the passive voice ("la comisaría fue incendiada", "quedó destrozada", "burned by demonstrators").
  // (People attacked by protesters are a clash, above.)
  T('riot', 'weak', String.raw`\b(fue|fueron|quedo|quedaron|resulto|resultaron|han sido|ha sido) (\w+ )?(atacad|incendiad|saquead|quemad|destrozad|destruid|vandalizad|apedread|arrasad)[oa]s?\b|\b(incendiad|saquead|quemad|destrozad|destruid|vandalizad|apedread)[oa]s? por (los |las |un grupo de |una turba de |cientos de )?(manifestantes|turba|pobladores|huelguistas|encapuchados|vandalos|comuneros|protestantes)\b|\b(burned|burnt|torched|looted|ransacked|vandali[sz]ed|stormed|set on fire|set ablaze|smashed|destroyed|wrecked|trashed) by (\w+ ){0,2}(protesters|demonstrators|rioters|a mob|mobs|crowds?|students|residents|villagers|strikers|marchers)\b`),
  // Burning and plundering named without "disturbios": reduced to ashes, razed, plundered, petrol bombs.
  T('riot', 'weak', String.raw`\b(reducen|redujeron|reduce|redujo|reducid[oa]s?) a cenizas\b|\b(arrasa|arrasan|arrasaron|arraso) con\b|\b(desvalij\w+|pillaj\w+)\b|\b(plunder(s|ed|ing)?|pillag(e|es|ed|ing))\b|\b(bombas? molotov|molotov cocktails?|molotovs?|petrol bombs?|firebombs?|firebombed|bombas incendiarias)\b`),
  T('riot', 'strong', String.raw`\b(queman|quemaron|quema|quemo|incendian|incendiaron|incendia|prendieron fuego a|prenden fuego a|ataca|ataco|atacan|atacaron|saquean|saquearon|saquea|apedrean|apedrearon|apedrea|destruyen|destruyeron|destruye|destrozan|destrozaron) (a pedradas |con piedras |a golpes |con (bombas )?molotov |con bombas incendiarias )?(la |el |las |los |una |un )?(comisarias?|sede|sedes|local|puesto policial|patrulleros?|municipalidad|municipio|prefectura|sede judicial|poder judicial|peajes?|garitas?|fiscalia|gobernacion|tiendas?|locales|estacion(es)?|edificios?|buses|autobuses|vehiculos|autos|camionetas|supermercados?|diario|oficinas?|instalaciones|cai|aduanas?|puestos? de (aduanas|control|vigilancia))\b|\b(queman|quemaron|incendian|incendiaron|incendia|saquean|saquearon|atacan|atacaron|apedrean|apedrearon) (la |una )?(casa|vivienda|domicilio) (de |del )(un |una |la |el )?(congresista|alcalde|alcaldesa|gobernador|gobernadora|ministro|ministra|prefecto|fiscal|juez|jueza|presidente|presidenta|consejero|regidor|dirigente)\b`),
  T('riot', 'strong', String.raw`\b(police stations?|courthouses?|town halls?|city halls?|toll booths?|prefectures?|government buildings?) (was |were )?(set (on fire|ablaze|alight)|torched|burned|burnt|stormed|ransacked|looted)\b|\b(torch|torches|torched|burn|burns|burned|burnt|storm|storms|stormed|ransack|ransacks|ransacked|loot|loots|looted|sets? fire to|setting fire to) (down )?(a |the )?(\S+ )?(police stations?|police posts?|police outposts?|courthouses?|town halls?|city halls?|toll booths?|government buildings?|prefectures?|ministry|ministries)\b`),
  T('riot', 'weak', String.raw`\b(sets? fire to|setting fire to|(torched|burned|burnt) (\w+ ){0,2}(buses|cars|vehicles|stations|buildings|offices)|(?<!\b(tyres|tires)( were| are)? )set (?!(\w+ )?(tyres|tires))(\w+ ){0,3}(on fire|ablaze|alight)|torch(es|ed|ing)?|burn(ed|t|ing)? (down )?(the |a |several |police )|loot|loots|looted|looting|looters|ransack(s|ed|ing)?|vandali[sz](e|es|ed|ing)|vandalism|stormed|smash|smashes|smashed|smashing|arson)\b`),
  // roadblock
  T('roadblock', 'weak', String.raw`\b(queman|quemaron|quemando|queman|burn|burned|burning|burnt) (\w+ )?(llantas|neumaticos|cubiertas|tires|tyres)\b`),
  T('roadblock', 'strong', String.raw`\b(amanece|amanecen|continuan|persisten|se mantienen|siguen|mantienen) (con |los |sus )?bloqueos\b|\bpuntos? de bloqueo\b`),
  T('roadblock', 'weak', String.raw`\b(bloquea|bloquean|bloquearon|bloqueo|bloqueos|bloqueando|bloquear|bloqueada|bloqueadas|bloqueado|bloqueados|bloqueaban)\b`),
  T('roadblock', 'strong', String.raw`\b(bloquea|bloquean|bloquearon|bloqueo|bloqueos|bloqueando|bloquear|bloqueada|bloqueadas|bloqueado|bloqueados|bloqueaban|mantienen bloqueada|mantienen bloqueado) (\w+ ){0,3}(carreteras?|caminos|vias?|puentes?|panamericana|interoceanica|carretera central|accesos?|rutas?|tramos?|corredor|frontera|linea ferrea|aeropuerto|pista|transito|paso|calles|avenidas?)\b`),
  T('roadblock', 'strong', String.raw`\b(desbloqueo|desbloquear|desbloquean|desbloquearon)\b`),
  // A blockade kept up or found at dawn ("mantienen el bloqueo", "Puerto Resistencia amanece bloqueado"), and a road
  // or traffic paralysed ("paralizan la Panamericana"): an obstruction, not a work stoppage.
  T('roadblock', 'strong', String.raw`\b(amanece|amanecen|amanecio|amanecieron) (\w+ )?bloquead[oa]s?\b|\b(mantienen|mantiene|mantenian|instalan|instalaron|instala|refuerzan|reforzaron|sostienen) (el |los |un |sus |varios )?(bloqueos?|cortes? de ruta|piquetes?|barricadas)\b`),
  // A road kept taken ("siguen con la vía tomada") stands alone; kept closed or blocked needs protest context (a
  // landslide keeps a road closed too).
  T('roadblock', 'weak', String.raw`\b(mantienen|mantiene|siguen con|continuan con|permanece|permanecen) (\w+ )?(cerrad[oa]s?|bloquead[oa]s?|cortad[oa]s?) (la |el |las |los )?(via|vias|carretera|carreteras|panamericana|puente|puentes|ruta|rutas|accesos?|interoceanica|carretera central)\b`),
  T('roadblock', 'strong', String.raw`\b(mantienen|mantiene|siguen con|continuan con|permanece|permanecen) (\w+ )?(tomad[oa]s?) (la |el |las |los )?(via|vias|carretera|carreteras|panamericana|puente|puentes|ruta|rutas|accesos?|interoceanica|carretera central)\b|\b(via|vias|carretera|carreteras|panamericana|puente|ruta|accesos?) (tomad[oa]s?|cerrad[oa]s? por (los )?(manifestantes|comuneros|pobladores|huelguistas))\b`),
  T('roadblock', 'weak', String.raw`\b(occupy|occupies|occupied|occupying|seize|seizes|seized|take over|took over|invade|invaded) (the )?(\S+ ){0,2}(runway|tarmac|airstrip|airport)\b|\b(park|parks|parked|parking) (\S+ ){0,2}(across|on|along) (the )?(\S+ )?(highway|road|roads|bridge|motorway)\b`),
  T('roadblock', 'strong', String.raw`\b(paralizan|paralizaron|paraliza|paralizo|paralizando) (el |la |los |las )?(transito|panamericana|carretera|carreteras|via|vias|puente|ruta|rutas|autopista|interoceanica|carretera central)\b`),
  T('roadblock', 'strong', String.raw`(^|: )bloqueos? (en|de la via|de la carretera|de vias) `),
  T('roadblock', 'strong', String.raw`\b(toma|tomaron|toman|tomar|tomada|tomado|tomadas|tomados) (de )?(la |el |las |los )?(carretera|carreteras|via|vias|puente|aeropuerto|pista|panamericana|linea ferrea)\b`),
  T('roadblock', 'strong', String.raw`\b(cortan|cortaron|corte de|cierran|cerraron|cierre de) (el |la |los |las )?(paso|via|vias|carretera|carreteras|ruta|puente|frontera|accesos?|panamericana|interoceanica|carretera central|autopista|linea ferrea|via ferrea)\b`),
  T('roadblock', 'weak', String.raw`\b(impiden|impidieron|impedian|interrumpen|interrumpieron|obstaculizan|obstaculizaron|obstruyen|obstruyeron|obstruye|cortan|cortaron|corte de|cierran|cerraron) (el |la |los |las )?(paso|via|vias|carretera|carreteras|ruta|rutas|puente|puentes|accesos?|panamericana|autopista|calles|transito|circulacion)\b`),
  T('roadblock', 'strong', String.raw`\b(colocan|colocaron|ponen|pusieron|placed|piled|put|felled|dumped|kept|keep|keeps) (\w+ ){0,3}(piedras|rocas|troncos|arboles|llantas|tierra|escombros|boulders|rocks|stones|logs|trees|tires|tyres|debris|trunks) (\w+ ){0,5}(rieles|via|vias|carretera|pista|tracks|roads?|highway|railway|rail line|bridge|puente)\b`),
  // A town or city encircled ("cercan la ciudad de La Paz", "besiege the capital"): blockades of its roads.
  T('roadblock', 'weak', String.raw`\b(cercan|cercaron|cercaban|sitian|sitiaron|besiege|besieged|besieging|encircle|encircled) (a )?(la |the )?(ciudad|capital|city|town)\b|\b(cerco|sitio) (a|de) la (ciudad|capital)\b`),
  T('roadblock', 'weak', String.raw`\b(piquetes?|piqueteros|barricadas?|quema de llantas|paralizan el transito)\b|\b(dig|digs|dug|digging) trenches\b|\b(cavan|cavaron|abren|abrieron) zanjas\b|\bcut(s|ting)? off (the |road |all )?(access|roads?|highways?|routes?)\b`),
  T('roadblock', 'strong', String.raw`\b(roads?|highways?|rail line|railway|bridges?|access|routes?|border crossing) (\S+ ){0,4}(blocked|cut|cut off|closed|shut) by (protesting |striking )?(\S+ )?(protesters|demonstrators|residents|villagers|farmers|miners|truckers|strikers|communities)\b`),
  T('roadblock', 'weak', String.raw`\b(roads?|highways?|bridges?|routes?|access roads?|border crossings?) (remain|remains|remained|stay|stays|stayed) (blocked|closed|cut off|shut)\b`),
  T('roadblock', 'weak', String.raw`\b(keep|keeps|kept|keeping) (the |a |main |key )?(\S+ ){0,2}(roads?|highways?|bridges?|routes?|access|border crossings?)( \S+){0,3} (blocked|closed|shut|cut off)\b`),
  T('roadblock', 'weak', String.raw`\bblock(s|ed|ing)? (off )?(the |a |main |key |several |all )?(\S+ ){0,2}(roads?|highways?|corridors?|bridges?|railways?|rail line|airports?|border crossings?|access|routes?|streets|avenues|pan-american|panamericana|interoceanica)\b`),
  T('roadblock', 'strong', String.raw`\b(cortan|cortaron|cortaban|cortando|corte de) (la |las |el )?(ruta|rutas|calle|calles|avenida)\b`),
  // (Works cut a road too: a cut named by a noun needs protest context.)
  T('roadblock', 'weak', String.raw`\bcortes? (total(es)? |parcial(es)? )?(en|de) (la |el |las |los )?(ruta|rutas|autopista|puente|acceso|accesos|panamericana)\b`),
  // (Streets are closed for parades and festivals too: closing them is a blockade only with protest context.)
  T('roadblock', 'weak', String.raw`\b(cierran|cerraron|cierre de) (la |las |el )?(calle|calles|avenida|avenidas)\b`),
  T('roadblock', 'strong', String.raw`\b(roadblocks?|blockades?|blockaded|blockading|barricades?|barricaded)\b`),
  T('roadblock', 'weak', String.raw`\b(shut|shuts|shutting|seized?|seizing|took over|stormed) (down )?(the )?(\S+ ){0,2}(border crossing|crossing|road|highway|bridge|airport)\b`),
  // strike
  T('strike', 'strong', String.raw`\bhuelgas?\b`),
  T('strike', 'strong', String.raw`\b(paros?|paralizacion|paralizaciones) (nacional|nacionales|regional|regionales|indefinid[oa]s?|general|agrari[oa]s?|de transportistas|de transporte|macrorregional|macro regional|mineros?|docentes?|de docentes|medicos?|de brazos caidos|cocaleros?|civicos?|de \d+ horas|de (24|48|72) horas|provincial|distrital|de 24|de 48|de 72)\b`),
  T('strike', 'strong', String.raw`\b(acatan|acata|acataron|cumplen|cumple|inician|inicia|iniciaron|levantan|levanta|levantaron|suspenden|suspendieron|convocan|convoca|anuncian|anuncia|radicalizan|mantienen|acatamiento del|dia de|jornada de|se pliegan al|se suman al|en) (el |un |una |la |su |al )?(paro|huelga)\b`),
  T('strike', 'strong', String.raw`(^|: )paros? en `),
  // "acatan la medida" (the strike the item is about), a weak word: it needs people acting.
  T('strike', 'weak', String.raw`\b(acatan|acata|acataron|acatando|se pliegan a|se plegaron a|se suman a|se sumaron a) (la |esta |dicha )?medida( de (fuerza|lucha|protesta))?\b(?! (cautelar|judicial|de (prision|aislamiento|cuarentena|inmovilizacion|emergencia)))`),
  T('strike', 'strong', String.raw`\b(cerrad[oa]s|paralizad[oa]s?|vacios|vacias) (\w+ ){0,3}(por|durante) (el |la |un |una )?(paro|huelga)\b|\b(shut|closed|shuttered) (\w+ ){0,3}(by|during|for) (the |a )?(\w+ )?(strike|walkout)\b`),
  T('strike', 'weak', String.raw`\bparos?\b|\b(paran|pararon)\b|\bparalizacion\b|\bparalizan\b|\bparalizaron\b|\bparalizado\b|\bparalizada\b`),
  T('strike', 'strong', String.raw`\b(general|national|nationwide|regional|indefinite|transport|teachers'?|miners'?|truckers'?|doctors'?|nurses'?|workers'?|port|dock|public[- ]sector|\d+-hour|one-day|two-day|three-day|civic|agrarian|farmers'?|rail|bus) strikes?\b`),
  T('strike', 'strong', String.raw`\b(indefinite|general|national|nationwide|regional|civic|province-wide|region-wide|\d+-hour|one-day|two-day|three-day) (stoppages?|shutdowns?)\b`),
  T('strike', 'strong', String.raw`\b(on strike|strike action|strikers|walkouts?|work stoppages?|walk(ed|s|ing)? off the job|walk(ed|s|ing)? out\b(?! of)|picket lines?|down(ed|s)? tools|laid down (their )?tools)\b`),
  T('strike', 'weak', String.raw`\b(halt|halts|halted|suspend|suspends|suspended|stop|stops|stopped) (their |its )?(service|services|work|working|classes)\b|\bno (salen|salieron) a (trabajar|laborar|circular)\b|\b(dejan|dejaron) de (trabajar|laborar|circular)\b|\b(suspenden|paralizan|suspendieron|paralizaron) (sus )?labores\b|\b(cierran|cerraron) sus (puertas|negocios|tiendas|comercios)\b|\b(bajan|bajaron|bajaban) (sus |las )?(persianas|cortinas|santamarias|rejas)\b|\bno (circulan|circularon)\b`),
  T('strike', 'strong', String.raw`\b(workers|unions?|teachers|miners|drivers|operators|employees|staff|doctors|nurses|dockworkers|truckers|farmers|truck drivers) (\w+ ){0,2}(strike|strikes|struck|striking)\b`),
  T('strike', 'weak', String.raw`\b(strikes?|striking|stoppages?)\b`),
  // demonstration
  T('demonstration', 'strong', String.raw`\b(plantones|planton|cacerolazos?)\b|\b(marchan|marcharon|marcharan|marchar) (de forma pacifica |pacificamente )?(contra|por|hacia|hasta|en|desde)\b|\bmarcha (pacifica|de protesta|funebre|de antorchas|contra)\b|\bmarchas? (en|por|contra|hacia|desde|hasta)\b|\bconvoca(n|ron)? a (marchas?|una marcha|movilizacion(es)?|una movilizacion)\b`),
  // Protesting as a verb, with where or what against ("protestan frente a", "se manifiestan contra", "rallied against"; a
  // noun after an article or "for", "braces for new protests against", is no action).
  T('demonstration', 'strong', String.raw`\b(protestan|protestaron|(manifiestan|manifestaron|movilizan|movilizaron)(?<=\bse \w+)) (de forma pacifica |pacificamente )?(contra|por|hacia|hasta|en|desde|frente a|ante)\b|\b(rally|rallied|march|marched|protested|demonstrated)(?<!\b(a|an|the|new|for|of|fresh|more|planned|possible|another|to|will|would|may|could|plan|plans) \w+) (against|in support of|in solidarity with|to demand|demanding)\b`),
  T('demonstration', 'strong', String.raw`(^|: )(protestas?|protests?|manifestacion|manifestaciones|movilizacion) (at|in|outside|en|frente a|contra|against) |^(\S+: )?marcha (de|del) (la|los|las) |^(\S+: )?marchas? del (\S+ ){1,3}(en|por|contra|hacia|recorre|termina|reune)\b|\b(marcha|marchas|movilizacion)( de (?!(las |los )?(bandas|escolar\w*|civic\w*|militar\w*|nupcial|atletic\w*|colegios))(\w+ ){0,2}\w+)? (que )?(recorre|recorren|recorrio|recorrieron|avanza|avanzan|avanzo|llega|llegan|llego|parte|partio)\b|\bcaravana (que )?(recorre|recorren|recorrio|recorrieron|avanza|avanzan|avanzo|llega|llegan|llego|parte|partio)\b`),
  T('demonstration', 'weak', String.raw`\b(jornada de (lucha|protesta)|se apostaron|apostados|se encadenaron|encadenados|chain(ed)? themselves|gather|gathers|gathered|gathering|converge|converged|converging|congregated|picket|picketed|picketing|recorren|recorrieron|caminaron|caminata|se concentran|se concentraron|se plantan|se plantaron|salen a las calles|salieron a las calles|toman las calles|tomaron las calles|took to the streets|take to the streets|taking to the streets|hit the streets|hits the streets|hitting the streets|massed|demonstrated|demonstrating|walked through|paraded through)\b`),
  T('demonstration', 'strong', String.raw`\b(stage[sd]?|staging|held|holds?|holding) (a |an )?(\w+ ){0,2}(protests?|rally|rallies|demonstrations?|marches|march|sit-ins?)\b`),
  T('demonstration', 'weak', String.raw`\bse (reunen|reunieron|congregan|congregaron|juntan|juntaron) (en la plaza|frente a|frente al|para (exigir|pedir|protestar|reclamar|rechazar|demandar))\b`),
  // Marches named by what people do: walk the streets, fill a square, bang pots, camp or spend the night outside.
  T('demonstration', 'purpose', String.raw`\b(caminan|caminaron|caminaban|walk|walks|walked|walking) (\w+ ){0,2}(por (las calles|el centro|la avenida|la paz|la vida|justicia)|hasta|hacia|through|down|along|from)\b|\b(colman|colmaron|llenan|llenaron|abarrotan|abarrotaron|repletan|fill|fills|filled|flood|floods|flooded|pack|packs|packed|throng|thronged|pour(ed)? into) (\S+ ){0,2}(calles|plaza|plazas|avenida|alameda|streets|squares?|avenues?|plaza)\b`),
  T('demonstration', 'strong', String.raw`\b(golpeando|golpean|golpearon|hacen sonar|hicieron sonar|haciendo sonar) (\w+ ){0,1}(ollas|cacerolas|cacerolas vacias)\b|\b(bang|bangs|banged|banging) (\w+ ){0,2}(pots|pans)\b|\bdie-ins?\b`),
  T('demonstration', 'purpose', String.raw`\b(pasan|pasaron|pasaran) la noche (frente|en las puertas|a las puertas|afuera|fuera|en vigilia)\b|\b(camp|camps|camped|camping) (out )?(outside|in front of)\b|\b(pitch|pitched|pitching|set up|sets up|setting up) (\w+ ){0,2}(tents|protest camp|camp|encampment)\b|\b(instalan|instalaron|instala|levantan|levantaron|arman|armaron) (un |una |sus )?(campamento|carpas|carpa|planton)\b`),
  T('demonstration', 'purpose', String.raw`\b(turn(s|ed|ing)? out (in|for|to|against|at|outside)|acampan|acamparon|acampando|acampaban|(dan|dieron) cita(?<=\bse \w+ cita))\b`),
  // People who settle in a square or before a building ("se instalan en la plaza San Martín").
  T('demonstration', 'weak', String.raw`\b(instalan|instalaron|instala|instalo)(?<=\bse \w+) (en la plaza|en las afueras|en los exteriores|frente a|frente al|a las puertas|en las puertas)\b`),
  // Banners and flags carried or waved ("con pancartas frente a la fiscalía", "women wave wiphalas outside Congress").
  // (It begins at the noun, the rarer word, for its gate.)
  T('demonstration', 'weak', String.raw`\b(pancartas|banderolas|carteles|wiphalas|banners|placards|wiphala flags)\b(?<=\b(con|portando|portaban|llevando|agitando|enarbolando|carrying|holding|waving|wave|waved) (\w+ ){0,2}\w+( flags)?)`),
  T('demonstration', 'weak', String.raw`\blevantamiento (indigena|popular|nacional|campesino)\b`),
  T('demonstration', 'strong', String.raw`\bsit-ins?\b|\bayuno-*|\bvigilias?\b|\bvelaton(es)?\b|\bvigils?\b|\bcandlelight\b`),
  T('demonstration', 'weak', String.raw`\b(marcha|marchas|marchan|marcharon|marchaban|marchando|marchara|marcharan|movilizacion|movilizaciones|se movilizan|se movilizaron|protestaban|protestando|manifestacion|manifestaciones|se manifiestan|se manifestaron|protesta|protestas|protestan|protestaron|planton|plantones|cacerolazos?|mitin|mitines|concentracion|caravana|sentada|vigilia|vigilias|cortejo funebre|marcha funebre|feretros|ataudes|toma (pacifica )?(del|de la|de los) (campus|universidad|local|rectoria|facultad|colegio|sede|edificio|oficinas))\b`),
  T('demonstration', 'weak', String.raw`\b(toman|tomaron|toma|ocupan|ocuparon|ocupa|mantienen tomad[oa]) (la |el |las |los )?(mina|minas|campamento|campamentos|instalaciones|universidad|campus|plaza|local|locales|pozos?|lotes?|gobernacion|estacion|sede|edificio|oficinas|municipalidad|fundos?|haciendas?)\b|\b(occupy|occupied|occupying|took over) (the |a )?(\S+ ){0,2}(mine|campus|university|universities|schools?|high schools?|square|oil field|facilities|plant|farms?|offices?|buildings?|headquarters|ministry|town hall|city hall|cathedral|church)\b|\b(toman|tomaron|ocupan|ocuparon) (\w+ ){0,2}(colegios|escuelas|liceos|universidades|iglesia|catedral)\b`),
  T('demonstration', 'weak', String.raw`\b(protest|protests|protested|protesting|protesters?(?!['’])|demonstrations?|demonstrators?(?!['’])|demonstrated against|march|marches|marched|marching|marchers|rally|rallies|rallied|sit-ins?|vigils?|funeral (march|procession)|coffins|mourners|caravans?|occupation of)\b`),
];

/** What a protest is for: demands, what it is against or in support of, its slogans, banners and candles, or the institution
 *  it stands before (a ministry, a congress, a court). */
export const PURPOSE = /\b(exig\w+|reclam\w+|demand\w*|piden|pidieron|pidiendo|contra|against|en rechazo|rechaz\w+|en protesta|protest\w*|renuncia|resign\w*|justicia|justice|en defensa|in defen[cs]e|in support|en apoyo|por la paz|for peace|consignas|arengas|chant\w*|slogans|pancartas|banners|placards|wiphalas?|marcha|marchas|marchers|march|manifestantes|moviliz\w*|huelga|paro|strike|cacerol\w*|vigil\w*|crespones|velas|antorchas|candles|torches|banderas blancas|white flags|respald\w+|to back|backing|supporting|apoyar)\b|\b(frente a|frente al|ante|a las puertas de|en las puertas de|outside|in front of|at the gates of) (la |el |los |las |the )?(sede (de|del) )?(ministerio|ministry|congreso|congress|parlamento|parliament|palacio|palace|casa de gobierno|la moneda|gobernacion|prefectura|municipalidad|alcaldia|city hall|town hall|fiscalia|tribunal|corte|court|embajada|embassy|legislatura|legislature|asamblea)/;

/** Funeral and vigil words: the deaths the item mentions belong to an earlier incident. */
export const COMMEMORATION = rx(String.raw`\b(feretros|ataudes|velatorio|sepelio|sepelios|cortejo funebre|marcha funebre|vigilia|vigilias|homenaje|misa|velas|coffins|funeral|funerals|vigils?|mourners|memorial|tribute)\b`);

/**
 * Clauses about another (earlier) incident: blanked from the match to the end of its sentence before classifying
 * and counting, so that the deaths in them neither make the item a repression nor count as its toll.
 */
export const BACKGROUND: RegExp[] = [
  rx(String.raw`\b((un|dos|tres) dias?|horas|dias|semanas) despues de que [^.;\n]*`),
  rx(String.raw`\bdespues de que [^.;\n]*`),
  rx(String.raw`\b(tras|luego de|a un mes de|a \w+ meses de|en el aniversario de) la muerte de [^.;\n]*`),
  rx(String.raw`\b(en rechazo|en protesta|protesta|en repudio) (a|por|contra) (las|la) (muertes?|masacre)[^.;\n]*`),
  rx(String.raw`\bpor las muertes[^.;\n]*`),
  rx(String.raw`\ben (memoria|homenaje) (de|a) [^.;\n]*`),
  rx(String.raw`\bafter the (first )?(death|killing)s?[^.;\n]*`),
  rx(String.raw`(?<=\b(a|por|tras|en|de) )(los |las |un |una )?(\w+ )?(dias|semanas|meses|mes|anos|ano|aniversario) de la (masacre|matanza|muerte)[^.;,\n]*`),
  rx(String.raw`\b(\w+ )?(years?|months?|weeks?) (after|since) [^.;\n]*(killed|died|death|massacre)[^.;\n]*|\b(anniversary|anniversaries) of [^.;\n]*`),
  rx(String.raw`\bhave been killed [^.;\n]*this year[^.;\n]*`),
];

/** A tally since a date ("67 dead since December", "en lo que va del año"): with a death word, its sentence is no
 *  report of an action (prepare blanks it), and a title that is one makes the item a tally. */
export const TALLY = rx(String.raw`\b(desde (el inicio|diciembre|enero|febrero|marzo|abril|que (comenzaron|empezaron|se iniciaron))|since (the start|december|january|february|march|april|protests began|the unrest began|the protests began)|en lo que va|so far|contabiliza)\b`);
export const DEATHS = /\b(muert\w*|muere|mueren|murio|murieron|fallec\w*|victimas|dead|deaths|killed|died)\b/;

/** Cumulative tolls (national scope, since a date): a sentence holding one of these gives no count for this incident. */
export const CUMULATIVE = rx(String.raw`\b(desde (el inicio|diciembre|enero|febrero|que (comenzaron|empezaron|se iniciaron))|since (the start|december|january|february|protests began|the unrest began|the protests began|april|may)|en todo el pais|en el pais|a nivel nacional|en lo que va|nationwide|across the country|in total|en total|contabiliza ya|so far)\b`);

/** Item-level frames that report no protest action: only a strong trigger in the title overrides them. */
export const NON_ACTION = rx(String.raw`\b(explained|timeline|what we know|opinion|editorial|analysis|analisis|liberan|released|mesa de (dialogo|negociacion)|(reach|reaches|reached|sign|signs|signed) (a )?(\w+ )?(deal|agreement|accord)|firman (un )?acuerdo|talks|negotiators|(meet|meets|met) (with )?(\S+ ){0,2}(negotiators|government|ministers?|officials)|se reunen con|opera con normalidad|estado de emergencia|toque de queda|state of emergency|curfew|fiscalia|fiscal de la nacion|investigacion|investigation|prosecutors?|tribunal|corte suprema|juez|jueza|sentencia|fallo|court|ruling|judge|congreso (aprueba|rechaza|vota|vuelve a rechazar|archiva|debate)|congress (votes?|rejects?|approves?)|votacion|vote|cancelan (el|la) festival|cancelled festival|death toll|toll rises|balance de victimas|cifra de muertos|informe|report|protocolo|protocol|reglamento|encuesta|sondeo|poll|survey)\b|\b(ley|proyecto de ley|norma|decreto) que (sanciona|penaliza|castiga|prohibe|criminaliza|regula)\b|\b(debate|debaten|aprueba|aprueban) (una |la |el |un )?(ley|proyecto|norma)\b|\bbill (to|that|which) (ban|bans|punish|punishes|criminali[sz]es?|outlaws?)\b|\b(ministr[oa]|ministerio|gobierno|presidente|presidenta|premier|alcalde|alcaldesa|gobernador|gobernadora|defensoria|minister|ministry|government|president|mayor|governor|ombudsman)\b( \S+){0,4}? (pide|piden|dice|dicen|advierte|insta|exhorta|descarta|asegura|afirma|defiende|publica|presenta|says|urges|warns|asks|calls on|rules out|vows|defends|unveils|publishes|presents)\b|\b(urges?|urged|insta|instan|exhorta|exhortan|calls on|called on)\b`);

/** Explainers and timelines: a title that is one reports no action, whatever protest words it has. */
export const EXPLAINER = /\b(explained|explainer|timeline|what we know|what to know|lo que (hay que saber|sabemos|se sabe|debes saber)|claves (de|del|para)|cronologia)\b/;

/** Status cues. */
export const STATUS_ENDED = rx(String.raw`\b(levantan|levantaron|levanta|levanto|suspenden|suspendieron|suspende|deponen|depusieron|ponen fin a|pusieron fin a|concluye|concluyo|culmina|culmino|finaliza|finalizo) (el |la |los |las |su |sus )?(paro|huelga|bloqueo|bloqueos|medida|medidas de lucha|protesta|protestas|toma)\b|\b(desbloquean|desbloquearon|restablecen el transito|restablecieron el transito|lift(s|ed|ing)? (the |their |a )?(\w+ )?(strike|blockade|blockades|roadblocks)|end(s|ed)? (the |their |a )?(\w+ )?(strike|blockade|walkout)|call(s|ed)? off (the |their |a )?(\w+ )?(strike|blockade|protest|march))\b`);
export const STATUS_ANNOUNCED = rx(String.raw`\b(convocan|convoca|convocaron a|anuncian|anuncia|anunciaron|anuncio|acataran|iniciaran|realizaran|marcharan|bloquearan|amenazan con|amenazaron con|preparan|alistan|llaman a|convocatoria|a partir del?|desde el proximo|el proximo|will (strike|march|protest|block|hold|stage|begin|start)|plan(s|ned)? (to|a|an)|threat(en|ens|ened) (to|a|an)|(plan(s|ned)?|threat(en|ens|ened)) (\w+ ){0,2}(strikes?|march|marches|protests?|blockades?|walkouts?|rally|rallies)|call(s|ed)? (for )?(a |an )?(\w+ ){0,2}(strike|march|protest|blockade)|call(s|ed)? for (\w+ )?(strikes|marches|protests|blockades|rallies|demonstrations)|announce[ds]?|to (strike|march|protest) on)\b`);
export const ONGOING_ACTION = rx(String.raw`(?<!\b(will|to|plan|plans|planned|threaten|threatens|threatened|may|could|would) )\b(march|marches|rally|rallies|walk off|walk out|take to the streets)\b|\b(acatan|acata|marchan|marcharon|bloquean|bloquearon|queman|quemaron|incendian|incendiaron|se enfrentan|enfrentamientos|cumplen|continua|continuan|prosigue|siguen|segundo dia|tercer dia|cuarto dia|march(ed|ing)|block(ed|ing)|clash(ed|es)|walked off|shut(s)? down|paralyzes|paralyses|stranded|varados|paralizado|paralizada)\b`);

/** Deaths of security forces (caused by protesters: a clash, not a repression). */
export const SECURITY_DEATH = rx(String.raw`\b(policias?|agentes?|suboficial(es)?|efectivos?( policial(es)?)?|soldados?|militar(es)?|carabineros?) (\w+ ){0,2}(muere|murio|mueren|murieron|fallecio|fallecieron|asesinad[oa]s?|quemad[oa]s?|calcinad[oa]s?|linchad[oa]s?)\b|\b(mueren|murieron|muere|murio) (\w+ ){0,2}(policias?|agentes?|soldados?|militares?)\b|\b(police officers?|policem[ae]n|officers?|soldiers?|troops?) (\w+ ){0,2}(?<!\b(shoot|shoots|shot|shooting|gun|guns|gunned) )(killed(?! (?!by\b)(\S+ ){0,2}(protesters|demonstrators|people|civilians|residents|villagers|students|farmers|marchers|men|women|teenagers|youths|miners))|dead|burned to death|burnt to death|died|dies|lynched|beaten to death)\b`);

/** A protest the text calls peaceful: force against it with casualties is excessive force (a repression). */
export const PEACEFUL = /\b(pacifica|pacificas|pacifico|pacificos|pacificamente|peaceful|peacefully|sin violencia|non-violent|nonviolent)\b/;
/** Violence by protesters: with it, force against a protest is a confrontation. */
export const PROTESTER_VIOLENCE = /\b(piedras|pedradas|hondas|hondazos|molotov|petardos|palos|enfrentamientos?|se enfrentaron|se enfrentan|choques|quemaron|incendiaron|saquearon|atacaron|agredieron|stones|rocks|fireworks|clash\w*|hurl\w*|threw|throwing|torched|looted|attacked|fought|scuffle\w*|skirmish\w*|forceje\w*|empujones)\b|\b(officers?|policemen|policias?|agentes|carabineros|soldiers|soldados|militares|uniformados|efectivos) (\w+ ){0,3}(injured|wounded|hurt|heridos?|lesionados?)\b/;

/** Shooters who are not security forces: gunfire on protesters by them is a clash, not a repression. */
export const CIVILIAN_SHOOTERS = rx(String.raw`\b(civiles armados|hombres armados|grupos armados|sicarios|gunmen|armed civilians|armed men|armed groups)\b`);
