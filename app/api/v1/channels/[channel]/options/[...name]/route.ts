import { optionGetEndpoint } from '@/lib/api/endpoints';
import { handle, preflight } from '@/lib/api/respond';
import { nameFromSegments } from '@/lib/urls';

/** One option of a channel (`?set=home-manager` for Home Manager). */
export async function GET(request: Request, ctx: { params: Promise<{ channel: string; name: string[] }> }): Promise<Response> {
  const { channel, name } = await ctx.params;
  return handle(() => optionGetEndpoint(channel, nameFromSegments(name), new URL(request.url).searchParams));
}

export const OPTIONS = preflight;
