// The scrolling transcript: entries in order, then unsent messages; follows the stream unless the writer scrolled up.
import { useCallback } from 'react';
import { useStudio, useStudioStoreApi } from '../store/studio-context.tsx';
import { AgentAnnouncer } from './agent-announcer.tsx';
import { EmptyTranscript } from './empty-transcript.tsx';
import { OutboxEntry } from './outbox-entry.tsx';
import { TranscriptItem } from './transcript-item.tsx';
import { VirtualList } from './virtual-list.tsx';

const COLUMN = 'mx-auto max-w-4xl px-3 sm:px-6';

export function Transcript() {
  const store = useStudioStoreApi();
  const sessionId = useStudio((s) => s.session.sessionId);
  const order = useStudio((s) => s.session.order);
  // The order grows in place, so its length is what tells this list that an item was added.
  const count = useStudio((s) => s.session.order.length);
  const outbox = useStudio((s) => s.session.outbox);

  // Chunks change an item, not the count; the list hears of them here, before the item re-renders, and keeps
  // to the bottom if it was there.
  const subscribeToGrowth = useCallback(
    (grew: () => void) =>
      store.subscribe((state, previous) => {
        if (state.session !== previous.session) grew();
      }),
    [store],
  );
  const itemKey = useCallback((index: number) => order[index] ?? `missing:${index}`, [order]);
  const renderItem = useCallback(
    (index: number) => (
      <div className={`${COLUMN} pt-3`}>
        <TranscriptItem id={order[index] ?? ''} />
      </div>
    ),
    [order],
  );

  if (count === 0 && outbox.length === 0) {
    return (
      <div className="flex-1 overflow-y-auto">
        <section role="log" aria-label="Conversation" data-testid="transcript" className={`${COLUMN} py-4`}>
          <EmptyTranscript />
        </section>
        <AgentAnnouncer />
      </div>
    );
  }
  return (
    <>
      <VirtualList
        key={sessionId ?? 'none'}
        count={count}
        followOutput
        itemKey={itemKey}
        renderItem={renderItem}
        subscribeToGrowth={subscribeToGrowth}
        positionKey={sessionId ? `bookswriter.scroll.${sessionId}` : null}
        label="Conversation"
        role="log"
        testId="transcript"
        footer={
          outbox.length > 0 ? (
            <div className={`${COLUMN} flex flex-col gap-3 py-3`}>
              {outbox.map((entry) => (
                <OutboxEntry key={entry.client_message_id} entry={entry} />
              ))}
            </div>
          ) : (
            <div className="h-4" />
          )
        }
      />
      <AgentAnnouncer />
    </>
  );
}
