/**
 * Facet values of a document: what filters match and what facet counts count. Both engines
 * index exactly these values (keyword fields in Elasticsearch), so counts agree.
 */
import type { OptionDoc, PackageDoc } from './types';
import type { FacetName } from '../search/types';

/** The packageSet facet value of top-level packages (parentheses cannot occur in attribute names). */
export const TOP_LEVEL_PACKAGE_SET = '(top-level)';

const uniq = (xs: Array<string | null | undefined>): string[] =>
  [...new Set(xs.filter((x): x is string => typeof x === 'string' && x.length > 0))];

/** Facet values of a package: package set, licenses (SPDX id, else short name, else full name), maintainers (GitHub handle, else name, else email), platforms. */
export function packageFacets(doc: PackageDoc): Record<'packageSet' | 'license' | 'maintainer' | 'platform', string[]> {
  return {
    packageSet: [doc.packageSet === '' ? TOP_LEVEL_PACKAGE_SET : doc.packageSet],
    license: uniq(doc.licenses.map((l) => l.spdxId || l.shortName || l.fullName)),
    maintainer: uniq(doc.maintainers.map((m) => m.github || m.name || m.email)),
    platform: uniq(doc.platforms),
  };
}

/** Facet values of an option: its option set. */
export function optionFacets(doc: OptionDoc): Record<'optionSet', string[]> {
  return { optionSet: [doc.optionSet] };
}

/** Facet values of either document, by facet name. */
export function facetValues(doc: PackageDoc | OptionDoc): Partial<Record<FacetName, string[]>> {
  return doc.kind === 'package' ? packageFacets(doc) : optionFacets(doc);
}
