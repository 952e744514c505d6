// Job kinds and their handlers. A definition pairs a kind with the zod schema of its payload, so
// the runner validates a payload read back from the database before any handler sees it, and
// enqueueJob's payload is typed by the kind.
import type { z } from "zod";
import type { Db } from "../db/client";

export type JobContext = {
  db: Db;
  jobId: string;
  workerId: string;
  /** 1 for the first run. */
  attempt: number;
  maxAttempts: number;
  /** The runner's clock (tests move it forward); use it instead of new Date(). */
  now: () => Date;
};

export type JobDefinition<K extends string = string, S extends z.ZodType = z.ZodType> = {
  kind: K;
  payload: S;
  // A method, not a function property: the registry holds definitions of different payload
  // types as JobDefinition, which needs the parameter to be checked bivariantly.
  run(payload: z.output<S>, context: JobContext): Promise<void>;
};

// An identity function whose only job is inference: `kind` stays a literal type and `run`
// receives the schema's output type.
export function defineJob<const K extends string, S extends z.ZodType>(definition: JobDefinition<K, S>): JobDefinition<K, S> {
  return definition;
}

export type JobRegistry = ReadonlyMap<string, JobDefinition>;

export function createJobRegistry(definitions: readonly JobDefinition[]): JobRegistry {
  const registry = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    // Two handlers for one kind would make which one runs depend on import order.
    if (registry.has(definition.kind)) throw new Error(`job kind registered twice: ${definition.kind}`);
    registry.set(definition.kind, definition);
  }
  return registry;
}
