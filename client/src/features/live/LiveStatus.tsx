import { useRef } from 'react';
import { useTranslation } from '../../app/i18n';

/**
 * A quiet line saying whether the page updates by itself. A live region, so that a screen reader
 * hears when the connection drops and comes back, not on every update.
 */
export function LiveStatus({ connected }: { connected: boolean }) {
  const { t } = useTranslation();
  // Before the first connection it is "connecting", not "reconnecting".
  const wasConnected = useRef(false);
  if (connected) wasConnected.current = true;
  const key = connected ? 'live.connected' : wasConnected.current ? 'live.reconnecting' : 'live.connecting';
  return (
    <p className={`live-status${connected ? ' is-connected' : ''}`} role="status">
      <span className="live-dot" aria-hidden="true" />
      {t(key)}
    </p>
  );
}
