import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** The frames that allocated the most, as `MB  function url:line:column` lines. */
function topFrames(head: ProfileNode, count: number): string[] {
  const bytes = new Map<string, number>();
  const visit = (node: ProfileNode) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const frame = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '')}:${lineNumber + 1}:${columnNumber + 1}`;
    if (node.selfSize) bytes.set(frame, (bytes.get(frame) ?? 0) + node.selfSize);
    node.children.forEach(visit);
  };
  visit(head);
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, size]) => `${(size / 1e6).toFixed(1).padStart(7)} MB  ${frame}`);
}

/**
 * Runs `work` under V8's sampling heap profiler counting only what survived the young generation's
 * collections (what a full collection frees later still counts): where the old generation's growth
 * comes from. Writes the profile to `file` (open it in Chrome DevTools) and prints the top frames.
 */
export async function survivorProfile<T>(file: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 8192,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  } as never);
  try {
    return await work();
  } finally {
    const { profile } = (await session.post('HeapProfiler.getSamplingProfile')) as { profile: { head: ProfileNode } };
    await session.post('HeapProfiler.stopSampling');
    session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  survived young collections (sampled; ${file}):\n${topFrames(profile.head, 15).join('\n')}`);
  }
}
