// Public entry of @waymark/domain: pure catalogs and rules, no I/O.
export * from "./catalogs/services.ts";
export * from "./catalogs/l1-statuses.ts";
export * from "./catalogs/l2-reasons.ts";
export * from "./catalogs/l3-reasons.ts";
export * from "./catalogs/service-statuses.ts";
export * from "./catalogs/task-statuses.ts";
export * from "./catalogs/task-roles.ts";
export * from "./catalogs/task-catalogue.ts";
export * from "./catalogs/hashtags.ts";
export * from "./catalogs/adoption-indicators.ts";
export * from "./catalogs/engagement.ts";
export * from "./catalogs/notes.ts";
export * from "./catalogs/people.ts";
export * from "./rules/dibs-requirements.ts";
export * from "./rules/entitlement-split.ts";
export * from "./rules/entitlement-total-change.ts";
export * from "./engine/index.ts";
export { FASTTRACK_PACK, ONEDRIVE_BVD } from "./packs/fasttrack/index.ts";
