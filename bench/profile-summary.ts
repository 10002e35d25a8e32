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
  const own = /dist\/node\/(server\/[^/]+|protocol)/.exec(url);
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
