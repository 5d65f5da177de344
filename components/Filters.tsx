'use client';

import { useEffect, useRef, useState } from 'react';
import { STATS_WINDOWS, type RegionCount } from '../lib/store/types';
import { EVENT_STATUSES, EVENT_TYPES } from '../lib/types';
import { countryName } from './format';
import type { Dictionary } from './i18n';
import type { Department } from './map/projection';
import { EMPTY_QUERY, type ViewQuery } from './query';

const TEXT_DELAY_MS = 400;

/** The list's filters; every change is applied at once (free text after a short pause). */
export function Filters({
  t,
  query,
  departments,
  regions,
  onChange,
}: {
  t: Dictionary;
  query: ViewQuery;
  departments: readonly Pick<Department, 'code' | 'name'>[];
  regions: readonly RegionCount[];
  onChange: (next: ViewQuery) => void;
}) {
  const [text, setText] = useState(query.q);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queryRef = useRef(query);
  useEffect(() => {
    queryRef.current = query;
  });
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const set = (patch: Partial<ViewQuery>) => onChange({ ...queryRef.current, ...patch });
  const onText = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => set({ q: value.trim() }), TEXT_DELAY_MS);
  };

  const foreign = regions.filter((r) => r.country !== 'PE');
  if (query.region && !query.region.startsWith('PE-') && !foreign.some((r) => r.code === query.region)) {
    foreign.push({ code: query.region, name: query.region, country: query.region.slice(0, 2), total: 0, byType: {} as RegionCount['byType'] });
  }
  const countries = [...new Set(['PE', ...regions.map((r) => r.country).filter((c): c is string => !!c), ...(query.country ? [query.country] : [])])];
  const active = JSON.stringify({ ...query, window: EMPTY_QUERY.window }) !== JSON.stringify({ ...EMPTY_QUERY });

  return (
    <form className="panel filters" aria-label={t.filters.heading} onSubmit={(e) => { e.preventDefault(); set({ q: text.trim() }); }}>
      <label>
        <span>{t.filters.window}</span>
        <select data-testid="filter-window" value={query.window} onChange={(e) => set({ window: e.target.value as ViewQuery['window'] })}>
          {STATS_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {t.windows[w]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.filters.type}</span>
        <select data-testid="filter-type" value={query.type ?? ''} onChange={(e) => set({ type: (e.target.value || null) as ViewQuery['type'] })}>
          <option value="">{t.filters.any}</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.types[type]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.filters.region}</span>
        <select data-testid="filter-region" value={query.region ?? ''} onChange={(e) => set({ region: e.target.value || null })}>
          <option value="">{t.filters.any}</option>
          <optgroup label={t.filters.peru}>
            {departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </optgroup>
          {foreign.length > 0 && (
            <optgroup label={t.filters.otherRegions}>
              {foreign.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                  {r.country ? ` (${countryName(r.country, t.locale)})` : ''}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label>
        <span>{t.filters.country}</span>
        <select data-testid="filter-country" value={query.country ?? ''} onChange={(e) => set({ country: e.target.value || null })}>
          <option value="">{t.filters.any}</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c, t.locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.filters.status}</span>
        <select data-testid="filter-status" value={query.status ?? ''} onChange={(e) => set({ status: (e.target.value || null) as ViewQuery['status'] })}>
          <option value="">{t.filters.any}</option>
          {EVENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.statuses[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-text">
        <span>{t.filters.q}</span>
        <input
          type="search"
          data-testid="filter-q"
          value={text}
          maxLength={200}
          placeholder={t.filters.qPlaceholder}
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      {active && (
        <button
          type="button"
          className="button"
          data-testid="filter-clear"
          onClick={() => {
            setText('');
            onChange({ ...EMPTY_QUERY, window: query.window });
          }}
        >
          {t.filters.clear}
        </button>
      )}
    </form>
  );
}
