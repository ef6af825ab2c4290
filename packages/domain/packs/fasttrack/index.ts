import { loadPlaybook } from "../../engine/playbook.ts";
import { ONEDRIVE_BVD } from "./onedrive-bvd.ts";

/** The FastTrack pack: the seed playbooks, checked when loaded. */
export const FASTTRACK_PACK = [ONEDRIVE_BVD].map(loadPlaybook);
export { ONEDRIVE_BVD };
