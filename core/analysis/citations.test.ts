import { describe, expect, it } from 'vitest';
import { CitationCounter, properNames } from './citations';

describe('properNames', () => {
  it('finds capitalised words that do not start a sentence', () => {
    expect([...properNames('Prometheus exporter for Dovecot')]).toEqual(['dovecot']);
    expect([...properNames('Stream movies and TV shows from Jellyfin. Also Kodi add-ons')]).toEqual(['tv', 'jellyfin', 'kodi']);
    expect([...properNames('Web client for the GIMP image editor')]).toEqual(['gimp']);
    expect([...properNames('Works with Home-Assistant and node-red')]).toEqual(['home-assistant']);
  });

  it('ignores lowercase words, sentence starts and list marks', () => {
    expect(properNames('a file manager which shows the time').size).toBe(0);
    expect(properNames('Simple backup tool. Fast: Restic\n- Borg').size).toBe(0);
    expect(properNames('').size).toBe(0);
  });
});

describe('CitationCounter', () => {
  it('counts distinct citers of known names, never a citer itself', () => {
    const c = new CitationCounter();
    c.add(['Python client for the Tailscale API'], 'package:python-tailscale', new Set(['python-tailscale']));
    // The same package in another package set is the same citer.
    c.add(['Python client for the Tailscale API'], 'package:python-tailscale', new Set(['python-tailscale']));
    c.add(['GUI to monitor and manage Tailscale', 'Built on Tailscale and WireGuard'], 'package:ktailctl', new Set(['ktailctl']));
    c.add(['Node agent for Tailscale, a mesh VPN'], 'package:tailscale', new Set(['tailscale']));
    const counts = c.build(new Set(['tailscale', 'wireguard']));
    expect(counts.get('tailscale')).toBe(2);
    expect(counts.get('wireguard')).toBe(1);
    // Names that are no package are dropped.
    expect(counts.has('api')).toBe(false);
  });
});
