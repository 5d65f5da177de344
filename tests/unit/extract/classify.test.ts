import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/extract';
import type { EventStatus, EventType } from '../../../lib/types';

const PUBLISHED = '2023-03-08T15:00:00-05:00';

// Our own cases, written to the eval README conventions (not taken from the dev set).
const CASES: { title: string; summary?: string; type: EventType; status?: EventStatus; region?: string | null; country?: string }[] = [
  { title: 'Docentes del SUTEP inician huelga indefinida en Cajamarca', type: 'strike', status: 'ongoing', region: 'Cajamarca' },
  { title: 'CGTP convoca paro nacional para el 19 de marzo', type: 'strike', status: 'announced' },
  { title: 'Levantan el paro agrario en Ica tras acuerdo con el Gobierno', type: 'strike', status: 'ended', region: 'Ica' },
  { title: 'Transportistas acatan paro en Trujillo', type: 'strike', region: 'La Libertad' },
  { title: 'Workers at the Cuajone mine go on strike over wages', type: 'strike' },
  { title: 'Truckers will strike on Monday, union says', type: 'strike', status: 'announced' },
  { title: 'Mineros informales bloquean la Panamericana Norte en Chala', type: 'roadblock', region: 'Arequipa' },
  { title: 'Indigenous protesters block roads in Ecuador’s Cotopaxi province', type: 'roadblock', country: 'EC', region: 'Cotopaxi' },
  { title: 'Farmers in Brazil’s Paraná block highways over grain prices', type: 'roadblock', country: 'BR', region: 'Paraná' },
  { title: 'Ronderos levantan el bloqueo de la carretera en Cutervo', type: 'roadblock', status: 'ended', region: 'Cajamarca' },
  { title: 'Manifestantes toman el puente Añashuayco en Arequipa', type: 'roadblock', region: 'Arequipa' },
  // Deaths in a confrontation with no sign that the dead were security forces or that civilians shot them: lethal force.
  { title: 'Enfrentamientos en Ayacucho dejan diecisiete muertos', type: 'repression', region: 'Ayacucho' },
  { title: 'Enfrentamientos entre mineros y civiles armados dejan dos muertos en Pataz', type: 'clash', region: 'La Libertad' },
  { title: 'Dozens injured as protesters clash with police in La Paz, Bolivia', type: 'clash', country: 'BO', region: 'La Paz' },
  { title: 'Carabineros dispersan con gases lacrimógenos a estudiantes en Santiago', type: 'clash', country: 'CL', region: 'Región Metropolitana' },
  { title: 'Policía muere tras ser atacado por manifestantes en Juliaca', type: 'clash', region: 'Puno' },
  { title: 'Militares disparan contra manifestantes en Huamanga: ocho muertos', type: 'repression', region: 'Ayacucho' },
  { title: 'Police fire on protesters in Peru’s Ayacucho, killing eight', type: 'repression', region: 'Ayacucho' },
  { title: 'Nineteen protesters killed in Juliaca as police open fire', type: 'repression', region: 'Puno' },
  { title: 'Policía desaloja a estudiantes de la Universidad San Marcos: 193 detenidos', type: 'repression' },
  { title: 'Saquean supermercados en Valparaíso durante protestas', type: 'riot', country: 'CL', region: 'Valparaíso' },
  { title: 'Queman peaje de Chiclayo durante protestas', type: 'riot', region: 'Lambayeque' },
  { title: 'Protesters torch police station in Andahuaylas', type: 'riot', region: 'Apurímac' },
  { title: 'Estudiantes realizan plantón frente al Congreso en Lima', type: 'demonstration', region: 'Lima' },
  { title: 'Huelga de hambre de trabajadores del hospital de Tumbes cumple cinco días', type: 'demonstration', region: 'Tumbes' },
  { title: 'Mexico: teachers march in Oaxaca demanding pay rise', type: 'demonstration', country: 'MX', region: 'Oaxaca' },
  { title: 'Ecuador: CONAIE anuncia un paro nacional desde el lunes', type: 'strike', status: 'announced', country: 'EC' },
  { title: 'Comuneros tomaron la mina Las Bambas', type: 'demonstration', region: 'Apurímac' },
  { title: 'Cientos participan en vigilia por las víctimas en Juliaca', type: 'demonstration', region: 'Puno' },
  { title: 'Thousands rally in Buenos Aires against budget cuts', type: 'demonstration', country: 'AR' },
];

describe('classify', () => {
  for (const c of CASES) {
    it(c.title, () => {
      const e = normalize({ title: c.title, summary: c.summary, published: PUBLISHED });
      expect(e, 'an event').not.toBeNull();
      expect(e!.type).toBe(c.type);
      if (c.status) expect(e!.status).toBe(c.status);
      if (c.region !== undefined) expect(e!.admin1).toBe(c.region);
      if (c.country) expect(e!.country).toBe(c.country);
    });
  }

  it('takes the most severe type the item reports', () => {
    const e = normalize({
      title: 'Macusani: una mujer muere por disparo durante protestas; queman la comisaría',
      summary: 'Otro manifestante se encuentra grave con una herida de bala.',
      published: PUBLISHED,
    });
    expect(e).toMatchObject({ type: 'repression', killed: 1, injured: 1, place: 'Macusani' });
  });

  it('keeps a strike a strike when the strikers also march', () => {
    expect(normalize({ title: 'Paro regional en Tacna: miles marchan por el centro', published: PUBLISHED })?.type).toBe('strike');
  });

  it('explains itself with cues, actors and a confidence', () => {
    const e = normalize({ title: 'Rondas campesinas y la CGTP marchan en Lima contra el Congreso', published: PUBLISHED })!;
    expect(e.cues).toEqual(expect.arrayContaining(['marchan', 'Lima']));
    expect(e.actors).toEqual(expect.arrayContaining(['Rondas Campesinas', 'CGTP']));
    expect(e.confidence).toBeGreaterThan(0.5);
    expect(e.confidence).toBeLessThanOrEqual(1);
  });

  it('normalizes security forces by country', () => {
    expect(normalize({ title: 'La PNP dispersa con gases a manifestantes en Puno', published: PUBLISHED })?.actors).toContain('Policía Nacional del Perú');
    expect(normalize({ title: 'Police fire tear gas at marchers in Quito', published: PUBLISHED })?.actors).toContain('Policía Nacional del Ecuador');
  });
});
