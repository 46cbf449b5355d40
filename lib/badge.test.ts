import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, renderBadge } from './badge';

describe('badge', () => {
  it('draws label and value and sizes the badge to the text', () => {
    const short = renderBadge({ label: 'nixos-24.11', value: '1.0', color: BADGE_COLORS.version });
    const long = renderBadge({ label: 'nixos-24.11', value: '14.1.1-unstable-2024-11-01', color: BADGE_COLORS.version });
    expect(short).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(short).toContain('>nixos-24.11</text>');
    expect(short).toContain('>1.0</text>');
    const width = (svg: string) => Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width(long)).toBeGreaterThan(width(short) + 60);
  });

  it('escapes every text so no markup can get in', () => {
    const svg = renderBadge({ label: '<script>alert(1)</script>', value: '"onload="alert(1)', color: 'red;x' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"onload=');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain(`fill="${BADGE_COLORS.missing}"`);
    expect(renderBadge({ label: "it's", value: 'a&b', color: BADGE_COLORS.version })).toContain('>it&#39;s</text>');
  });

  it('cuts very long texts', () => {
    const svg = renderBadge({ label: 'c', value: 'v'.repeat(5000), color: BADGE_COLORS.version });
    expect(svg.length).toBeLessThan(3000);
    expect(svg).toContain('…');
  });
});
