// Coalesces stream chunks so a burst of them reaches the store once per animation frame, in arrival order.
import type { ServerMessage } from '../../protocol/messages.ts';

export interface FrameBufferDeps {
  apply: (messages: readonly ServerMessage[]) => void;
  /** Runs the callback soon, normally on the next animation frame. */
  schedule: (flush: () => void) => void;
}

export interface FrameBuffer {
  push: (message: ServerMessage) => void;
  flush: () => void;
  /** Drops what is pending and ignores later pushes; used when the page leaves the session. */
  dispose: () => void;
}

export function createFrameBuffer({ apply, schedule }: FrameBufferDeps): FrameBuffer {
  let pending: ServerMessage[] = [];
  let scheduled = false;
  let disposed = false;

  const flush = () => {
    scheduled = false;
    if (disposed || pending.length === 0) return;
    const batch = pending;
    pending = [];
    apply(batch);
  };

  return {
    push(message) {
      if (disposed) return;
      pending.push(message);
      // Anything but a chunk goes through at once, together with the chunks before it, to keep the order.
      if (message.type !== 'stream_chunk') {
        flush();
      } else if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    flush,
    dispose() {
      disposed = true;
      pending = [];
    },
  };
}

/** The browser's scheduler: the next paint, with a timer as a floor because hidden tabs get no frames. */
export function nextPaint(flush: () => void): void {
  requestAnimationFrame(flush);
  setTimeout(flush, 100);
}

/**
 * Chunks are applied at most once per `intervalMs`, on a paint. Measured in Chromium on a long transcript,
 * 50 ms halves the main thread spent per chunk against every frame, and text growing 20 times a second still
 * reads as smooth; the typing cursor is a CSS animation, so it blinks at full rate whatever this is.
 */
export const FLUSH_INTERVAL_MS = 50;

export interface PacedClock {
  now: () => number;
  wait: (ms: number, run: () => void) => void;
  paint: (run: () => void) => void;
}

export function pacedPaint(
  intervalMs: number,
  clock: PacedClock = {
    now: () => performance.now(),
    wait: (ms, run) => setTimeout(run, ms),
    paint: nextPaint,
  },
): (flush: () => void) => void {
  let lastFlush = Number.NEGATIVE_INFINITY;
  return (flush) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      lastFlush = clock.now();
      flush();
    };
    const delay = lastFlush + intervalMs - clock.now();
    if (delay <= 0) clock.paint(once);
    else clock.wait(delay, () => clock.paint(once));
  };
}
