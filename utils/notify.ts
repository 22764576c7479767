import { browser } from 'wxt/browser';

/** Shows a system notification; failures (notifications blocked by the OS) are not the user's problem. */
export async function notify(title: string, message: string): Promise<void> {
  try {
    await browser.notifications.create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  } catch {
    // Nothing else can tell the user; the click simply did nothing visible.
  }
}
