/**
 * Description text, rendered in ONE place, at index time: DocBook or Markdown in, sanitised
 * HTML plus a plain-text version out (RenderedText). The site inserts `html` as is and never
 * renders descriptions itself. See docs/schema.md ("Rendered text").
 */
import type { RenderedText } from '@/core/documents/types';
import type { RenderContext } from './context';
import { docBookToHast } from './docbook';
import { formatOf, type TextFormat } from './format';
import { markdownToHast } from './markdown';
import { isSimpleMarkdown, simpleMarkdownToHast } from './plain';
import { EMPTY_TEXT, finishRendering } from './sanitize';

export type { RenderContext } from './context';
export { channelRenderContext } from './context';
export type { TextFormat } from './format';
export { detectEraFormat } from './format';

/** Render Markdown (package long descriptions, literalMD values, modern option descriptions). */
export function renderMarkdown(source: string, context: RenderContext): RenderedText {
  if (source.trim() === '') return EMPTY_TEXT;
  return finishRendering(isSimpleMarkdown(source) ? simpleMarkdownToHast(source, context) : markdownToHast(source, context));
}

/** Render DocBook (option descriptions up to 23.05, literalDocBook values). */
export function renderDocBook(source: string, context: RenderContext): RenderedText {
  if (source.trim() === '') return EMPTY_TEXT;
  return finishRendering(docBookToHast(source, context));
}

/** Render a description whose markup follows its era unless it clearly is DocBook. */
export function renderDescription(source: string, eraFormat: TextFormat, context: RenderContext): RenderedText {
  return formatOf(source, eraFormat) === 'docbook' ? renderDocBook(source, context) : renderMarkdown(source, context);
}
