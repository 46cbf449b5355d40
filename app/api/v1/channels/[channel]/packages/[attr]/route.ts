import { packageGetEndpoint } from '@/lib/api/endpoints';
import { handle, preflight } from '@/lib/api/respond';
import { decodeParam } from '@/lib/urls';

/** One package of a channel. */
export async function GET(request: Request, ctx: { params: Promise<{ channel: string; attr: string }> }): Promise<Response> {
  const { channel, attr } = await ctx.params;
  return handle(() => packageGetEndpoint(decodeParam(channel), decodeParam(attr), new URL(request.url).searchParams));
}

export const OPTIONS = preflight;
