'use client';

import { memo, type KeyboardEvent } from 'react';
import type { RegionCount } from '../../lib/store/types';
import type { Incident } from '../../lib/types';
import { countryName, formatNumber } from '../format';
import type { Dictionary } from '../i18n';
import { project, type Department, type MapFrame } from './projection';

/** Shading steps; step 0 is "no incident". */
export const SHADES = 5;

/** The shade step of a count: 0 for none, then 1..SHADES on a square-root scale of the busiest department. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil(Math.sqrt(count / max) * SHADES));
}

export interface MapMarker {
  id: string;
  x: number;
  y: number;
  type: Incident['type'];
}

/** One marker per incident with coordinates inside Peru's frame, newest last so it is drawn on top. */
export function markersOf(incidents: readonly Incident[], frame: MapFrame): MapMarker[] {
  const out: MapMarker[] = [];
  for (const i of incidents) {
    if (i.country !== 'PE' || i.lat === null || i.lon === null) continue;
    const [x, y] = project(frame, i.lon, i.lat);
    if (x < 0 || y < 0 || x > frame.width || y > frame.height) continue;
    out.push({ id: i.id, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, type: i.type });
  }
  return out.reverse();
}

interface DepartmentsProps {
  departments: readonly Department[];
  counts: Readonly<Record<string, number>>;
  max: number;
  selected: string | null;
  t: Dictionary;
  onSelect?: (code: string | null) => void;
}

const Departments = memo(function Departments({ departments, counts, max, selected, t, onSelect }: DepartmentsProps) {
  const n = (v: number) => formatNumber(v, t.locale);
  const choose = (code: string) => onSelect?.(selected === code ? null : code);
  const onKey = (e: KeyboardEvent, code: string) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    choose(code);
  };
  return (
    <g className="departments">
      {departments.map((dep) => {
        const count = counts[dep.code] ?? 0;
        const label = t.map.department(dep.name, `${n(count)} ${t.counts.incidents.toLocaleLowerCase(t.locale)}`);
        return (
          <path
            key={dep.code}
            d={dep.d}
            data-region={dep.code}
            data-count={count}
            data-shade={shadeStep(count, max)}
            className={selected === dep.code ? 'department is-selected' : 'department'}
            {...(onSelect
              ? {
                  role: 'button',
                  tabIndex: 0,
                  'aria-pressed': selected === dep.code,
                  'aria-label': label,
                  onClick: () => choose(dep.code),
                  onKeyDown: (e: KeyboardEvent) => onKey(e, dep.code),
                }
              : { 'aria-label': label, role: 'img' })}
          >
            <title>{label}</title>
          </path>
        );
      })}
    </g>
  );
});

export interface PeruMapProps {
  t: Dictionary;
  frame: MapFrame;
  departments: readonly Department[];
  regions: readonly RegionCount[];
  incidents: readonly Incident[];
  selected: string | null;
  onSelect?: (code: string | null) => void;
  highlighted?: ReadonlySet<string>;
  /** At most this many places outside Peru (the most incidents first), then one line for the rest: a screen that
   *  cannot scroll (the wall) has room for a few. */
  abroadLimit?: number;
}

export function PeruMap({ t, frame, departments, regions, incidents, selected, onSelect, highlighted, abroadLimit }: PeruMapProps) {
  const counts: Record<string, number> = {};
  let max = 0;
  for (const r of regions) {
    if (r.country !== 'PE') continue;
    counts[r.code] = r.total;
    max = Math.max(max, r.total);
  }
  const allAbroad = regions.filter((r) => r.country !== 'PE' && r.total > 0);
  // (regions come sorted by total, most first)
  const abroad = abroadLimit === undefined ? allAbroad : allAbroad.slice(0, abroadLimit);
  const rest = allAbroad.slice(abroad.length);
  const markers = markersOf(incidents, frame);
  const n = (v: number) => formatNumber(v, t.locale);

  return (
    <div className="map-wrap">
      <figure className="map-figure">
        <svg
          data-testid="map"
          className="map"
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          role="group"
          aria-label={t.map.label}
        >
          <Departments
            departments={departments}
            counts={counts}
            max={max}
            selected={selected}
            t={t}
            onSelect={onSelect}
          />
          <g className="markers" aria-hidden="true">
            {markers.map((m) => (
              <circle
                key={m.id}
                cx={m.x}
                cy={m.y}
                r={highlighted?.has(m.id) ? 7 : 4}
                className={highlighted?.has(m.id) ? 'marker is-new' : 'marker'}
                data-type={m.type}
              />
            ))}
          </g>
        </svg>
        <figcaption className="map-legend">
          <span>{t.map.legend}:</span>
          <span className="map-scale" aria-hidden="true">
            {Array.from({ length: SHADES + 1 }, (_, k) => (
              <span key={k} className="map-swatch" data-shade={k} />
            ))}
          </span>
          <span>
            0 – {n(max)}
          </span>
          <span className="note">{t.map.markers}</span>
        </figcaption>
      </figure>
      <section className="abroad" aria-label={t.map.abroad} data-testid="abroad">
        <h3>{t.map.abroad}</h3>
        {abroad.length === 0 ? (
          <p className="note">{t.map.abroadEmpty}</p>
        ) : (
          <ul>
            {abroad.map((r) => (
              <li key={r.code} data-region={r.code}>
                {onSelect ? (
                  <button type="button" className="link-button" onClick={() => onSelect(selected === r.code ? null : r.code)} aria-pressed={selected === r.code}>
                    {r.name}
                    {r.country && r.name !== r.country ? `, ${countryName(r.country, t.locale)}` : ''}
                  </button>
                ) : (
                  <span>
                    {r.name}
                    {r.country && r.name !== r.country ? `, ${countryName(r.country, t.locale)}` : ''}
                  </span>
                )}{' '}
                <strong>{n(r.total)}</strong>
              </li>
            ))}
            {rest.length > 0 && (
              <li className="abroad-more" data-testid="abroad-more">
                {t.map.abroadMore(rest.length, rest.reduce((sum, r) => sum + r.total, 0))}
              </li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
