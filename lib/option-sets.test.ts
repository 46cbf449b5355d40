import { describe, expect, it } from 'vitest';
import type { ChannelInfo } from '@/core/search/types';
import { channelOptionSets, pickOptionSet } from './option-sets';

function channel(options: ChannelInfo['counts']['options']): ChannelInfo {
  return { id: 'c', label: 'C', revision: 'r', sourceBaseUrl: 'https://example.org/', schemaVersion: 1, counts: { packages: 0, options }, publishedAt: '' };
}

describe('option sets of a channel', () => {
  it('lists the sets with options, NixOS first, leaving out empty ones', () => {
    expect(channelOptionSets(channel({ 'home-manager': 5, nixos: 10 }))).toEqual(['nixos', 'home-manager']);
    expect(channelOptionSets(channel({ nixos: 0, 'home-manager': 5 }))).toEqual(['home-manager']);
    expect(channelOptionSets(channel({}))).toEqual([]);
  });

  it('shows the set asked for, else the first the channel has', () => {
    expect(pickOptionSet(channel({ nixos: 10, 'home-manager': 5 }), 'home-manager')).toBe('home-manager');
    expect(pickOptionSet(channel({ nixos: 10, 'home-manager': 5 }), undefined)).toBe('nixos');
    // A Home Manager-only channel: its typeahead and page search Home Manager, not an empty NixOS set.
    expect(pickOptionSet(channel({ 'home-manager': 5 }), undefined)).toBe('home-manager');
    expect(pickOptionSet(channel({}), undefined)).toBeUndefined();
  });
});
