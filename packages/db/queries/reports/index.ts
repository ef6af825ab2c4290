export * from "./conversion.ts";
export * from "./hygiene.ts";
export type { ReportScope } from "./scope.ts";
export * from "./service-status.ts";
