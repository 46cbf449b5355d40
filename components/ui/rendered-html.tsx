import type { RenderedText } from '@/core/documents/types';

/**
 * The one place where indexed text is inserted as HTML: `RenderedText.html` was sanitised
 * by the indexer (rehype-sanitize) at index time. Everything else on the site is text.
 */
export function RenderedHtml({ text, className = '' }: { text: RenderedText; className?: string }) {
  return <div className={`prose-doc ${className}`} dangerouslySetInnerHTML={{ __html: text.html }} />;
}
