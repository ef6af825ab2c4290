export * from "./common.ts";
export * from "./auth.ts";
export * from "./customers.ts";
export * from "./tenants.ts";
export * from "./services.ts";
export * from "./audit.ts";
export * from "./catalogs.ts";
export * from "./playbooks.ts";
