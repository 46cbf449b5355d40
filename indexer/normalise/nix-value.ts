/**
 * Option defaults and examples as Nix text: `literalExpression` / `literalExample` text as
 * written, `literalMD` / `literalDocBook` prose rendered (text kept too), and plain JSON values
 * printed in Nix syntax (nix-text.ts).
 */
import type { NixValue } from '@/core/documents/types';
import { toNixText } from './nix-text';
import { asLiteral } from './raw';
import { renderDocBook, renderMarkdown, type RenderContext } from './text';

/** A default or example; null when absent. */
export function toNixValue(raw: unknown, context: RenderContext): NixValue | null {
  if (raw === undefined) return null;
  const literal = asLiteral(raw);
  if (literal) {
    switch (literal._type) {
      case 'literalExpression':
      case 'literalExample':
        return { text: literal.text, rendered: null };
      case 'literalMD':
      case 'mdDoc':
        return { text: literal.text, rendered: renderMarkdown(literal.text, context) };
      case 'literalDocBook':
        return { text: literal.text, rendered: renderDocBook(literal.text, context) };
    }
  }
  return { text: toNixText(raw), rendered: null };
}
