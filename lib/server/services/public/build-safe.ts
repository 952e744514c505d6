import "server-only";

/**
 * ISR pages are prerendered by `next build`. Where the build runs without a migrated database,
 * the page is built with `fallback` (logged) and replaced on its first revalidation; at run time
 * errors propagate as usual.
 */
export async function loadOrFallbackAtBuild<T>(load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (process.env.NEXT_PHASE !== "phase-production-build") throw error;
    console.warn("[showcase] database unavailable during build; prerendering without data");
    return fallback;
  }
}
