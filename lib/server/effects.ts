import "server-only";
import { invalidateBrand, invalidateNotices, invalidateShowcase } from "./showcase-cache";

/**
 * What must happen after a use case's transaction has committed, returned by the service as
 * data (never done by hand in an action), and run by the action wrapper
 * (lib/server/actions/define-action.ts). Today: the public showcase's cache. Tomorrow the same
 * place takes e.g. a job to start once the row that names it is visible.
 */
export type Effects = {
  /** Brands whose public face changed (their page, the lists, home, sitemap). */
  brandSlugs?: readonly string[];
  /** Publicity notices opened or whose result changed. */
  noticeIds?: readonly string[];
  /** Everything public (a rename of a new city, a bulk change). */
  showcase?: boolean;
};

export type WithEffects = { effects?: Effects };

/** Runs them; must be called inside a server action or route handler, after commit. */
export function runEffects(effects: Effects | undefined): void {
  if (!effects) return;
  if (effects.showcase) {
    invalidateShowcase();
    return;
  }
  if (effects.brandSlugs?.length) invalidateBrand(effects.brandSlugs);
  for (const id of effects.noticeIds ?? []) invalidateNotices(id);
}

/** A result without its effects, as it goes to the browser. */
export function withoutEffects<T>(result: T): T {
  if (typeof result !== "object" || result === null || !("effects" in result)) return result;
  const { effects: _effects, ...rest } = result as T & WithEffects;
  return rest as T;
}
