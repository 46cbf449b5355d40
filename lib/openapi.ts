/**
 * OpenAPI 3.1 description of the JSON API, served at /api/v1/openapi.json and summarised in
 * docs/api.md. Schemas mirror lib/api/shape.ts field for field (a test checks it), so the
 * document stays true to what the API returns.
 */
import { OPTION_SETS } from '@/core/documents/types';
import { PACKAGE_FACETS, SEARCH_LIMITS } from '@/core/search/types';
import { MAX_API_QUERY } from '@/lib/api/params';
import { MAX_FILTER_LENGTH, MAX_FILTER_VALUES } from '@/lib/search-state';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const strList = { type: 'array', items: str } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

const channelParam = { name: 'channel', in: 'path', required: true, description: 'Channel id, e.g. `nixos-24.11`.', schema: str };
const pagingParams = [
  { name: 'query', in: 'query', description: `What to search for (any text; the first ${SEARCH_LIMITS.maxQueryLength} characters are used). Empty lists everything. \`-word\` excludes a word.`, schema: { type: 'string', maxLength: MAX_API_QUERY } },
  { name: 'page', in: 'query', description: `1-based page; \`page × size\` may not exceed ${SEARCH_LIMITS.maxWindow}.`, schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'size', in: 'query', description: 'Hits per page.', schema: { type: 'integer', minimum: 1, maximum: SEARCH_LIMITS.maxPageSize, default: SEARCH_LIMITS.defaultPageSize } },
  { name: 'sort', in: 'query', schema: { type: 'string', enum: ['relevance', 'name'], default: 'relevance' } },
];
const setParam = (description: string) => ({ name: 'set', in: 'query', description, schema: { type: 'string', enum: [...OPTION_SETS] } });
const filterParams = PACKAGE_FACETS.map((facet) => ({
  name: facet,
  in: 'query',
  description: `Filter by ${facet} (repeat for several values; a package matches when it has any of them).`,
  style: 'form',
  explode: true,
  schema: { type: 'array', maxItems: MAX_FILTER_VALUES, items: { type: 'string', minLength: 1, maxLength: MAX_FILTER_LENGTH } },
}));

const errors = {
  '400': { description: 'Invalid parameter (the message names it).', content: { 'application/json': { schema: ref('Error') } } },
  '404': { description: 'Unknown channel or document.', content: { 'application/json': { schema: ref('Error') } } },
  '503': { description: 'The search engine is unavailable.', content: { 'application/json': { schema: ref('Error') } } },
};
const ok = (description: string, schema: unknown) => ({ '200': { description, content: { 'application/json': { schema } } }, ...errors });

const text = obj({ html: { type: 'string', description: 'Sanitised HTML.' }, text: { type: 'string', description: 'Plain text.' } });
const nixValue = obj({ text: { type: 'string', description: 'Nix expression text.' }, rendered: { oneOf: [ref('Text'), { type: 'null' }] } });
const facets = {
  type: 'object',
  description: 'Facet counts over the whole result set (each facet ignoring its own filter).',
  additionalProperties: { type: 'array', items: obj({ value: str, count: { type: 'integer' } }) },
};
const searchResult = (item: string) =>
  obj({
    channel: str,
    query: str,
    sort: { type: 'string', enum: ['relevance', 'name'] },
    page: { type: 'integer' },
    size: { type: 'integer' },
    total: { type: 'integer', description: `Exact number of matches (exact at least up to ${SEARCH_LIMITS.maxWindow}).` },
    hits: { type: 'array', items: { allOf: [ref(item), { type: 'object', required: ['score'], properties: { score: { type: 'number' } } }] } },
    facets,
  });

