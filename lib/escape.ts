/**
 * The one markup escaper of the site: text put into HTML or XML content or a quoted
 * attribute value. `'` becomes `&#39;` (valid in both, where `&apos;` is not HTML 4).
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML or XML content and attribute values. */
export function escapeMarkup(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
