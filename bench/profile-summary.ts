// Summarizes a V8 .cpuprofile (node --cpu-prof): self time by function and by package, to say where time goes.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface TimeShare {
  name: string;
  ms: number;
  share: number;
}

/** Where a script belongs: a package under node_modules, a BooksWriter folder, or Node itself. */
export function ownerOfScript(url: string): string {
  if (url === '') return '(native / V8)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/node\/(server\/[^/]+|protocol)\//.exec(url);
  if (own?.[1]) return own[1];
  return url;
}

function top(times: Map<string, number>, total: number, count: number): TimeShare[] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }));
}

/** Self time per function and per owner, largest first; idle and GC are listed as V8 names them. */
export function summarizeProfile(profile: CpuProfile, count = 15) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const [index, id] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    total += ms;
    const owner = ownerOfScript(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${owner}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
  }
  return { totalMs: total, functions: top(byFunction, total, count), owners: top(byOwner, total, count) };
}

/** The parts a delta's cost is split into, as docs/performance.md reports them. */
export const COST_PARTS = [
  'socket writes (writev)',
  'garbage collection',
  'AI SDK and web streams (ai, @ai-sdk/*, node internals)',
  'ws framing',
  'storage (kysely, better-sqlite3)',
  'zod',
  "BooksWriter's own code",
  'other (V8, native)',
] as const;
export type CostPart = (typeof COST_PARTS)[number];

const SOCKET_WRITES = /^(writev|writeUtf8String|writeLatin1String|writeBuffer|writevGeneric|writeGeneric)$/;

/** Which part a sample belongs to; null for idle time, which costs no delta anything. */
export function costPartOf(frame: { functionName: string; url: string }): CostPart | null {
  if (frame.functionName === '(idle)') return null;
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (SOCKET_WRITES.test(frame.functionName)) return 'socket writes (writev)';
  const owner = ownerOfScript(frame.url);
  if (owner === 'ai' || owner.startsWith('@ai-sdk/') || owner === 'node internals')
    return 'AI SDK and web streams (ai, @ai-sdk/*, node internals)';
  if (owner === 'ws') return 'ws framing';
  if (owner === 'kysely' || owner === 'better-sqlite3') return 'storage (kysely, better-sqlite3)';
  if (owner === 'zod') return 'zod';
  if (owner.startsWith('server/') || owner === 'protocol') return "BooksWriter's own code";
  return 'other (V8, native)';
}

/**
 * CPU time per part in microseconds per delta, over `deltas` deltas the profiled process streamed:
 * its `cpuSeconds` shared out as its busy samples are. Sample intervals are wall time, so on a busy
 * machine they also count time the process waited for a core; the CPU seconds do not.
 */
export function costPerDelta(
  profile: CpuProfile,
  deltas: number,
  cpuSeconds: number,
): { part: CostPart; us: number }[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const ms = new Map<CostPart, number>(COST_PARTS.map((part) => [part, 0]));
  for (const [index, id] of profile.samples.entries()) {
    const frame = nodes.get(id)?.callFrame;
    const part = frame ? costPartOf(frame) : null;
    if (part) ms.set(part, (ms.get(part) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }
  let busyMs = 0;
  for (const value of ms.values()) busyMs += value;
  const usPerBusyMs = busyMs > 0 && deltas > 0 ? (cpuSeconds * 1e6) / busyMs / deltas : 0;
  return COST_PARTS.map((part) => ({ part, us: (ms.get(part) ?? 0) * usPerBusyMs }));
}
