// Place names that are also common words or people's names in news text (folded keys). A match of one of these
// counts only when it is written capitalized as a name and the text also names its region or country.

export const COMMON_NAMES = new Set<string>([
  // Spanish and English words
  'ate', 'arma', 'balsas', 'barranco', 'caja', 'calzada', 'canta', 'casa grande', 'centenario', 'chupa', 'circa',
  'ciudad nueva', 'colonia', 'comas', 'concordia', 'copa', 'crucero', 'cruz blanca', 'cuenca', 'el alto', 'el carmen',
  'el descanso', 'el dorado', 'el ingenio', 'el milagro', 'el oro', 'el porvenir', 'el prado', 'el rosario',
  'esperanza', 'florida', 'granada', 'habana', 'imperial', 'independencia', 'indiana', 'ingenio', 'la arena',
  'la banda', 'la brea', 'la capilla', 'la cruz', 'la cuesta', 'la curva', 'la esmeralda', 'la esperanza',
  'la florida', 'la joya', 'la mar', 'la matanza', 'la merced', 'la pampa', 'la perla', 'la primavera', 'la punta',
  'la union', 'la victoria', 'laberinto', 'llama', 'lucre', 'mala', 'manta', 'marca', 'marco', 'mariposa', 'mato',
  'mito', 'molino', 'moro', 'mosca', 'coca', 'nueve de julio', 'pampas', 'paca', 'pausa', 'pira', 'progreso', 'providencia',
  'pueblo libre', 'pueblo nuevo', 'puente piedra', 'puerto rico', 'punta negra', 'quince mil', 'recta', 'remanso',
  'roble', 'rosario', 'santa', 'sauce', 'tambo', 'tigre', 'toro', 'totora', 'trinidad', 'tres de diciembre',
  'venecia', 'vice', 'vista alegre', 'dos de mayo', 'castilla', 'resistencia', 'corrientes', 'misiones', 'formosa',
  'salta', 'natal', 'palmas', 'acre', 'bahia', 'para', 'concepcion', 'victoria', 'vitoria', 'belem', 'santos',
  'bello', 'la paz', 'florencia', 'armenia', 'magdalena', 'meta', 'cesar', 'la libertad', 'mi peru', 'amazonas',
  // people's names
  'santiago', 'san martin', 'bolivar', 'sucre', 'grau', 'maria', 'salvador', 'guerrero', 'hidalgo', 'morelos',
  'leon', 'mendoza', 'orellana', 'zamora', 'ibarra', 'gamarra', 'navarro', 'montero', 'melgar', 'san juan',
  'san luis', 'san pedro', 'san pablo', 'san jose', 'san miguel', 'santa rosa', 'santa cruz', 'santa maria',
  'santa ana', 'santa lucia', 'santo domingo', 'san francisco', 'san antonio', 'san isidro', 'san carlos',
  'san cristobal', 'san jeronimo', 'san andres', 'santa fe', 'santa elena', 'santa catalina', 'juan guerra',
  'tupac amaru', 'manco capac', 'jesus maria',
]);

// Names of world.json (countries and cities outside the eight covered countries) that are also common words or
// people's names in English or Spanish: they count only written capitalized and with their country named as well
// ("Nice, France", "Jordan's capital Amman" does not make "Jordan" count alone). Folded keys.
export const WORLD_COMMON_NAMES = new Set<string>([
  // countries
  'jersey', 'guernsey', 'guinea', 'dominica', 'martinique',
  'reunion', 'montserrat', 'christmas island', 'norfolk island',
  // cities
  'victoria', 'kingston', 'hamilton', 'male', 'georgetown', 'nice', 'split', 'reading', 'mobile', 'concord', 'phoenix',
  'orange', 'bath', 'sale', 'hull', 'derby', 'lincoln', 'jackson', 'austin', 'charlotte', 'columbus', 'florence',
  'roma', 'colon', 'moroni', 'nassau', 'praia', 'valencia', 'medina', 'mecca',
  'memphis', 'troy', 'alexandria', 'cambridge', 'oxford', 'bristol', 'wellington', 'marion',
  'independence', 'liberty', 'providence', 'richmond', 'aurora', 'paradise', 'hope', 'march', 'mesa', 'leon',
  'irvine', 'orlando', 'houston', 'dallas', 'tamale', 'fez', 'santiago',
  // (Australia's Newcastle is in world.json, England's is not: the name alone is either. The package's Arak and
  // Al Hillah are small Algerian and Saudi towns, the news' are Iran's and Iraq's cities; Constantine is a name.)
  'newcastle', 'arak', 'al hillah', 'constantine',
]);
