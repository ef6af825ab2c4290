export * from "./client.ts";
export * from "./embedded.ts";
export * as schema from "./schema/index.ts";
export * from "./schema/index.ts";
export * from "./queries/index.ts";