/** The OpenAPI document. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Nix search API',
    version: '1.0.0',
    description:
      'Search nixpkgs packages and NixOS / Home Manager options per channel. Read-only, GET only, CORS open to every origin. Field names are stable within v1; new fields may be added.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/v1/channels': {
      get: { operationId: 'listChannels', summary: 'Live channels, in configuration order (the first is the default).', responses: ok('Channels.', obj({ channels: { type: 'array', items: ref('Channel') } })) },
    },
    '/api/v1/channels/{channel}/packages': {
      get: { operationId: 'searchPackages', summary: 'Search packages.', parameters: [channelParam, ...pagingParams, ...filterParams], responses: ok('One page of packages.', searchResult('Package')) },
    },
    '/api/v1/channels/{channel}/packages/{attrPath}': {
      get: {
        operationId: 'getPackage',
        summary: 'One package by attribute path.',
        parameters: [channelParam, { name: 'attrPath', in: 'path', required: true, description: 'Attribute path, percent-encoded, e.g. `python312Packages.requests`.', schema: str }],
        responses: ok('The package.', obj({ channel: str, package: ref('Package') })),
      },
    },
    '/api/v1/channels/{channel}/options': {
      get: { operationId: 'searchOptions', summary: 'Search options.', parameters: [channelParam, ...pagingParams, setParam('Only options of this set (default: all sets).')], responses: ok('One page of options.', searchResult('Option')) },
    },
    '/api/v1/channels/{channel}/options/{name}': {
      get: {
        operationId: 'getOption',
        summary: 'One option by name.',
        parameters: [channelParam, { name: 'name', in: 'path', required: true, description: 'Option name, percent-encoded (`<`, `>`, `"` and `/` included), e.g. `services.nginx.enable`.', schema: str }, setParam('Option set (default `nixos`).')],
        responses: ok('The option.', obj({ channel: str, option: ref('Option') })),
      },
    },
    '/api/v1/suggest': {
      get: {
        operationId: 'suggest',
        summary: 'Typeahead suggestions; `format=opensearch` answers in the OpenSearch suggestions format.',
        parameters: [
          { name: 'query', in: 'query', required: true, schema: { type: 'string', maxLength: SEARCH_LIMITS.maxQueryLength } },
          { name: 'channel', in: 'query', description: 'Default: the first channel.', schema: str },
          { name: 'kind', in: 'query', schema: { type: 'string', enum: ['packages', 'options'], default: 'packages' } },
          setParam('Option set for `kind=options` (default `nixos`).'),
          { name: 'size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 20, default: 8 } },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'opensearch'], default: 'json' } },
        ],
        responses: ok(
          'Suggestions.',
          obj({ channel: str, kind: { type: 'string', enum: ['packages', 'options'] }, query: str, suggestions: { type: 'array', items: obj({ id: str, detail: str, url: str }) } }),
        ),
      },
    },
    '/api/v1/openapi.json': { get: { operationId: 'openapi', summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1 document.' } } } },
  },
  components: {
    schemas: {
      Error: obj({ error: obj({ code: { type: 'string', enum: ['invalid_request', 'not_found', 'unknown_channel', 'unavailable'] }, message: str }) }),
      Text: text,
      NixValue: nixValue,
      Channel: obj({
        id: str,
        label: str,
        revision: str,
        sourceBaseUrl: str,
        counts: obj({ packages: { type: 'integer' }, options: { type: 'object', additionalProperties: { type: 'integer' } } }),
        publishedAt: { type: 'string', format: 'date-time' },
      }),
      Package: obj({
        attrPath: str,
        packageSet: { type: 'string', description: 'First segment of a nested attribute path; "" at top level.' },
        pname: str,
        version: str,
        name: str,
        description: { type: 'string', description: 'One line of plain text.' },
        longDescription: { oneOf: [ref('Text'), { type: 'null' }] },
        homepages: strList,
        licenses: { type: 'array', items: obj({ spdxId: nullableStr, shortName: nullableStr, fullName: str, url: nullableStr, free: { type: ['boolean', 'null'] } }) },
        maintainers: { type: 'array', items: obj({ name: nullableStr, github: nullableStr, email: nullableStr }) },
        teams: { type: 'array', items: obj({ shortName: str, scope: nullableStr, github: nullableStr }) },
        platforms: strList,
        outputs: strList,
        defaultOutput: nullableStr,
        mainProgram: nullableStr,
        programs: strList,
        flags: obj({ broken: { type: 'boolean' }, insecure: { type: 'boolean' }, unfree: { type: 'boolean' }, unsupported: { type: 'boolean' } }),
        position: nullableStr,
        sourceUrl: nullableStr,
        url: { type: 'string', description: 'Path of the package page on this site.' },
      }),
      Option: obj({
        name: str,
        loc: strList,
        optionSet: { type: 'string', enum: [...OPTION_SETS] },
        description: ref('Text'),
        type: nullableStr,
        default: { oneOf: [ref('NixValue'), { type: 'null' }] },
        example: { oneOf: [ref('NixValue'), { type: 'null' }] },
        readOnly: { type: 'boolean' },
        declarations: { type: 'array', items: obj({ name: str, url: nullableStr }) },
        url: { type: 'string', description: 'Path of the option page on this site.' },
      }),
    },
  },
} as const;
