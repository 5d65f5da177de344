import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;

function runExtract(input: string, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['vigia', 'extract', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const item = (o: Record<string, unknown>) => JSON.stringify(o);

describe('npx vigia extract', () => {
  it('answers every line, in order, and merges reports of one incident', async () => {
    const lines = [
      item({ id: 'e1', feed: 'Diario Sur Andino', lang: 'es', published: '2023-01-20T22:00:00-05:00', title: 'Ilave: un muerto tras disparos de la policía contra manifestantes', summary: 'La víctima murió por impacto de bala.' }),
      '{"id": "broken", "title": ',
      item({ id: 'e2', feed: 'Altiplano Report', published: '2023-01-21T09:15:00-05:00', title: 'Man shot dead by police outside Ilave police station, relatives say', summary: 'He was among protesters who had surrounded the station on Friday.' }),
      item({ id: 'e3', feed: 'Tech Brief', published: '2023-10-03T09:00:00-05:00', title: 'Startup demonstrates drone deliveries in Cusco' }),
      item({ id: 'e4', feed: 'Lima Express', summary: 'no title here' }),
      '',
      item({ id: 5, feed: 'Sur Noticias', published: '2023-01-11T12:40:00-05:00', title: 'Tacna acata paro regional' }),
    ];
    const { code, stdout } = await runExtract(lines.join('\n') + '\n', ['--now', '2023-02-01T00:00:00-05:00']);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => o.id)).toEqual(['e1', null, 'e2', 'e3', 'e4', null, 5]);
    expect(out[1]!.error).toMatch(/JSON/);
    expect(out[4]!.error).toMatch(/title/);
    expect(out[5]!.error).toBeTruthy();
    expect(out[3]).toEqual({ id: 'e3', event: null, incident: null });

    const e1 = out[0]!;
    expect(Object.keys(e1.event)).toEqual([
      'type', 'status', 'country', 'admin1', 'admin1Code', 'admin2', 'place', 'lat', 'lon', 'precision', 'killed',
      'injured', 'detained', 'actors', 'date', 'confidence', 'cues',
    ]);
    expect(e1.event).toMatchObject({ type: 'repression', country: 'PE', admin1Code: 'PE-PUN', place: 'Ilave', killed: 1, date: '2023-01-20' });
    expect(out[2]!.event).toMatchObject({ type: 'repression', place: 'Ilave', date: '2023-01-20' });
    expect(typeof e1.incident).toBe('string');
    expect(out[2]!.incident).toBe(e1.incident);
    expect(out[6]!.event).toMatchObject({ type: 'strike', admin1: 'Tacna' });
    expect(out[6]!.incident).not.toBe(e1.incident);
  });

  it('exits 0 on empty input and 2 on a bad --now', async () => {
    expect((await runExtract('')).code).toBe(0);
    const bad = await runExtract('', ['--now', 'yesterday-ish']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--now/);
  });
});
