// Tells screen readers about each agent message once it is finished, in a region that never scrolls away.
import { useEffect, useState } from 'react';
import { itemId } from '../store/session-view.ts';
import { useStudioStoreApi } from '../store/studio-context.tsx';
import { agentStyle } from './agent-style.ts';

/**
 * The transcript is virtualised, so its items appear and disappear as the writer scrolls and cannot be a
 * live region themselves. Announcing per chunk would read half-sentences; a finished message reads well.
 */
export function AgentAnnouncer() {
  const store = useStudioStoreApi();
  const [announcement, setAnnouncement] = useState('');
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const finished = previous.session.streamingMessageId;
        if (!finished || state.session.sessionId !== previous.session.sessionId) return;
        const item = state.session.items[itemId.message(finished)];
        if (item?.kind !== 'agent' || item.status === 'streaming') return;
        setAnnouncement(`${agentStyle(item.agent).label}: ${item.content}`);
      }),
    [store],
  );
  return (
    <div role="status" aria-live="polite" className="sr-only" data-testid="transcript-announcer">
      {announcement}
    </div>
  );
}
