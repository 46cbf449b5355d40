import { suggestEndpoint } from '@/lib/api/endpoints';
import { handle, preflight } from '@/lib/api/respond';

/** Typeahead suggestions (JSON, or OpenSearch suggestions with `format=opensearch`). */
export async function GET(request: Request): Promise<Response> {
  return handle(() => suggestEndpoint(new URL(request.url).searchParams));
}

export const OPTIONS = preflight;
