import { describe, expect, it } from 'vitest';
import { isRunningReport, matchIncident, MemoryIncidentIndex, mergeReport, RUNNING_IDLE_DAYS } from '../../../lib/incidents';
import { statedDay } from '../../../lib/incidents/running';
import { addDays } from '../../../lib/incidents/keys';
import { report } from './helpers';

const town = { admin2: 'Puno', admin3: 'Puno', place: 'Puno', lat: -15.84, lon: -70.02 };

describe('isRunningReport', () => {
  it('sees indefinite strikes and blockades in Spanish and English', () => {
    for (const title of [
      'Puno inicia paro indefinido contra el Gobierno',
      'Huelga indefinida de mineros en Arequipa',
      'Paro agrario indefinido paraliza el sur',
      'Ronderos anuncian bloqueo por tiempo indefinido de la carretera',
      "Indefinite general strike paralyses Peru's south",
      'Miners say they will strike indefinitely',
    ]) {
      expect(isRunningReport(report({ type: 'strike', title })), title).toBe(true);
    }
  });

  it('sees a strike or blockade that goes on: it counts its days or weeks, or says it continues', () => {
    for (const title of [
      'Sexto día de bloqueo: más de 500 camiones varados en Caracollo',
      'Cumplen una semana los bloqueos de maestros en Tuxtla',
      'Tres días de paro en Puerto Maldonado',
      'Puno: sigue el paro contra el Gobierno',
      'Maestros bloquean por tiempo indefinido los accesos a Tuxtla',
      'Madre de Dios strike enters second week with fuel running short',
      "Shutdown grips Peru's Amazon hub for third day",
      'Teachers keep the main highways blocked for a 4th straight day',
      'Blockade drags on in Bolivia',
    ]) {
      expect(isRunningReport(report({ type: 'roadblock', title })), title).toBe(true);
    }
  });

  it('not a strike of one day, nor an indefinite anything else, nor other types', () => {
    expect(isRunningReport(report({ type: 'strike', title: 'Paro de 48 horas en Puno' }))).toBe(false);
    expect(isRunningReport(report({ type: 'strike', title: 'Suspenden por tiempo indefinido las clases' }))).toBe(false);
    expect(isRunningReport(report({ type: 'clash', title: 'Enfrentamientos durante el paro indefinido' }))).toBe(false);
    expect(isRunningReport(report({ type: 'demonstration', title: 'Tercer día de marchas en Lima' }))).toBe(false);
    expect(isRunningReport(report({ type: 'strike', title: 'Second strike in a month halts Puno buses' }))).toBe(false);
  });
});

