/**
 * Links taken from metadata (homepages, license and source URLs, declarations) become
 * anchors only when they are plain http(s) URLs; anything else (`javascript:`, `data:`,
 * relative paths) is shown as text.
 */

/** The URL when it is a well-formed http(s) URL, else null. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A GitHub profile URL for a handle, when the handle is a valid GitHub login. */
export function githubProfileUrl(handle: string | null | undefined): string | null {
  return handle && /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(handle) ? `https://github.com/${handle}` : null;
}
