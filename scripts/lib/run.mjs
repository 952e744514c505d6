import { spawn } from "node:child_process";

/** Runs a command with inherited stdio; rejects (and exits) on a non-zero code. */
export function run(command, args, { env = process.env, forever = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...env } });
    if (forever) {
      for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
    }
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else {
        const reason = signal ? `signal ${signal}` : `exit code ${code}`;
        console.error(`\n✗ ${command} ${args.join(" ")} failed (${reason})`);
        process.exit(code ?? 1);
      }
    });
  });
}
