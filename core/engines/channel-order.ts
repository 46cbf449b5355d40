/** The order both engines list channels in, so the site shows the same switcher on either. */

/** Compare channel ids: configuration order first (`order`), then the rest by id. */
export function byChannelOrder(order: readonly string[] = []): (a: string, b: string) => number {
  const pos = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return (a, b) => pos(a) - pos(b) || (a < b ? -1 : a > b ? 1 : 0);
}
