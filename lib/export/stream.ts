// Streaming CSV and GeoJSON bodies: one page of incidents at a time, pulled as the client reads (backpressure), so
// that an export never holds more than one page in memory.
import { stringify } from 'csv-stringify/sync';
import { BadRequest, parseIncidentQuery } from '../api/params';
import type { IncidentQuery } from '../store/types';
import type { Incident } from '../types';
import { EXPORT_COLUMNS, exportRow } from './acled';

/** The filters of /api/incidents without its paging (`limit`, `cursor`): an export has every matching incident. */
export function parseExportQuery(params: URLSearchParams): IncidentQuery {
  for (const p of ['limit', 'cursor']) {
    if (params.has(p)) throw new BadRequest(`${p}: an export has no paging; it streams every matching incident`);
  }
  return parseIncidentQuery(params);
}

function bodyStream(pages: AsyncIterable<Incident[]>, head: string, page: (rows: Incident[], first: boolean) => string, tail: string) {
  const encoder = new TextEncoder();
  const it = pages[Symbol.asyncIterator]();
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (head) controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      const next = await it.next();
      if (next.done) {
        if (tail) controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      if (next.value.length === 0) return;
      controller.enqueue(encoder.encode(page(next.value, first)));
      first = false;
    },
    async cancel() {
      await it.return?.();
    },
  });
}

/** CSV with a header row (EXPORT_COLUMNS), RFC 4180 quoting by csv-stringify. */
export function csvStream(pages: AsyncIterable<Incident[]>): ReadableStream<Uint8Array> {
  const header = stringify([], { header: true, columns: [...EXPORT_COLUMNS] });
  return bodyStream(pages, header, (rows) => stringify(rows.map(exportRow), { columns: [...EXPORT_COLUMNS] }), '');
}

/** A GeoJSON FeatureCollection: a Point feature per incident with coordinates (null geometry without), properties as
 *  the CSV's columns. */
export function geojsonStream(pages: AsyncIterable<Incident[]>): ReadableStream<Uint8Array> {
  const feature = (i: Incident) =>
    JSON.stringify({
      type: 'Feature',
      id: i.id,
      geometry: i.lat !== null && i.lon !== null ? { type: 'Point', coordinates: [i.lon, i.lat] } : null,
      properties: exportRow(i),
    });
  return bodyStream(
    pages,
    '{"type":"FeatureCollection","features":[\n',
    (rows, first) => (first ? '' : ',\n') + rows.map(feature).join(',\n'),
    '\n]}\n',
  );
}
