/**
 * Version badges (`/badge/<channel>/<attr>.svg`): a flat two-part SVG in the usual style,
 * label on the left, value on the right. Self-contained (no fonts or images fetched), every
 * text XML-escaped, widths estimated from per-character advances of Verdana 11px.
 */
import { escapeMarkup } from './escape';

/** A badge to draw. */
export interface BadgeSpec {
  label: string;
  value: string;
  /** Fill of the value part. */
  color: string;
}

/** Badge colours by meaning. */
export const BADGE_COLORS = { version: '#4c7bbd', missing: '#9f9f9f', broken: '#c05046' } as const;

/** Longest text shown on either side (longer is cut with an ellipsis). */
const MAX_TEXT = 60;

// Approximate advances (px) of Verdana at 11px; unknown characters count as wide.
const NARROW = new Set('fijlrt.,:;!|\'()[]{} ');
const WIDE = new Set('mwMW@%');

function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += NARROW.has(ch) ? 4 : WIDE.has(ch) ? 10 : /[A-Z0-9#$&+<=>?_~-]/.test(ch) ? 7.5 : /[a-z"*/\\^`]/.test(ch) ? 6.5 : 9;
  return Math.ceil(w);
}

function cut(s: string): string {
  const chars = Array.from(s);
  return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT - 1).join('')}…` : s;
}

/** Render a badge as an SVG document. */
export function renderBadge(spec: BadgeSpec): string {
  const label = cut(spec.label);
  const value = cut(spec.value);
  const lw = textWidth(label) + 10;
  const vw = textWidth(value) + 10;
  const total = lw + vw;
  const title = escapeMarkup(`${label}: ${value}`);
  const color = /^#[0-9a-fA-F]{3,8}$/.test(spec.color) ? spec.color : BADGE_COLORS.missing;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${total}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${total}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeMarkup(label)}</text><text x="${lw / 2}" y="14">${escapeMarkup(label)}</text>`,
    `<text x="${lw + vw / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeMarkup(value)}</text><text x="${lw + vw / 2}" y="14">${escapeMarkup(value)}</text>`,
    `</g></svg>`,
  ].join('');
}
