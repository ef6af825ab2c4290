import { loadPlaybook } from "../../engine/playbook.ts";
import { ONEDRIVE_BVD } from "./onedrive-bvd.ts";
import { SHAREPOINT_BVD } from "./sharepoint-bvd.ts";

/** The FastTrack pack: the seed playbooks, checked when loaded. */
export const FASTTRACK_PACK = [ONEDRIVE_BVD, SHAREPOINT_BVD].map(loadPlaybook);
export { ONEDRIVE_BVD, SHAREPOINT_BVD };
