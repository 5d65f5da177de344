import { describe, expect, it } from 'vitest';
import { eventDay, localDay, normalize } from '../../../lib/extract';
import { fold } from '../../../lib/gazetteer';

const day = (text: string, published: string | null, announced = false, now = new Date('2023-01-20T12:00:00Z')) =>
  eventDay(fold(text), published, 'America/Lima', now, announced).date;

describe('event day', () => {
  it('is the published day in the event time zone, not in UTC', () => {
    // 22:30 in Lima is already the next day in UTC.
    expect(localDay(new Date('2022-12-12T22:30:00-05:00'), 'America/Lima')).toBe('2022-12-12');
    expect(day('Marchan en Lima', '2022-12-13T03:30:00Z')).toBe('2022-12-12');
    expect(localDay(new Date('2019-10-21T01:30:00Z'), 'America/Santiago')).toBe('2019-10-20');
  });

  it('turns at local midnight in zones half or three quarters of an hour off UTC', () => {
    // 18:10 UTC is 23:40 in Kolkata (+5:30); 18:40 UTC is 00:10 the next day. Asked in this order, the second must
    // not take the first's day (a day cached by the UTC hour did).
    expect(localDay(new Date('2024-06-04T18:10:00Z'), 'Asia/Kolkata')).toBe('2024-06-04');
    expect(localDay(new Date('2024-06-04T18:40:00Z'), 'Asia/Kolkata')).toBe('2024-06-05');
    // Kathmandu (+5:45): 18:14 UTC is 23:59, 18:16 UTC is 00:01.
    expect(localDay(new Date('2024-06-04T18:14:00Z'), 'Asia/Kathmandu')).toBe('2024-06-04');
    expect(localDay(new Date('2024-06-04T18:16:00Z'), 'Asia/Kathmandu')).toBe('2024-06-05');
  });

  it("takes the place's own time zone where its country has several", () => {
    const on = (title: string, published: string) => normalize({ title, published })!.date;
    // 04:30 UTC is 21:30 the day before in Los Angeles (00:30 in Washington's zone, the country's).
    expect(on('Police clash with protesters in Los Angeles over immigration raids', '2025-06-08T04:30:00Z')).toBe('2025-06-07');
    expect(on('Thousands march in New York against the war', '2025-06-08T04:30:00Z')).toBe('2025-06-08');
    // Tijuana (Pacific time) and Manaus (Amazon time) are hours behind Mexico City and São Paulo.
    expect(on('Bloquean la garita de San Ysidro en Tijuana transportistas en protesta', '2023-01-10T06:30:00Z')).toBe('2023-01-09');
    expect(on('Indígenas bloquean carretera en Manaus en protesta contra minería', '2023-01-10T03:30:00Z')).toBe('2023-01-09');
    expect(on('Bloquean carretera en Guadalajara transportistas en protesta', '2023-01-10T06:30:00Z')).toBe('2023-01-10');
  });

  it('resolves ayer, anoche and yesterday', () => {
    expect(day('Ayer marcharon miles en Cusco', '2023-01-10T09:00:00-05:00')).toBe('2023-01-09');
    expect(day('Queman comisaría anoche', '2023-01-10T09:00:00-05:00')).toBe('2023-01-09');
    expect(day('Protesters blocked the road yesterday', '2023-01-10T09:00:00-05:00')).toBe('2023-01-09');
    expect(day('Paro: anteayer se bloquearon vías', '2023-01-10T09:00:00-05:00')).toBe('2023-01-08');
  });

  it('resolves a weekday name to the latest such day, or the next one for an announced event', () => {
    // 2023-01-10 was a Tuesday.
    expect(day('Protesters clashed with police on Monday', '2023-01-10T09:00:00-05:00')).toBe('2023-01-09');
    expect(day('Enfrentamientos el sábado en Juliaca', '2023-01-10T09:00:00-05:00')).toBe('2023-01-07');
    expect(day('Convocan paro para el jueves', '2023-01-10T09:00:00-05:00', true)).toBe('2023-01-12');
  });

  it('uses an explicit date only when it is near', () => {
    expect(day('Marcha del 9 de enero en Juliaca', '2023-01-10T09:00:00-05:00')).toBe('2023-01-09');
    expect(day('A un año de la masacre del 9 de enero', '2024-01-09T09:00:00-05:00')).toBe('2024-01-09');
    expect(day('CGTP convoca paro nacional para el 19 de marzo', '2023-03-08T09:00:00-05:00', true)).toBe('2023-03-19');
  });

  it('falls back to the reference time when the item has no readable date', () => {
    expect(day('Marcha en Lima', null, false, new Date('2023-02-01T04:00:00Z'))).toBe('2023-01-31');
    expect(day('Marcha en Lima', 'not a date', false, new Date('2023-02-01T12:00:00Z'))).toBe('2023-02-01');
    const e = normalize({ title: 'Miles marchan en Lima' }, { now: new Date('2023-02-01T04:00:00Z') });
    expect(e?.date).toBe('2023-01-31');
  });
});
