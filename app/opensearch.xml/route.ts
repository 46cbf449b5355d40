import { absoluteUrl } from '@/lib/site';
import { escapeMarkup } from '@/lib/escape';

/** OpenSearch description: lets browsers add the package search, with suggestions. */
export async function GET(): Promise<Response> {
  const base = escapeMarkup(await absoluteUrl(''));
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>Nix packages</ShortName>
  <Description>Search nixpkgs packages</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${base}/packages?query={searchTerms}"/>
  <Url type="application/x-suggestions+json" method="get" template="${base}/api/v1/suggest?format=opensearch&amp;query={searchTerms}"/>
  <moz:SearchForm>${base}/packages</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
