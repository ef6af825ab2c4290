export * from "./model.ts";
export * from "./conditions.ts";
export * from "./playbook.ts";
export * from "./evaluate.ts";
export { ACTION_KINDS, EventRefused, serializedNote } from "./actions/index.ts";
export { applyEffects } from "./apply.ts";
export * from "./library.ts";
export * from "./simulate.ts";
