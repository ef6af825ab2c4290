export * from "./csdl.ts";
export * from "./errors.ts";
export * from "./filter.ts";
export * from "./model.ts";
export * from "./query-options.ts";
