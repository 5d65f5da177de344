// A two-way language guess (es/en) for items whose feed does not say, from common function words.

const ES = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'en', 'y', 'que', 'por', 'con', 'para', 'una', 'un', 'se', 'tras', 'contra', 'sin']);
const EN = new Set(['the', 'of', 'in', 'and', 'to', 'a', 'on', 'at', 'for', 'with', 'as', 'after', 'over', 'by', 'from', 'is', 'are']);

/** "es" or "en" by which language's function words the folded text has more of; "es" on a tie. */
export function guessLanguage(folded: string): 'es' | 'en' {
  let es = 0;
  let en = 0;
  for (const w of folded.split(/[^a-z]+/)) {
    if (ES.has(w)) es++;
    if (EN.has(w)) en++;
  }
  return en > es ? 'en' : 'es';
}
