import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { html, signature, text, title } from '../../../lib/alerts/channels/base';
import { planFlush, applyMatch } from '../../../lib/alerts/grouping';
import { validateAlerts } from '../../../lib/alerts/rules';
import { mergeReport } from '../../../lib/incidents';
import { report } from '../../helpers/reports';

const rule = validateAlerts({ rules: [{ name: 'deaths', severity: 'critical', groupWait: 0, channels: [{ type: 'inapp' }] }] }).rules[0]!;
const i = mergeReport(null, report({ title: 'Represión en Juliaca <deja> 3 muertos & 20 heridos', type: 'repression', killed: 3, injured: 20, place: 'Juliaca' }));
const n = planFlush(applyMatch(null, rule, i, 0)!.group!, rule, 0, { silences: [], firing: new Map(), rank: 3 }).notification!;

describe('channel templates', () => {
  it('say what, where, the toll and the key, in text and escaped HTML', () => {
    expect(title(n)).toBe('[Vigía critical] deaths (alerta): 1 incidente en Puno');
    expect(text(n)).toContain('NUEVO — Juliaca, Puno: Represión en curso · 3 muertos, 20 heridos · 1 medio');
    expect(text(n)).toContain(`clave: ${n.key}`);
    expect(html(n)).toContain('Represión en Juliaca &lt;deja&gt; 3 muertos &amp; 20 heridos');
    expect(html(n)).not.toContain('<deja>');
  });

  it('signs the raw body with HMAC-SHA256', () => {
    const body = JSON.stringify(n);
    expect(signature(body, 'k')).toBe(`sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`);
    expect(signature(body, 'k')).not.toBe(signature(`${body} `, 'k'));
  });
});
