import type { RuntimeInfo } from '../lib/store/types';
import type { Dictionary } from './i18n';

export function DemoBanner({ t, mode }: { t: Dictionary; mode: Exclude<RuntimeInfo['mode'], 'live'> }) {
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner" data-mode={mode}>
      <strong>{t.list.demoBadge}</strong> {t.banner[mode]}
    </div>
  );
}
