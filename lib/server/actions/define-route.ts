import "server-only";
import type { Permission } from "@/lib/domain/permissions";
import { requireSessionUser } from "@/lib/server/auth/session";
import { contextFromHeaders, type RequestContext } from "@/lib/server/request-context";
import { errorResponse } from "@/lib/server/route-error";
import type { SessionUser } from "@/lib/server/session-user";

export type RouteDefinition<P> = {
  /** e.g. "attachment.download"; unique in the registry. */
  name: string;
  /** The permission the use case asserts (the registry's walk checks every other role is refused). */
  permission: Permission;
  run: (args: { user: SessionUser; ctx: RequestContext; request: Request; params: P }) => Promise<Response>;
};

/** Every signed-in route handler defined, for the same walk as the server actions. */
export const ROUTE_REGISTRY: RouteDefinition<never>[] = [];

/**
 * The route handlers' counterpart of defineAction: the session or a 401, the request's context
 * for the audit row, refusals as JSON with their HTTP status and never a raw exception.
 */
export function defineRoute<P>(definition: RouteDefinition<P>) {
  ROUTE_REGISTRY.push(definition as RouteDefinition<never>);
  const handler = async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requireSessionUser();
      return await definition.run({ user, ctx: contextFromHeaders(request.headers), request, params: await params });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(handler, { definition });
}
