/**
 * What a description rendering needs to know about where the text will be shown, and the
 * rule for links to options mentioned in a description (`{option}` roles, DocBook
 * `<option>` and `<xref linkend="opt-…">`): they point at the option's permalink page
 * `/options/<channel>/<name>` of the same channel (documented in docs/schema.md).
 */

/** Rendering context of one channel. */
export interface RenderContext {
  /** Site-relative link for an option name, or null when the name should not be linked. */
  optionHref: (name: string) => string | null;
}

// Option names: dotted paths of identifiers, `<name>` placeholders, `*` and quoted segments.
const OPTION_NAME = /^[A-Za-z_][\w'-]*(\.(?:[\w'-]+|<[\w-]+>|\*|"[^"]*"))+$/;

/** Whether a string reads like a full option name (command-line flags and bare words do not). */
export function looksLikeOptionName(name: string): boolean {
  return OPTION_NAME.test(name);
}

/** Links options to `/options/<channel>/<name>`; null context channel means no links. */
export function channelRenderContext(channel: string | null): RenderContext {
  return {
    optionHref: (name) =>
      channel !== null && looksLikeOptionName(name)
        ? `/options/${encodeURIComponent(channel)}/${encodeURIComponent(name)}`
        : null,
  };
}

/** NixOS manual anchors spell `<name>` as `_name_` (`#opt-services.foo._name_.bar`). */
export function optionNameFromAnchor(anchor: string): string | null {
  const m = /^#?opt-(.+)$/.exec(anchor);
  return m ? m[1]!.replace(/\._([\w-]+)_(?=\.|$)/g, '.<$1>') : null;
}
