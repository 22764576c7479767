// What the service worker and pages report as errors, for tests that expect none.
import type { BrowserContext, Page } from '@playwright/test';

export interface WorkerErrorLog {
  /** `level: text` lines, in the order they were reported. */
  lines: string[];
  close(): Promise<void>;
}

/**
 * Collects what the extension's error page would list for its service worker: console errors and
 * warnings, unchecked `runtime.lastError` (Chromium reports those as a Log entry, not through the
 * console, so Playwright's `console` event misses them) and uncaught exceptions. Follows the worker
 * through stops, restarts and reloads, through a browser-level CDP session attached to every
 * service-worker target of the extension.
 */
export async function watchWorkerErrors(context: BrowserContext, extensionId: string): Promise<WorkerErrorLog> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const lines: string[] = [];
  const sessions = new Map<string, string>(); // sessionId -> targetId
  const attaching = new Set<string>();
  let nextId = 1;
  const sendTo = (sessionId: string, method: string) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method }) });
  const isOurWorker = (info: { type: string; url: string }) =>
    info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`);
  const attach = async (info: { targetId: string; type: string; url: string }) => {
    if (!isOurWorker(info) || attaching.has(info.targetId) || [...sessions.values()].includes(info.targetId)) return;
    attaching.add(info.targetId);
    try {
      // Not flattened: Playwright's CDPSession can't address flat child sessions.
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
      sessions.set(sessionId, info.targetId);
      await sendTo(sessionId, 'Runtime.enable');
      await sendTo(sessionId, 'Log.enable');
    } catch {
      // The target went away while we attached; its successor is reported as a new target.
    } finally {
      attaching.delete(info.targetId);
    }
  };
  cdp.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
  cdp.on('Target.targetInfoChanged', ({ targetInfo }) => void attach(targetInfo));
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => sessionId && sessions.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { method, params } = JSON.parse(message) as { method?: string; params?: Record<string, any> };
    if (method === 'Log.entryAdded' && ['error', 'warning'].includes(params!.entry.level)) {
      lines.push(`${params!.entry.level}: ${params!.entry.text}`);
    } else if (method === 'Runtime.consoleAPICalled' && ['error', 'warning'].includes(params!.type)) {
      const text = (params!.args as { value?: unknown; description?: string }[])
        .map((arg) => (typeof arg.value === 'string' ? arg.value : (arg.description ?? JSON.stringify(arg.value))))
        .join(' ');
      lines.push(`console.${params!.type === 'warning' ? 'warn' : 'error'}: ${text}`);
    } else if (method === 'Runtime.exceptionThrown') {
      const details = params!.exceptionDetails;
      lines.push(`exception: ${details.text} ${details.exception?.description ?? ''}`.trim());
    }
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  await Promise.all(targetInfos.map(attach));
  if (!sessions.size) throw new Error(`watchWorkerErrors: no service worker of ${extensionId} to watch`);
  return { lines, close: () => cdp.detach().catch(() => {}) };
}

/**
 * Collect a page's uncaught exceptions and console errors into a live array,
 * e.g. `const errors = collectPageErrors(page); ...; expect(errors).toEqual([])`.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
