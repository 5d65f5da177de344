import type { ConnectionState } from '../lib/realtime/client';
import { formatClock } from './format';
import type { Dictionary } from './i18n';

export function ConnectionBadge({
  t,
  connection,
  lastEventAt,
}: {
  t: Dictionary;
  connection: ConnectionState;
  lastEventAt: number | null;
}) {
  return (
    <div className="connection">
      <p className="connection-state" data-testid="connection-state" data-state={connection}>
        <span className="connection-dot" aria-hidden="true" />
        {t.connection[connection]}
      </p>
      {lastEventAt !== null && (
        <p className="connection-last">{t.lastUpdate(formatClock(lastEventAt, t.locale))}</p>
      )}
    </div>
  );
}
