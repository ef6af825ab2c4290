import { createLibrary } from "../../engine/library.ts";
import { DIBS_SSAT } from "./dibs-ssat.ts";
import { ENGAGEMENT_COMPLETION } from "./engagement-completion.ts";
import { GENERAL_ENGAGEMENT, GENERAL_ENGAGEMENT_V2 } from "./general-engagement.ts";
import { INITIAL_CUSTOMER_ENGAGEMENT } from "./initial-engagement.ts";
import { ONEDRIVE_BVD } from "./onedrive-bvd.ts";
import { SHAREPOINT_BVD } from "./sharepoint-bvd.ts";

/** The FastTrack pack: every version of the seed playbooks, checked when loaded. */
export const FASTTRACK_LIBRARY = createLibrary([
  ONEDRIVE_BVD,
  SHAREPOINT_BVD,
  DIBS_SSAT,
  INITIAL_CUSTOMER_ENGAGEMENT,
  GENERAL_ENGAGEMENT,
  GENERAL_ENGAGEMENT_V2,
  ENGAGEMENT_COMPLETION,
]);
/** The latest version of each FastTrack playbook. */
export const FASTTRACK_PACK = FASTTRACK_LIBRARY.latest;
export { DIBS_SSAT, ENGAGEMENT_COMPLETION, GENERAL_ENGAGEMENT, GENERAL_ENGAGEMENT_V2, INITIAL_CUSTOMER_ENGAGEMENT, ONEDRIVE_BVD, SHAREPOINT_BVD };
