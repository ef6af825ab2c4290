import { type AccessLevel, accessLevelForRoles, isFastTrackRole } from "@waymark/domain";

/** A user in several roles gets the highest access level among them; unknown role names count for nothing. */
export function accessLevelOfRoles(roles: readonly string[]): AccessLevel | null {
  return accessLevelForRoles(roles.filter(isFastTrackRole));
}
