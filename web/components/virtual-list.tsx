// A long list that renders only what is near the viewport, keeps its place, and can follow its end as it grows.
import {
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type ItemProps, type ListRange, Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import { readPosition, type SavedPosition, writePosition } from './list-position.ts';

/**
 * The list for any long, variable-height content: the transcript, and a manuscript's chapters and scenes.
 *
 * - Rows may be any height and change height (a streaming message, an edited scene); they are measured.
 * - `itemKey` gives each row a key that stays with it (an id, never the index).
 * - `renderItem(index)` is called once per key: the returned element is kept and handed back to React
 *   unchanged, so a list update re-renders no row. A row that changes subscribes to its own data (a memo
 *   component selecting its item from the store), and only that row re-renders.
 * - Each row is laid out and painted on its own (`contain: layout paint`), so one growing row does not make
 *   the browser repaint its neighbours. Nothing inside a row can draw outside it (no overflowing popovers).
 * - `followOutput` keeps the end in view while rows are appended or the last one grows, as long as the reader
 *   is at the end, and offers "Jump to latest" when they are not.
 * - The `ref` scrolls to any row: `ref.current.scrollToIndex(42, 'start')`.
 */
export interface VirtualListProps {
  count: number;
  itemKey: (index: number) => string;
  /** Called once per key while this function stays the same (see above); pass a stable callback. */
  renderItem: (index: number) => ReactNode;
  /** Follow the end while it grows; off by default. */
  followOutput?: boolean;
  /** Where a list with no saved position opens: at its end (a conversation) or its start (a book). */
  startAt?: 'start' | 'end';
  /**
   * Called back just before the last row may grow (a streamed chunk), so a following list stays at the end.
   * Appended rows need no call; only growth inside a row does.
   */
  subscribeToGrowth?: (grew: () => void) => () => void;
  /** Where the scroll position is kept across reloads (sessionStorage); null keeps none. */
  positionKey: string | null;
  /** Rendered after the last row, e.g. messages not yet sent. */
  footer?: ReactNode;
  /** The accessible name and role of the element holding the rows. */
  label: string;
  role?: 'log' | 'feed' | 'region';
  testId?: string;
  listClassName?: string;
  onRangeChange?: (range: { startIndex: number; endIndex: number }) => void;
  ref?: Ref<VirtualListHandle>;
}

export interface VirtualListHandle {
  /** Brings row `index` into view, aligned at the viewport's start, centre or end. */
  scrollToIndex: (index: number, align?: 'start' | 'center' | 'end') => void;
  scrollToEnd: () => void;
}

/**
 * Rendered beyond the viewport above and below, in pixels: enough for a few screens of text, so scrolling
 * a little never shows a gap and find-in-page still sees the neighbouring rows (not the whole list).
 */
const OVERSCAN_PX = 1600;
/** And at least this many rows each side: a short list is shown whole, a long one stays a few hundred nodes. */
const OVERSCAN_ITEMS = 25;
const SETTLE_MS = 2_000;

export function VirtualList(props: VirtualListProps) {
  const { count, itemKey, renderItem, footer, subscribeToGrowth, positionKey, label, testId, ref } = props;
  const follow = props.followOutput ?? false;
  const handle = useRef<VirtuosoHandle>(null);
  const [atBottom, setAtBottom] = useState(true);
  const atBottomRef = useRef(true);
  const position = useRef<SavedPosition>({ index: Math.max(0, count - 1), atBottom: true });
  // Read once: where the reader was when the page last showed this list.
  const [initial] = useState(() => readPosition(positionKey));

  useImperativeHandle(
    ref,
    () => ({
      scrollToIndex: (index, align = 'start') => handle.current?.scrollToIndex({ index, align }),
      scrollToEnd: () => handle.current?.scrollToIndex({ index: 'LAST', align: 'end' }),
    }),
    [],
  );

  // One element per key, handed back unchanged on every list render: React skips a row whose element it has
  // already rendered, so a size change or a scroll re-renders the list's frame and none of its rows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new renderItem is what empties the cache
  const rows = useMemo(() => new Map<string, ReactNode>(), [renderItem]);
  const itemContent = useCallback(
    (index: number) => {
      const key = itemKey(index);
      let row = rows.get(key);
      if (row === undefined) {
        row = renderItem(index);
        rows.set(key, row);
      }
      return row;
    },
    [rows, itemKey, renderItem],
  );

  useEffect(() => {
    if (!subscribeToGrowth || !follow) return;
    // Synchronously, before the row grows: Virtuoso then scrolls in the same frame it measures the growth.
    return subscribeToGrowth(() => {
      if (atBottomRef.current) handle.current?.autoscrollToBottom();
    });
  }, [subscribeToGrowth, follow]);

  const onAtBottom = useCallback(
    (bottom: boolean) => {
      atBottomRef.current = bottom;
      setAtBottom(bottom);
      position.current = { ...position.current, atBottom: bottom };
      writePosition(positionKey, position.current);
    },
    [positionKey],
  );
  const { onRangeChange } = props;
  const onRange = useCallback(
    (range: ListRange) => {
      position.current = { ...position.current, index: range.startIndex };
      writePosition(positionKey, position.current);
      onRangeChange?.(range);
    },
    [positionKey, onRangeChange],
  );

  const startAtEnd = (props.startAt ?? (follow ? 'end' : 'start')) === 'end';
  const start =
    initial && !(startAtEnd && initial.atBottom) && initial.index < count
      ? { index: initial.index, align: 'start' as const }
      : startAtEnd
        ? { index: Math.max(0, count - 1), align: 'end' as const }
        : { index: 0, align: 'start' as const };
  // Heights are estimates until rows are measured, so a list opened at its end can come to rest just
  // above it. Until the reader touches it (or a moment passes), every measured change re-pins the end.
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
        itemContent={itemContent}
        initialTopMostItemIndex={start}
        followOutput={follow ? (bottom) => (bottom ? 'auto' : false) : false}
        atBottomStateChange={onAtBottom}
        atBottomThreshold={120}
        rangeChanged={onRange}
        totalListHeightChanged={onHeightChange}
        increaseViewportBy={{ top: OVERSCAN_PX, bottom: OVERSCAN_PX }}
        minOverscanItemCount={OVERSCAN_ITEMS}
        // A row's growth is measured and scrolled to in the frame it happens, not one frame later.
        skipAnimationFrameInResizeObserver
        components={COMPONENTS}
        context={{ label, role: props.role, testId, className: props.listClassName, footer }}
      />
      {follow && !atBottom && (
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
  role: VirtualListProps['role'];
  testId: string | undefined;
  className: string | undefined;
  footer: ReactNode;
}

function FooterElement({ context }: { context?: ListContext }) {
  return context?.footer ? <div className={context.className}>{context.footer}</div> : null;
}

// Virtuoso positions this element; it only adds the list's name and look. Its rows come and go as the
// reader scrolls, so it is not a live region: the owner announces new content in a region of its own.
function ListElement({
  context,
  className: _ignored,
  ...rest
}: React.HTMLAttributes<HTMLDivElement> & { context?: ListContext } & { ref?: React.Ref<HTMLDivElement> }) {
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: each role this list takes (log, feed, region) has a name
    <div
      {...rest}
      role={context?.role ?? 'region'}
      aria-live="off"
      aria-label={context?.label}
      data-testid={context?.testId}
      className={context?.className}
    />
  );
}

// Each row is laid out and painted on its own, so a growing row leaves its neighbours' layout and paint alone.
function ItemElement({
  context: _context,
  item: _item,
  style,
  ...rest
}: ItemProps<unknown> & { context?: ListContext }) {
  return <div {...rest} style={{ ...style, contain: 'layout paint' }} />;
}

const COMPONENTS = { List: ListElement, Footer: FooterElement, Item: ItemElement };
