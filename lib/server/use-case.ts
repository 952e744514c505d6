import type { RequestContext } from "./request-context";
import type { SessionUser } from "./session-user";

/**
 * The one options object every use case takes: who acts, the raw input (parsed by the use case
 * itself with its zod schema), the instant it happens (tests pass their own) and the request it
 * came from (for the audit row). A use case returns a value — with `effects` to run after commit
 * where the public showcase changes (lib/server/effects.ts).
 */
export type UseCase<I = unknown> = {
  user: SessionUser;
  input: I;
  now?: Date;
  ctx?: RequestContext;
};
