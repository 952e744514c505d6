import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/domain/app-error";
import type { PortalArea, Permission } from "@/lib/domain/permissions";
import { toActionResult } from "@/lib/server/action-result";
import { requireArea, requireSessionUser } from "@/lib/server/auth/session";
import { runEffects, withoutEffects, type WithEffects } from "@/lib/server/effects";
import { requestContext } from "@/lib/server/request-context";
import type { UseCase } from "@/lib/server/use-case";

/** A page (or, with "layout", everything under it) whose server rendering is stale after the action. */
export type RevalidateTarget = string | { path: string; type: "layout" | "page" };

type Signed<R> = {
  /** The audit-style name of the act, e.g. "application.recommend"; unique in the registry. */
  name: string;
  /** The permission the use case asserts; the registry's walk proves every other role is refused. */
  permission: Permission;
  /** For actions of one portal area: anonymous → the login page, another role → 403 (as its pages). */
  area?: PortalArea;
  run: (args: UseCase) => Promise<R>;
  revalidate?: (args: { input: unknown; data: R }) => readonly RevalidateTarget[];
};

type Anonymous<R> = {
  name: string;
  permission: "anonymous";
  run: (args: Omit<UseCase, "user">) => Promise<R>;
  revalidate?: (args: { input: unknown; data: R }) => readonly RevalidateTarget[];
};

export type ActionDefinition<R = unknown> = Signed<R> | Anonymous<R>;

/** What the browser receives: the use case's value without its post-commit effects. */
export type Returned<R> = Omit<R, "effects">;

export type PortalAction<R> = ((input: unknown) => Promise<ActionResult<Returned<R>>>) & { definition: ActionDefinition<R> };

/** Every action defined, in definition order: the list a test walks for every action × role. */
export const ACTION_REGISTRY: ActionDefinition<unknown>[] = [];

/**
 * The one wrapper of every server action (and the shape route handlers follow): resolves the
 * session (or the area), takes the request's IP and user agent, runs the use case, maps refusals
 * through toActionResult (a Chinese message, never a raw exception), then — only after the use
 * case's transaction has committed — runs the effects it returned (showcase invalidation) and
 * revalidates the portal pages. No writer can forget either.
 */
export function defineAction<R extends object>(definition: ActionDefinition<R>): PortalAction<R> {
  if (ACTION_REGISTRY.some((d) => d.name === definition.name)) throw new Error(`action ${definition.name} defined twice`);
  ACTION_REGISTRY.push(definition as ActionDefinition<unknown>);
  const call = async (input: unknown): Promise<ActionResult<Returned<R>>> =>
    toActionResult(async () => {
      const ctx = await requestContext();
      let result: R;
      if (definition.permission === "anonymous") {
        result = await (definition as Anonymous<R>).run({ input, ctx });
      } else {
        const signed = definition as Signed<R>;
        const user = signed.area ? await requireArea(signed.area, `/${signed.area}`) : await requireSessionUser();
        result = await signed.run({ user, input, ctx });
      }
      runEffects((result as WithEffects).effects);
      for (const target of definition.revalidate?.({ input, data: result }) ?? []) {
        if (typeof target === "string") revalidatePath(target);
        else revalidatePath(target.path, target.type);
      }
      return withoutEffects(result) as Returned<R>;
    });
  return Object.assign(call, { definition });
}

/** The `applicationId` of an action's raw input, for revalidating its pages ("" when absent). */
export function applicationIdOf(input: unknown): string {
  const id = typeof input === "object" && input !== null ? (input as { applicationId?: unknown }).applicationId : undefined;
  return typeof id === "string" ? id : "";
}
