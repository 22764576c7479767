/** Whether an address is a web page's (http or https), not the browser's or an extension's own. */
export function isWebAddress(address: string | undefined): address is string {
  return address !== undefined && /^https?:\/\//i.test(address);
}
