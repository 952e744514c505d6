import { hasPermission, type Permission } from "./permissions";
import type { Role } from "./roles";

// The generic workflow engine (pure). A machine is data: its states, and for each action which
// permission may take it from which states, to which state, whether a comment is required and
// who is told. Application is one machine; pushes, awards, use reports, evaluations and
// revocations are others, each a table in its own file. Nothing here knows a database: the
// server side (lib/server/workflow/claim-state.ts) applies a checked transition as one
// conditional update plus its audit row and notifications, inside the caller's transaction.

/** The parties a transition notifies; each aggregate says who they are for one of its records. */
export type Party = "unit" | "newCity" | "bureau";

export type TransitionSpec<S extends string, A extends string> = {
  action: A;
  /** The act it takes (lib/domain/permissions.ts); the permission table says which roles hold it. */
  permission: Permission;
  from: readonly S[];
  to: S;
  /** A comment (reason or opinion) is required for this action. */
  commentRequired: boolean;
  notify: readonly Party[];
  /**
   * A way out the holder may take but is not expected to (e.g. 撤回申报): it does not make the
   * record wait for them, so "what waits for whom" ignores it.
   */
  exit?: boolean;
};

export type Machine<S extends string, A extends string> = {
  /** The aggregate's name, also the prefix of its audit actions: `${name}.${action}`. */
  name: string;
  /** The entity type written to the audit log. */
  entityType: string;
  states: readonly S[];
  transitions: readonly TransitionSpec<S, A>[];
};

export type TransitionCheck<S extends string, A extends string> =
  | { ok: true; transition: TransitionSpec<S, A> }
  | { ok: false; reason: "wrong-role" | "wrong-state" | "comment-required" };

/**
 * Declares a machine and checks the table once, at module load: every state named is a state of
 * the machine, and no action is declared twice (a typo must fail every test, not one screen).
 */
export function defineMachine<const S extends string, const A extends string>(machine: Machine<S, A>): Machine<S, A> {
  const states = new Set<string>(machine.states);
  const actions = new Set<string>();
  for (const t of machine.transitions) {
    if (actions.has(t.action)) throw new Error(`workflow ${machine.name}: action ${t.action} declared twice`);
    actions.add(t.action);
    for (const s of [...t.from, t.to]) if (!states.has(s)) throw new Error(`workflow ${machine.name}: unknown state ${s} in ${t.action}`);
  }
  return machine;
}

export function transitionOf<S extends string, A extends string>(machine: Machine<S, A>, action: A): TransitionSpec<S, A> {
  const t = machine.transitions.find((x) => x.action === action);
  if (!t) throw new Error(`workflow ${machine.name}: unknown action ${action}`);
  return t;
}

/** May `role` take `action` on a record in `status` (with this comment)? The reason when not. */
export function checkTransition<S extends string, A extends string>(
  machine: Machine<S, A>,
  { action, role, status, comment }: { action: A; role: Role; status: S; comment?: string | null },
): TransitionCheck<S, A> {
  const transition = transitionOf(machine, action);
  if (!hasPermission(role, transition.permission)) return { ok: false, reason: "wrong-role" };
  if (!transition.from.includes(status)) return { ok: false, reason: "wrong-state" };
  if (transition.commentRequired && !comment?.trim()) return { ok: false, reason: "comment-required" };
  return { ok: true, transition };
}

/** The actions a role could take now, for showing only the buttons that would succeed. */
export function availableActions<S extends string, A extends string>(machine: Machine<S, A>, { role, status }: { role: Role; status: S }): A[] {
  return machine.transitions.filter((t) => hasPermission(role, t.permission) && t.from.includes(status)).map((t) => t.action);
}

/** States with no way out: the record's story is over. */
export function finalStates<S extends string, A extends string>(machine: Machine<S, A>): S[] {
  return machine.states.filter((s) => !machine.transitions.some((t) => t.from.includes(s)));
}

/** States from which something can still happen. */
export function activeStates<S extends string, A extends string>(machine: Machine<S, A>): S[] {
  return machine.states.filter((s) => machine.transitions.some((t) => t.from.includes(s)));
}

/** The states in which a record waits for `role` to act (exits such as a withdrawal do not count). */
export function statesAwaiting<S extends string, A extends string>(machine: Machine<S, A>, role: Role): S[] {
  return machine.states.filter((s) => machine.transitions.some((t) => !t.exit && t.from.includes(s) && hasPermission(role, t.permission)));
}

/** The states from which any of these actions can be taken. */
export function statesFrom<S extends string, A extends string>(machine: Machine<S, A>, actions: readonly A[]): S[] {
  return machine.states.filter((s) => machine.transitions.some((t) => actions.includes(t.action) && t.from.includes(s)));
}
