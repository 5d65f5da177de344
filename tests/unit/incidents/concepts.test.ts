// Spanish and English words of one meaning share a concept token, so that two outlets' reports of one event share
// content even when they share no word.
import { describe, expect, it } from 'vitest';
import { contentTokens } from '../../../lib/incidents/text';

const shared = (a: string, b: string) => [...contentTokens(a)].filter((t) => contentTokens(b).has(t));

describe('cross-language concepts', () => {
  it.each([
    ['Sube a 18 la cifra de fallecidos', 'Death toll rises to 18', ['~death', '~toll', '~rise']],
    ['Enfrentamientos dejan 30 heridos', 'Dozens hurt as protesters clash', ['~injured', '~clash']],
    ['Policía deja heridos a 12 manifestantes', 'Riot police injure a dozen protesters', ['~injured']],
    ['Policía abrió fuego contra la marcha', 'Police opened fire on marchers', ['~gunfire', '~march']],
    ['Prendieron fuego a la comisaría', 'Crowd set fire to police station', ['~burn', '~policestation']],
    ['Bloquean la vía férrea con rieles arrancados', 'Protesters block the rail tracks', ['~blockade', '~railway']],
    ['Comuneros cortan la ruta 9', 'Communities block the road', ['~blockade', '~road', '~community']],
    ['Toman el aeropuerto', 'Protesters seize the airport', ['~occupation', '~airport']],
    ['Cortejo fúnebre con los deudos', 'Mourners join the funeral procession', ['~funeral']],
    ['Movilización de docentes', 'Teachers rally', ['~march', '~teacher']],
    ['Defensoría confirma víctimas', 'Ombudsman confirms victims', ['~ombudsman', '~victim']],
    ['Policía detuvo a 33 personas', 'Police detain 33', ['~detained']],
    ['Dispersan con rochabús y tanquetas', 'Water cannon and armoured vehicles disperse crowd', ['~watercannon', '~armoured', '~dispersal']],
    ['Gases lacrimógenos en la plaza', 'Police tear-gassed the square', ['~teargas', '~square']],
    ['Paro nacional contra la reforma tributaria', 'Nationwide strike against tax reform', ['~national', '~strike', '~tax']],
    ['Exigen la renuncia de la presidenta y nuevas elecciones', 'Protesters demand resignation and new elections', ['~resignation', '~election']],
    ['Turistas varados por el bloqueo', 'Tourists stranded by the blockade', ['~tourist', '~stranded', '~blockade']],
    ['Marcha por el centro y la avenida Abancay', 'March through downtown and along Abancay avenue', ['~march', '~center', '~street']],
    ['Marchan por el jirón Lampa', 'Marchers fill the streets', ['~march', '~street']],
    ['Cocaleros y pescadores se suman', 'Coca growers and fishermen join', ['~coca', '~fisher']],
    ['Camioneros bloquean con llantas quemadas', 'Truckers block roads with burning tyres', ['~truck', '~blockade', '~tyre', '~burn']],
    ['Mineros lanzan dinamita y petardos', 'Miners hurl dynamite and firecrackers', ['~miner', '~dynamite', '~firework']],
    ['Toman el oleoducto y la planta de petróleo', 'Protesters seize the pipeline and oil facility', ['~occupation', '~pipeline', '~oil']],
    ['Choques en el centro', 'Scuffles downtown', ['~clash', '~center']],
    ['Bloqueadores cortan la vía', 'Protesters man roadblocks on the highway', ['~blockade', '~road']],
    ['Cientos intentaron ingresar a la pista', 'Hundreds tried to storm the runway', ['~hundreds', '~attempt', '~storm']],
    ['Miles marchan; decenas de heridos', 'Thousands march; dozens hurt', ['~thousands', '~march', '~dozens', '~injured']],
    ['Lanzaron piedras contra la multitud', 'Threw stones at the crowd', ['~throw', '~stone', '~crowd']],
    ['Un hombre de 62 años murió por impacto de bala', '62-year-old man shot dead', ['~man', '~age', '~gunfire', '~death']],
    ['Incendian el edificio', 'Building set ablaze', ['~building', '~burn']],
    ['Toman el aeropuerto en la madrugada', 'Protesters take over the airport overnight', ['~occupation', '~airport', '~dawn']],
    ['Bloquean la Panamericana Sur', 'Protesters block the Pan-American Highway in the south', ['~blockade', 'paname', '~south']],
    ['Marcha pacífica contra el alza del pasaje', 'Peaceful march against the fare rise', ['~peaceful', '~march', '~fare']],
    ['Exigen liberar a los civiles', 'Demand the release of civilians', ['~demand', '~civilian']],
    ['Disparan balas de goma', 'Police fired rubber bullets', ['~gunfire', '~rubber']],
    ['Batalla campal frente a la Cámara de Diputados por la reforma previsional', 'Street battles outside the lower house over pension overhaul', ['~clash', '~congress', '~reform', '~pension']],
    ['Legisladores suspenden la votación', 'Lawmakers suspend the vote', ['~lawmaker', '~vote']],
    ['Comuneros toman la municipalidad y derriban la puerta', 'Villagers occupy the town hall and break down the gate', ['~cityhall', '~gate', '~occupation']],
    ['Retienen a dos periodistas', 'Two journalists held hostage', ['~journalist', '~hostage']],
    ['Usaron gas pimienta y munición letal', 'Police used pepper spray and live ammunition', ['~teargas', '~gunfire']],
    ['Queman el peaje y levantan barricadas con fogatas', 'Toll booth burned, barricades and bonfires', ['~tollbooth', '~blockade', '~bonfire', '~burn']],
    ['Cacerolazo de mujeres por el agua', 'Women bang pots over water', ['~pots', '~women', '~water']],
    ['Productores de arroz bloquean', 'Rice growers block roads', ['~farmer', '~blockade']],
    ['Encapuchados rompen la valla y rodean la patrulla', 'Hooded men break the fence and surround a patrol car', ['~hooded', '~break', '~fence', '~surround', '~patrol']],
    ['Testigos denuncian que grupos armados dispararon', 'Witnesses accused armed groups of firing', ['~witness', '~accuse', '~armed', '~group']],
    ['Familiares de desaparecidos exigen justicia', 'Relatives of the missing demand justice', ['~family', '~missing', '~demand']],
    ['Los bloqueadores se mantienen en la vía principal por segundo día', 'Blockaders keep the main road shut for a second day', ['~remain', '~main', '~second', '~blockade', '~road']],
    ['Herido en el tórax y la cabeza, fue atendido en el hospital', 'Hit in the chest and head, he was treated at hospital', ['~chest', '~head', '~treated', '~hospital']],
    ['Aimaras llegan a Lima y llenan la plaza', 'Aymara protesters arrive in Lima and fill the square', ['~aymara', '~arrive', '~fill', '~square']],
    ['Marchan en defensa del órgano electoral; la jornada transcurrió en calma', 'March to defend the electoral body ended calmly', ['~march', '~defend', '~election', '~peaceful']],
  ])('%s ~ %s', (es, en, concepts) => {
    expect(shared(es, en).sort()).toEqual(expect.arrayContaining(concepts));
  });

  it('reads "vía férrea" as the railway, not a road', () => {
    expect(contentTokens('Bloquean la vía férrea').has('~road')).toBe(false);
    expect(contentTokens('Bloquean la vía férrea').has('~railway')).toBe(true);
    expect(contentTokens('Bloquean la vía a Desaguadero').has('~road')).toBe(true);
  });

  it('does not read "open fire" as a fire, nor a fire as gunfire', () => {
    expect(contentTokens('Soldiers open fire on crowd').has('~burn')).toBe(false);
    expect(contentTokens('Fire guts historic building').has('~gunfire')).toBe(false);
  });
});

describe('generic words', () => {
  it('drops the names of the countries, as it drops the place names: every report of one country has them', () => {
    for (const t of ["Bolivia's", 'bolivianos', 'Ecuadorean', 'ecuatorianos', 'Colombian', 'chilenos', 'Argentine', 'mexicanos', 'Brazilian', 'brasileños', 'Peru']) {
      expect(contentTokens(`${t} strike`)).toEqual(new Set(['~strike']));
    }
  });
});
