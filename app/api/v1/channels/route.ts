import { channelsEndpoint } from '@/lib/api/endpoints';
import { handle, preflight } from '@/lib/api/respond';

/** The live channels. */
export async function GET(request: Request): Promise<Response> {
  return handle(() => channelsEndpoint(new URL(request.url).searchParams));
}

export const OPTIONS = preflight;
