// The snapshot is pure and lives in lib/domain; this path stays for the imports of the service
// files (submit-application.ts) until they import @/lib/domain/application-snapshot directly.
export { diffSnapshots, snapshotOf, type ApplicationSnapshot, type FieldChange } from "@/lib/domain/application-snapshot";
