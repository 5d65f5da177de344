import { errorResponse } from '../api/params';
import { getStore } from '../store';
import { csvStream, geojsonStream, parseExportQuery } from './stream';

const FORMATS = {
  csv: { stream: csvStream, type: 'text/csv; charset=utf-8' },
  geojson: { stream: geojsonStream, type: 'application/geo+json; charset=utf-8' },
} as const;

/** GET /api/export.csv and /api/export.geojson: the filters of /api/incidents, a body streamed page by page. */
export async function exportResponse(req: Request, format: keyof typeof FORMATS): Promise<Response> {
  try {
    const q = parseExportQuery(new URL(req.url).searchParams);
    const { stream, type } = FORMATS[format];
    return new Response(stream((await getStore()).exportIncidents(q)), {
      headers: {
        'content-type': type,
        'content-disposition': `attachment; filename="vigia-incidents.${format}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
