// The scrolling transcript: entries in order, then unsent messages; follows the stream unless the writer scrolled up.
import { useEffect, useRef } from 'react';
import { useStudioStore } from '../store/studio-store.ts';
import { EmptyTranscript } from './empty-transcript.tsx';
import { OutboxEntry } from './outbox-entry.tsx';
import { TranscriptItem } from './transcript-item.tsx';

const NEAR_BOTTOM_PX = 120;

export function Transcript() {
  const order = useStudioStore((s) => s.session.order);
  // The order grows in place, so its length is what tells this list that an item was added.
  useStudioStore((s) => s.session.order.length);
  const outbox = useStudioStore((s) => s.session.outbox);
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const autoScrollTop = useRef(0);

  // Scrolling follows store changes directly, so the list itself does not re-render per chunk.
  useEffect(() => {
    const keepAtBottom = () => {
      const element = scroller.current;
      if (!element || !following.current) return;
      element.scrollTop = element.scrollHeight;
      autoScrollTop.current = element.scrollTop;
    };
    keepAtBottom();
    return useStudioStore.subscribe((state, previous) => {
      if (state.session !== previous.session) requestAnimationFrame(keepAtBottom);
    });
  }, []);

  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        // Content grows between our scroll and its event, so only a move upwards means the writer scrolled away.
        const element = event.currentTarget;
        const nearBottom = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
        if (nearBottom) following.current = true;
        else if (element.scrollTop < autoScrollTop.current - 8) following.current = false;
      }}
      className="flex-1 overflow-y-auto"
    >
      <section
        role="log"
        aria-live="polite"
        aria-label="Conversation"
        data-testid="transcript"
        className="mx-auto flex max-w-4xl flex-col gap-3 px-3 py-4 sm:px-6"
      >
        {order.length === 0 && outbox.length === 0 && <EmptyTranscript />}
        {order.map((id) => (
          <TranscriptItem key={id} id={id} />
        ))}
        {outbox.map((entry) => (
          <OutboxEntry key={entry.client_message_id} entry={entry} />
        ))}
      </section>
    </div>
  );
}
