/**
 * One raw options.json entry → OptionDoc. Pure; tolerant of every era (DocBook or Markdown
 * descriptions, literal values, string or `{name, url}` declarations).
 */
import type { OptionDoc, OptionSetId } from '@/core/documents/types';
import { toNixValue } from './nix-value';
import type { Normalised } from './package';
import { asLiteral, isRecord, many, str, type RawOption } from './raw';
import { toDeclaration, type SourceContext } from './source-links';
import { renderDescription, renderDocBook, renderMarkdown, type RenderContext, type TextFormat } from './text';
import { EMPTY_TEXT } from './text/sanitize';
import type { RenderedText } from '@/core/documents/types';

/** What normalising an option needs besides the entry. */
export interface OptionContext {
  optionSet: OptionSetId;
  /** The markup of this input's era (text/format.ts). */
  eraFormat: TextFormat;
  source: SourceContext;
  render: RenderContext;
}

/** "a.b.<name>.c" → ["a", "b", "<name>", "c"], keeping quoted segments whole. */
export function splitOptionName(name: string): string[] {
  return name.match(/"[^"]*"|[^.]+/g) ?? [name];
}

function descriptionOf(raw: unknown, context: OptionContext): RenderedText {
  if (typeof raw === 'string') return renderDescription(raw, context.eraFormat, context.render);
  const literal = asLiteral(raw);
  if (literal?._type === 'mdDoc' || literal?._type === 'literalMD') return renderMarkdown(literal.text, context.render);
  if (literal) return renderDocBook(literal.text, context.render);
  return EMPTY_TEXT;
}

/** Normalise one option entry. */
export function normaliseOption(name: string, entry: unknown, context: OptionContext): Normalised<OptionDoc> {
  if (!isRecord(entry)) return { skip: 'not-an-object' };
  if (name.trim() === '') return { skip: 'empty-name' };
  const raw = entry as RawOption;
  const loc = Array.isArray(raw.loc) && raw.loc.length > 0 && raw.loc.every((s) => typeof s === 'string') ? raw.loc : splitOptionName(name);
  return {
    doc: {
      kind: 'option',
      name,
      loc,
      optionSet: context.optionSet,
      description: descriptionOf(raw.description, context),
      type: str(raw.type),
      default: toNixValue(raw.default, context.render),
      example: toNixValue(raw.example, context.render),
      readOnly: raw.readOnly === true,
      declarations: many(raw.declarations)
        .map((d) => toDeclaration(d, context.source))
        .filter((d) => d !== null),
    },
  };
}
