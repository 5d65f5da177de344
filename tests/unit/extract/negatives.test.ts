import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const at = (title: string, summary = '') => normalize({ title, summary, published: '2023-03-08T10:00:00-05:00' });

// Trigger words in other senses and protest-adjacent news that reports no protest action (eval README).
const NEGATIVES: [string, string?][] = [
  ['Exalcalde de Huancayo murió de un paro cardíaco'],
  ['Un paro cardiorrespiratorio acabó con la vida del cantante en Arequipa'],
  ['La tasa de paro juvenil sube dos puntos en el último trimestre'],
  ['El paro en España baja en 50.000 personas en marzo'],
  ['El paro carbonero vuelve a anidar en los parques'],
  ['Bancos anuncian bloqueo de cuentas inactivas desde abril'],
  ['¿Te bloquearon la tarjeta? Así puedes recuperarla'],
  ['Alianza Lima y Universitario se enfrentan en el clásico del domingo', 'El partido se jugará en el estadio Nacional.'],
  ['Perú enfrenta a Chile por las Eliminatorias en Lima'],
  ['Ace strikes out ten as Yankees beat Red Sox'],
  ['Bowler rolls three straight strikes to win the final'],
  ['Israeli airstrike hits building in Gaza'],
  ['Drone strike kills militant commander'],
  ['Miner strikes supply deal with Chinese smelter'],
  ['Mining company strikes water-sharing deal with Apurímac communities', 'The agreement commits the company to build two reservoirs.'],
  ['Why March is the best month to hike the Inca Trail'],
  ['Prices fell in March, statistics office says'],
  ['Anuncian la puesta en marcha del nuevo hospital de Juliaca'],
  ['El nuevo sedán con caja de seis marchas llega a Lima'],
  ['Miles presencian la toma de posesión del nuevo alcalde de Cusco'],
  ['Huaico bloquea la Carretera Central a la altura de Matucana', 'Cientos de vehículos quedaron varados por el deslizamiento.'],
  ['Landslide blocks highway between Cusco and Puno'],
  ['Gobierno declara estado de emergencia en Lima y Callao por 60 días'],
  ['Government extends curfew in Puno for another week'],
  ['Tribunal Constitucional falla a favor del Congreso'],
  ['Fiscalía abre investigación por las muertes en las protestas de Juliaca'],
  ['Congreso rechaza adelanto de elecciones por tercera vez'],
  ['Defensoría: la cifra de muertos en las protestas se eleva a 67 desde diciembre'],
  ['Death toll in Peru protests rises to 60'],
  ['Cancillería entrega nota de protesta a embajador de México'],
  ['Peru lodges formal protest with Honduras'],
  ['Riot Games anuncia nuevo campeonato en Lima'],
  ['Police unveil new riot-control vehicles in Lima'],
  ['Startup demonstrates solar pumps in Arequipa villages'],
  ['Copper rallies on strong demand from China'],
  ['Dakar rally crosses the Ica desert'],
  ['Incendio forestal consume 200 hectáreas en Cusco'],
  ['Cusco: cierran calles por la procesión del Señor de los Temblores'],
  ['Policía captura a banda de extorsionadores y detiene a diez personas en Trujillo'],
  ['Caravana de autos clásicos recorre Trujillo por la Feria de la Primavera'],
  ['Congress marches toward a government shutdown'],
  // Wording of their own for the error classes of the fresh labelled set (tests/fixtures/labelled/fresh-*.jsonl).
  ['Ecuador: CONAIE anuncia movilizaciones desde el lunes en Quito'],
  ['Opposition calls for protests across Chile on Saturday'],
  ['Rights group counts 31 dead since January in Bolivia unrest', 'Most died in clashes with police at roadblocks, the report said.'],
  ['Interior minister urges regions not to travel to the capital for Thursday march', 'He said police would not allow roads to be blocked.'],
  ['Ministerio publica reglamento de huelgas en el sector salud'],
  ['Fiscalía acusa a dos policías por disparos contra manifestantes en 2020'],
  ['Amnesty report documents excessive force in protest crackdown'],
  ['Diputados debaten proyecto de ley que sanciona los bloqueos de vías'],
  ['Hinchas se enfrentan a la policía tras el clásico en Cusco'],
  ['Fans clash with police after the derby in Santiago'],
  ['Protestas en Bolivia: lo que hay que saber'],
  ['Copper output falls as blockades hit the mining corridor'],
  ['Maestros y Gobierno llegan a un acuerdo y se evita la huelga'],
  ['Encuesta: la mayoría rechaza los bloqueos de carreteras'],
  ['Supreme Court jails rioters who stormed Congress in 2023'],
  ['UN experts urge Bolivia to end excessive force against protesters'],
  ["Protesters' families demand justice two years after the Ayacucho deaths"],
];

describe('items that report no protest event', () => {
  for (const [title, summary] of NEGATIVES) {
    it(title, () => {
      expect(at(title, summary)).toBeNull();
    });
  }

  it('returns null for an item with no text', () => {
    expect(normalize({ title: '   ', summary: '' })).toBeNull();
  });
});

describe('calls to march', () => {
  it('are announced events (issue #3: "convocan" is status announced), and a march reported as held is ongoing', () => {
    expect(at('Colectivos convocan a marcha este jueves en Lima')).toMatchObject({ type: 'demonstration', status: 'announced' });
    expect(at('La CGTP convocó a una marcha que recorrió el centro de Lima')).toMatchObject({ type: 'demonstration', status: 'ongoing' });
  });
});

describe('protest words that only name protests', () => {
  it('are no context for themselves, but are for violent words and casualties', () => {
    expect(at('Bolivia braces for a new wave of protests in La Paz this week')).toBeNull();
    expect(at('Buses torched in Cochabamba as fuel protests turn violent')?.type).toBe('riot');
    expect(at('Dos fallecidos durante las protestas del lunes en Ayaviri')?.killed).toBe(2);
  });
});
