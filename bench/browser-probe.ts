// Runs inside the page before the app: records when session_state and chunks arrive, long tasks and key latency.

/** Installed with page.addInitScript; results are read back from `window.__bench`. */
export function installBrowserProbe(): void {
  interface Probe {
    stateAt: number | null;
    chunkTimes: number[];
    longTasks: { start: number; duration: number }[];
    keyDurations: { name: string; duration: number; start: number }[];
    completions: number;
  }
  const probe: Probe = { stateAt: null, chunkTimes: [], longTasks: [], keyDurations: [], completions: 0 };
  (window as unknown as { __bench: Probe }).__bench = probe;
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        const text = typeof event.data === 'string' ? event.data : '';
        if (probe.stateAt === null && text.includes('"type":"session_state"'))
          probe.stateAt = performance.now();
        if (text.includes('"type":"stream_chunk"')) probe.chunkTimes.push(performance.now());
        else if (text.includes('"type":"completion"')) probe.completions += 1;
      });
    }
  } as typeof WebSocket;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith('key') || entry.name === 'beforeinput' || entry.name === 'input') {
        probe.keyDurations.push({ name: entry.name, duration: entry.duration, start: entry.startTime });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Resolves with performance.now() of the first frame in which the item at `lastIndex` is fully on screen. */
export function waitForLastItemVisible(lastIndex: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const giveUp = performance.now() + 30_000;
    const check = () => {
      if (performance.now() > giveUp) {
        const shown = [...document.querySelectorAll('[data-index]')].map((e) => e.getAttribute('data-index'));
        reject(new Error(`item ${lastIndex} never came into view; rendered: ${shown.join(',')}`));
        return;
      }
      const element = document.querySelector(`[data-index="${lastIndex}"]`);
      const rect = element?.getBoundingClientRect();
      if (rect && rect.height > 0 && rect.bottom <= window.innerHeight + 1 && rect.bottom > 0) {
        resolve(performance.now());
      } else requestAnimationFrame(check);
    };
    check();
  });
}
