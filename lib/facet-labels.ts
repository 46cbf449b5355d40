/** Display names of facets and of their special values. */
import type { FacetName } from '@/core/search/types';

/** Heading of each facet. */
export const FACET_TITLES: Record<FacetName, string> = {
  packageSet: 'Package set',
  license: 'License',
  maintainer: 'Maintainer',
  platform: 'Platform',
  optionSet: 'Option set',
};

/** Names of the option sets. */
export const OPTION_SET_TITLES: Record<string, string> = { nixos: 'NixOS', 'home-manager': 'Home Manager' };

/** How a facet value is shown. */
export function facetValueLabel(facet: FacetName, value: string): string {
  if (facet === 'optionSet') return OPTION_SET_TITLES[value] ?? value;
  return value;
}
