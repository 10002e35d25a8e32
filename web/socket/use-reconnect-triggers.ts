// Never offline for good: after the attempts run out, keep trying slowly, and at once when the browser is back.
import { useEffect } from 'react';
import type { StudioStore } from '../store/studio-store.ts';
import { SLOW_RETRY_MS } from './reconnect-policy.ts';

/**
 * Starts a fresh round of attempts (`retry`) every SLOW_RETRY_MS while the socket has given up,
 * and at once when the browser reports it is online again or the tab regains focus while the
 * session is not connected: a writer never has to find the Retry button.
 */
export function useReconnectTriggers(store: StudioStore, retry: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const disconnected = () => {
      const { status } = store.getState().connection;
      return status === 'offline' || status === 'reconnecting';
    };
    const now = () => {
      if (disconnected()) retry();
    };
    const whenVisible = () => {
      if (document.visibilityState === 'visible') now();
    };
    const slowly = setInterval(() => {
      if (store.getState().connection.status === 'offline') retry();
    }, SLOW_RETRY_MS);
    window.addEventListener('online', now);
    window.addEventListener('focus', now);
    document.addEventListener('visibilitychange', whenVisible);
    return () => {
      clearInterval(slowly);
      window.removeEventListener('online', now);
      window.removeEventListener('focus', now);
      document.removeEventListener('visibilitychange', whenVisible);
    };
  }, [store, retry, enabled]);
}
