import { packageSearchEndpoint } from '@/lib/api/endpoints';
import { handle, preflight } from '@/lib/api/respond';

/** Search the packages of a channel. */
export async function GET(request: Request, ctx: { params: Promise<{ channel: string }> }): Promise<Response> {
  const { channel } = await ctx.params;
  return handle(() => packageSearchEndpoint(channel, new URL(request.url).searchParams));
}

export const OPTIONS = preflight;
