import "server-only";
import { headers } from "next/headers";

/** Who is on the other end of a request, for the audit trail (等保 2.0: 审计记录应包括…来源). */
export type RequestContext = { ip: string | null; userAgent: string | null };

export const NO_REQUEST_CONTEXT: RequestContext = { ip: null, userAgent: null };

const MAX_USER_AGENT = 512;
// An address as a proxy writes it: IPv4, IPv6 (optionally bracketed) — anything else is dropped
// rather than stored, since the header is set by the client unless a trusted proxy rewrites it.
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The request's client address and user agent from its headers. The first X-Forwarded-For hop
 * is the client as the reverse proxy saw it; which proxies to trust is the deployment's concern
 * (the scale-out issue puts nginx in front and trusts only it).
 */
export function contextFromHeaders(h: Pick<Headers, "get">): RequestContext {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip")?.trim() ?? "";
  const ip = forwarded.replace(/^\[|\]$/g, "");
  const userAgent = h.get("user-agent")?.slice(0, MAX_USER_AGENT) ?? null;
  return { ip: ADDRESS.test(ip) ? ip : null, userAgent: userAgent || null };
}

/** The current request's context, inside a server action or route handler. */
export async function requestContext(): Promise<RequestContext> {
  try {
    return contextFromHeaders(await headers());
  } catch {
    // Outside a request (scripts, the job runner): nobody to record.
    return NO_REQUEST_CONTEXT;
  }
}
