// A long list that renders only what is near the viewport, follows its bottom while it grows, and keeps its place.
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { type ListRange, Virtuoso, type VirtuosoHandle } from 'react-virtuoso';

export interface VirtualListProps {
  count: number;
  itemKey: (index: number) => string;
  renderItem: (index: number) => ReactNode;
  /** Rendered after the last item, e.g. messages not yet sent. */
  footer?: ReactNode;
  /** Calls back whenever the last item may have grown (a streamed chunk), so the list can stay at the bottom. */
  subscribeToGrowth?: (grew: () => void) => () => void;
  /** Where the scroll position is kept across reloads (sessionStorage); null keeps none. */
  positionKey: string | null;
  /** Attributes for the element holding the items. */
  label: string;
  testId?: string;
  listClassName?: string;
}

/**
 * Rendered beyond the viewport above and below, in pixels: enough for a few screens of text, so scrolling
 * a little never shows a gap and find-in-page still sees the neighbouring messages (not the whole list).
 */
const OVERSCAN_PX = 1600;
/** And at least this many items each side: a short session is shown whole, a long one stays a few hundred nodes. */
const OVERSCAN_ITEMS = 25;
const SETTLE_MS = 2_000;

interface SavedPosition {
  index: number;
  atBottom: boolean;
}

function readPosition(key: string | null): SavedPosition | null {
  if (key === null) return null;
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(key) ?? 'null') as SavedPosition | null;
    return saved && Number.isInteger(saved.index) ? saved : null;
  } catch {
    return null;
  }
}

function writePosition(key: string | null, position: SavedPosition): void {
  if (key === null) return;
  try {
    window.sessionStorage.setItem(key, JSON.stringify(position));
  } catch {
    // A full or disabled storage only costs the restored position.
  }
}

export function VirtualList(props: VirtualListProps) {
  const { count, itemKey, renderItem, footer, subscribeToGrowth, positionKey, label, testId } = props;
  const handle = useRef<VirtuosoHandle>(null);
  const [atBottom, setAtBottom] = useState(true);
  const atBottomRef = useRef(true);
  const position = useRef<SavedPosition>({ index: Math.max(0, count - 1), atBottom: true });
  // Read once: where the writer was when the page last showed this list.
  const [initial] = useState(() => readPosition(positionKey));

  useEffect(() => {
    if (!subscribeToGrowth) return;
    return subscribeToGrowth(() => {
      if (atBottomRef.current) requestAnimationFrame(() => handle.current?.autoscrollToBottom());
    });
  }, [subscribeToGrowth]);

  const onAtBottom = useCallback(
    (bottom: boolean) => {
      atBottomRef.current = bottom;
      setAtBottom(bottom);
      position.current = { ...position.current, atBottom: bottom };
      writePosition(positionKey, position.current);
    },
    [positionKey],
  );
  const onRange = useCallback(
    (range: ListRange) => {
      position.current = { ...position.current, index: range.startIndex };
      writePosition(positionKey, position.current);
    },
    [positionKey],
  );

  const start =
    initial && !initial.atBottom && initial.index < count
      ? { index: initial.index, align: 'start' as const }
      : { index: Math.max(0, count - 1), align: 'end' as const };
  // Heights are estimates until items are measured, so a list opened at its end can come to rest just
  // above it. Until the writer touches it (or a moment passes), every measured change re-pins the end.
  const settling = useRef(start.align === 'end');
  useEffect(() => {
    const timer = setTimeout(() => {
      settling.current = false;
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const stop = () => {
      settling.current = false;
    };
    const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
    for (const name of events) element.addEventListener(name, stop, { passive: true });
    return () => {
      for (const name of events) element.removeEventListener(name, stop);
    };
  }, []);
  const onHeightChange = useCallback(() => {
    if (settling.current) handle.current?.scrollToIndex({ index: 'LAST', align: 'end' });
  }, []);

  return (
    <div ref={container} className="relative min-h-0 flex-1">
      <Virtuoso
        ref={handle}
        className="h-full"
        totalCount={count}
        computeItemKey={itemKey}
        itemContent={renderItem}
        initialTopMostItemIndex={start}
        followOutput={(bottom) => (bottom ? 'auto' : false)}
        atBottomStateChange={onAtBottom}
        atBottomThreshold={120}
        rangeChanged={onRange}
        totalListHeightChanged={onHeightChange}
        increaseViewportBy={{ top: OVERSCAN_PX, bottom: OVERSCAN_PX }}
        minOverscanItemCount={OVERSCAN_ITEMS}
        components={COMPONENTS}
        context={{ label, testId, className: props.listClassName, footer }}
      />
      {!atBottom && (
        <button
          type="button"
          data-testid="jump-to-latest"
          onClick={() => handle.current?.scrollToIndex({ index: 'LAST', align: 'end' })}
          className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-ink-900 px-3 py-1.5 text-xs font-medium text-white shadow-md dark:bg-ink-100 dark:text-ink-900"
        >
          Jump to latest ↓
        </button>
      )}
    </div>
  );
}

interface ListContext {
  label: string;
  testId: string | undefined;
  className: string | undefined;
  footer: ReactNode;
}

function FooterElement({ context }: { context?: ListContext }) {
  return context?.footer ? <div className={context.className}>{context.footer}</div> : null;
}

// Virtuoso positions this element; it only adds the list's name and look. Its items come and go as the
// writer scrolls, so it is not a live region: the owner announces new content in a region of its own.
function ListElement({
  context,
  className: _ignored,
  ...rest
}: React.HTMLAttributes<HTMLDivElement> & { context?: ListContext } & { ref?: React.Ref<HTMLDivElement> }) {
  return (
    <div
      {...rest}
      role="log"
      aria-live="off"
      aria-label={context?.label}
      data-testid={context?.testId}
      className={context?.className}
    />
  );
}

const COMPONENTS = { List: ListElement, Footer: FooterElement };
