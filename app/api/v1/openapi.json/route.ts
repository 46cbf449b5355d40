import { json, preflight } from '@/lib/api/respond';
import { openApiDocument } from '@/lib/openapi';

/** The OpenAPI 3.1 description of this API. */
export function GET(): Response {
  return json(openApiDocument, { maxAge: 3600 });
}

export const OPTIONS = preflight;
