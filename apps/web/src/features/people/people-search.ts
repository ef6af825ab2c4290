import { nonNegativeInt, stringParam } from "../../lib/search-params.ts";

export const PEOPLE_PAGE_SIZE = 25;

/** The People page's URL: ?q=ada&disabled=shown&offset=25. */
export type PeopleSearch = {
  q?: string | undefined;
  disabled?: "shown" | undefined;
  offset?: number | undefined;
};

/** Unknown or invalid params are dropped, never an error. Keys stay present so an invalid raw value cannot leak through. */
export function validatePeopleSearch(raw: Record<string, unknown>): PeopleSearch {
  return {
    q: stringParam(raw.q),
    disabled: raw.disabled === "shown" ? "shown" : undefined,
    offset: nonNegativeInt(raw.offset),
  };
}
