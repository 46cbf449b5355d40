import { badgeResponse } from '@/lib/badge-route';
import { decodeParam } from '@/lib/urls';

/** `/badge/<channel>/<attr>.svg`: the package's version in that channel. */
export async function GET(_request: Request, ctx: { params: Promise<{ channel: string; file: string }> }): Promise<Response> {
  const { channel, file } = await ctx.params;
  return badgeResponse(decodeParam(channel), decodeParam(file));
}
