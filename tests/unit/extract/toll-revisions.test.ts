// An English toll revision of one place's incident ("Death toll in Peru's Juliaca rises to 17") is a report of that
// incident with its revised figure; a country's or a disaster's toll is not. Probe headlines written for this test.
import { expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';

const ev = (title: string, summary = '') => normalize({ title, summary, published: '2023-01-10T12:00:00-05:00' });

it('a town\'s death toll that rises, with protest context, is a repression with the revised figure', () => {
  const ilave = ev("Death toll in Peru's Ilave rises to nine as wounded protesters die");
  expect([ilave?.type, ilave?.killed, ilave?.admin1]).toEqual(['repression', 9, 'Puno']);
  const huancavelica = ev('Huancavelica death toll climbs to four', 'Two more men shot when police fired on marchers died in hospital.');
  expect([huancavelica?.type, huancavelica?.killed, huancavelica?.admin1]).toEqual(['repression', 4, 'Huancavelica']);
});

it('no event: a country\'s or a nation\'s tally, or a toll with no protest in it', () => {
  expect(ev("Death toll from Ecuador's unrest rises to seven, rights group says")).toBeNull();
  expect(ev('National death toll rises to 30 since protests began')).toBeNull();
  expect(ev('Protest death toll reaches 12 as Congress debates reform')).toBeNull();
  expect(ev('Death toll from Bangladesh student protests rises to 105', 'Clashes between students and police spread across the country.')).toBeNull();
  expect(ev('Flood death toll in Piura climbs to 12')).toBeNull();
  expect(ev('Piura toll climbs to 12 after floods', 'Rescuers are still searching for residents.')).toBeNull();
  // A disaster's toll, even beside a protest: "residents protested" is protest context.
  expect(ev('Death toll from Sri Lanka floods climbs to 40', 'Thousands of residents protested the slow relief effort.')).toBeNull();
  expect(ev('Flood death toll in Piura climbs to 12', 'Residents protested the slow relief effort.')).toBeNull();
});

it('coca growers are no place: "Coca" (Orellana, Ecuador) counts only written as a name', () => {
  expect(ev('Police fire tear gas at coca growers marching in La Paz')?.country).not.toBe('EC');
  expect(ev('Indígenas bloquean la vía en El Coca')?.admin1).toBe('Orellana');
});
