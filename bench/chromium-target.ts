/**
 * What the user-felt rows read from Chromium itself: page targets through a browser-level CDP
 * session (the toolbar popup is no Playwright page), expressions run in one, and traces.
 */
import type { Browser, BrowserContext, CDPSession } from '@playwright/test';

import { pollUntil } from '../tests/e2e/harness/wait';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('the context has no browser to open a CDP session on');
  return browser.newBrowserCDPSession();
}

export async function pageTargets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((target) => target.type === 'page');
}

/** Waits for a page target that wasn't in `before` and whose address `matches`. */
export async function newPageTarget(
  cdp: CDPSession,
  before: Set<string>,
  matches: (url: string) => boolean,
  timeout = 10_000,
): Promise<TargetInfo> {
  let found: TargetInfo | undefined;
  await pollUntil(
    async () => {
      found = (await pageTargets(cdp)).find((target) => !before.has(target.targetId) && matches(target.url));
      return found !== undefined;
    },
    timeout,
    'a new page target',
  );
  return found!;
}

/** Runs `expression` (promises awaited) in the page target and returns its value. */
export async function evaluateInTarget<T>(cdp: CDPSession, targetId: string, expression: string): Promise<T> {
  // Not flattened: Playwright's CDPSession can't address flat child sessions.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  try {
    const answer = new Promise<{ result?: { result: { value: T }; exceptionDetails?: { text: string } } }>(
      (resolve) => {
        const onMessage = (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message);
          if (message.id !== 1) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(message);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
      },
    );
    const message = JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression, awaitPromise: true, returnByValue: true },
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message });
    const { result } = await answer;
    if (!result || result.exceptionDetails) throw new Error(`${expression}: ${result?.exceptionDetails?.text}`);
    return result.result.value;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: { url?: string; cpuProfile?: CpuProfile; timeDeltas?: number[] }; fileName?: string };
}

interface CpuProfile {
  nodes?: { id: number; parent?: number; callFrame: { url?: string } }[];
  samples?: number[];
}

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
];

/** The trace of every Chromium process while `action` runs. */
export async function traced(browser: Browser, action: () => Promise<void>): Promise<TraceEvent[]> {
  await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  let failure: Error | undefined;
  try {
    await action();
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
  const trace = await browser.stopTracing();
  if (failure) throw failure;
  return (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

const scriptUrl = (event: TraceEvent) => event.args?.data?.url ?? event.args?.fileName ?? '';

const RAN_SCRIPT = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall']);

/** The thread that ran a script whose address `matches` (its first evaluation, compile or call). */
export function threadOfScript(events: TraceEvent[], matches: (url: string) => boolean): TraceEvent | undefined {
  return events.find((event) => RAN_SCRIPT.has(event.name) && matches(scriptUrl(event)));
}

/** The time Chromium spent evaluating scripts whose address `matches` (compile and first run). */
export function scriptEvaluationMs(events: TraceEvent[], matches: (url: string) => boolean): number {
  return (
    events
      .filter((event) => event.name === 'EvaluateScript' && event.ph === 'X' && matches(scriptUrl(event)))
      .reduce((total, event) => total + (event.dur ?? 0), 0) / 1000
  );
}

/** The thread's tasks (top-level, overlaps merged), as [start, end] in µs. */
function tasksOn(events: TraceEvent[], thread: { pid: number; tid: number }): [number, number][] {
  const spans = events
    .filter(
      (event) =>
        event.pid === thread.pid &&
        event.tid === thread.tid &&
        event.ph === 'X' &&
        (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask'),
    )
    .map((event): [number, number] => [event.ts, event.ts + (event.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Time the thread was busy with tasks, in ms. */
export function busyMs(events: TraceEvent[], thread: { pid: number; tid: number }): number {
  return tasksOn(events, thread).reduce((total, [start, end]) => total + end - start, 0) / 1000;
}

/** The thread's longest task, in ms. */
export function longestTaskMs(events: TraceEvent[], thread: { pid: number; tid: number }): number {
  return Math.max(0, ...tasksOn(events, thread).map(([start, end]) => end - start)) / 1000;
}

/**
 * Time the V8 sampling profiler saw scripts whose address `matches` on any stack: their evaluation and
 * every later call (promise continuations included), with the DOM work they call, in ms.
 */
export function sampledScriptMs(events: TraceEvent[], matches: (url: string) => boolean): number {
  const profiles = new Map<string, { parent: Map<number, number | undefined>; url: Map<number, string> }>();
  let total = 0;
  const chunks = events.filter((event) => event.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const chunk of chunks) {
    const key = `${chunk.pid}:${chunk.id}`;
    const profile = profiles.get(key) ?? { parent: new Map(), url: new Map() };
    profiles.set(key, profile);
    const { cpuProfile, timeDeltas = [] } = chunk.args?.data ?? {};
    for (const node of cpuProfile?.nodes ?? []) {
      profile.parent.set(node.id, node.parent);
      profile.url.set(node.id, node.callFrame.url ?? '');
    }
    const inScript = (node: number | undefined): boolean =>
      node !== undefined && (matches(profile.url.get(node) ?? '') || inScript(profile.parent.get(node)));
    // A sample stands for the time until the next one.
    (cpuProfile?.samples ?? []).forEach((node, i) => {
      if (inScript(node)) total += timeDeltas[i + 1] ?? timeDeltas[i] ?? 0;
    });
  }
  return total / 1000;
}