describe('running incidents', () => {
  const start = report({ ...town, type: 'strike', date: '2023-03-01', title: 'Puno inicia paro indefinido contra el Gobierno' });

  it('one running incident takes the later days of the strike and shows them (date..lastDate)', () => {
    const index = new MemoryIncidentIndex();
    index.add(start);
    const day5 = index.add(report({ ...town, type: 'strike', date: '2023-03-05', outlet: 'B', title: 'Quinto día del paro indefinido: mercados cerrados' }));
    const day8 = index.add(report({ ...town, type: 'strike', date: '2023-03-08', outlet: 'C', lang: 'en', title: "Indefinite strike in Peru's Puno enters second week" }));
    expect([day5.change, day8.change]).toEqual(['updated', 'updated']);
    expect(day8.incident).toMatchObject({ running: true, date: '2023-03-01', lastDate: '2023-03-08', reportCount: 3 });
    expect(index.size).toBe(1);
  });

  it('stays open RUNNING_IDLE_DAYS after its last day, then a new indefinite strike is another incident', () => {
    const index = new MemoryIncidentIndex();
    const first = index.add(start).incident;
    const late = (n: number) => report({ ...town, type: 'strike', date: addDays('2023-03-01', n), outlet: `O${n}`, title: 'Continúa el paro indefinido en Puno' });
    expect(index.add(late(RUNNING_IDLE_DAYS)).incident.id).toBe(first.id);
    const after = index.add(late(2 * RUNNING_IDLE_DAYS + 1));
    expect(after.change).toBe('created');
  });

  it('another strike that is not called indefinite needs shared content to join a running strike', () => {
    const running = mergeReport(mergeReport(null, start), report({ ...town, type: 'strike', date: '2023-03-04', title: 'Sigue el paro indefinido' }));
    const teachers = report({ ...town, type: 'strike', date: '2023-03-03', title: 'Docentes acatan huelga de 24 horas por mejoras salariales' });
    expect(matchIncident(teachers, [running])).toBeNull();
    // After its days, only a report that calls it indefinite, or says it goes on, continues it, however many words it
    // shares.
    const later = report({ ...town, type: 'strike', date: '2023-03-07', title: 'Puno: paro contra el Gobierno' });
    expect(matchIncident(later, [running])).toBeNull();
    expect(matchIncident({ ...later, title: 'Puno: sigue el paro indefinido contra el Gobierno' }, [running])).toBe(running);
    expect(matchIncident({ ...later, title: 'Puno: sigue el paro contra el Gobierno' }, [running])).toBe(running);
  });

  it('is closed by a report that it ended: later reports open a new incident', () => {
    const index = new MemoryIncidentIndex();
    const first = index.add(start).incident;
    index.add(report({ ...town, type: 'strike', status: 'ended', date: '2023-03-04', title: 'Levantan el paro indefinido en Puno' }));
    const again = index.add(report({ ...town, type: 'strike', date: '2023-03-09', title: 'Puno retoma el paro indefinido' }));
    expect(again.change).toBe('created');
    expect(again.incident.id).not.toBe(first.id);
  });

  it('is found only in its own region', () => {
    const index = new MemoryIncidentIndex();
    index.add(start);
    const cusco = index.add(report({ type: 'strike', admin1: 'Cusco', admin1Code: 'PE-CUS', admin2: 'Cusco', admin3: 'Cusco', place: 'Cusco', date: '2023-03-05', title: 'Paro indefinido en Cusco' }));
    expect(cusco.change).toBe('created');
  });

  it('takes the later days of a blockade told in other words, even naming another site (the court)', () => {
    const caracollo = { admin1: 'Oruro', admin1Code: 'BO-O', admin2: null, admin3: null, place: 'Caracollo', country: 'BO', lat: null, lon: null, precision: null };
    const index = new MemoryIncidentIndex();
    const first = index.add(report({ ...caracollo, type: 'roadblock', date: '2024-01-22', title: 'Evistas inician bloqueo por tiempo indefinido en Caracollo', summary: 'Cerraron la carretera La Paz - Oruro.' })).incident;
    const days = [
      ['2024-01-24', "Morales backers keep Bolivia's main highway shut on the third day of the protest"],
      ['2024-01-27', 'Sexto día de bloqueo: más de 500 camiones varados en Caracollo'],
      ['2024-01-30', 'Bolivia blockade at Caracollo enters second week'],
    ];
    for (const [date, title] of days) {
      const r = report({ ...caracollo, type: 'roadblock', lang: 'en', date, title, summary: 'They want the constitutional court judges to step down.' });
      expect(index.add(r).incident.id, title).toBe(first.id);
    }
    expect(index.get(first.id)).toMatchObject({ running: true, date: '2024-01-22', lastDate: '2024-01-30', reportCount: 4 });
  });

  it('keeps two strikes of one town apart when they name different trades (transport workers, indigenous marchers)', () => {
    const transport = mergeReport(null, report({ ...town, type: 'strike', date: '2023-03-01', title: 'Transportistas paralizan Puno por el precio del combustible', summary: 'Los gremios anunciaron que el paro es indefinido.' }));
    const national = report({ ...town, type: 'strike', date: '2023-03-06', lang: 'en', title: 'Thousands of indigenous people march into Puno as the strike enters its second week' });
    expect(matchIncident(national, [transport])).toBeNull();
    const drivers = report({ ...town, type: 'strike', date: '2023-03-06', lang: 'en', title: 'Bus drivers keep Puno at a standstill as the strike enters its second week' });
    expect(matchIncident(drivers, [transport])).toBe(transport);
  });

  it('reads the day of the action a report says it is on', () => {
    const day = (title: string) => statedDay({ title, summary: '' });
    expect(day('Sexto día de bloqueo en Caracollo')).toBe(6);
    expect(day('Bolivia blockade enters second week')).toBe(8);
    expect(day('Cumplen una semana los bloqueos en Tuxtla')).toBe(7);
    expect(day('Teachers block highways for a fourth straight day')).toBe(4);
    expect(day('Tres días de paro en Puerto Maldonado')).toBe(3);
    expect(day('Day 5 of the blockade')).toBe(5);
    expect(day('Sigue el paro en Puno')).toBeNull();
  });

  it('takes a later day of a strike whose first report did not call it indefinite, if it began by then', () => {
    const viru = { admin1: 'La Libertad', admin1Code: 'PE-LAL', admin2: 'Virú', admin3: 'Virú', place: 'Virú', lat: null, lon: null, precision: null };
    const index = new MemoryIncidentIndex();
    const first = index.add(report({ ...viru, type: 'roadblock', date: '2020-11-30', title: 'Trabajadores agrarios bloquean la Panamericana Norte en Virú' })).incident;
    expect(first.running).toBe(false);
    const third = index.add(report({ ...viru, type: 'roadblock', date: '2020-12-02', outlet: 'B', title: 'Tercer día de bloqueo en Virú: cientos de vehículos varados' }));
    expect(third.incident).toMatchObject({ id: first.id, running: true, lastDate: '2020-12-02' });
    // A blockade on its "third consecutive day" five days after the last one began after it: another blockade.
    const other = index.add(report({ ...viru, type: 'roadblock', date: '2020-12-09', outlet: 'C', title: 'Virú amanece con bloqueos por tercer día consecutivo' }));
    expect(other.change).toBe('created');
    // Without a day count, a report that says it goes on continues it.
    const goesOn = index.add(report({ ...viru, type: 'roadblock', date: '2020-12-05', outlet: 'D', title: 'Sigue el bloqueo en Virú' }));
    expect(goesOn.incident.id).toBe(first.id);
  });

  it('takes a later day of a strike at its town, told without saying it goes on, when half its content agrees', () => {
    const tarma = { admin1: 'Junín', admin1Code: 'PE-JUN', admin2: 'Tarma', admin3: 'Tarma', place: 'Tarma', lat: null, lon: null, precision: null };
    const index = new MemoryIncidentIndex();
    const first = index.add(report({ ...tarma, type: 'strike', date: '2021-06-07', title: 'Agricultores de Tarma paralizan en rechazo al precio de los fertilizantes' })).incident;
    expect(first.running).toBe(false);
    // Five days later, in English, no day count and no "continues": the same strike.
    const english = report({ ...tarma, type: 'strike', lang: 'en', date: '2021-06-12', outlet: 'B', title: 'Tarma farmers lift stoppage over fertilizer prices after talks' });
    expect(index.add(english).incident.id).toBe(first.id);
    // Another strike of the town three days later that shares one word (the strike) is another incident.
    const other = report({ ...tarma, type: 'strike', date: '2021-06-10', outlet: 'C', title: 'Paro de mototaxis en Tarma por el alza de la gasolina' });
    expect(index.add(other).change).toBe('created');
    // Not after an incident that ended, nor in another town of the region, nor for a march.
    const ended = mergeReport(first, report({ ...tarma, type: 'strike', status: 'ended', date: '2021-06-08', title: 'Levantan la paralización de agricultores en Tarma' }));
    expect(matchIncident({ ...english, id: 'x1' }, [ended])).toBeNull();
    const jauja = { ...english, id: 'x2', admin2: 'Jauja', admin3: 'Jauja', place: 'Jauja' };
    expect(matchIncident(jauja, [first])).toBeNull();
    const march = mergeReport(null, report({ ...tarma, type: 'demonstration', date: '2021-06-07', title: 'Agricultores de Tarma marchan en rechazo al precio de los fertilizantes' }));
    expect(matchIncident({ ...english, id: 'x3', type: 'demonstration' }, [march])).toBeNull();
  });
});
