// Importing the FastTrack Ready Partner (FRP) list: partners are matched by MPN id; a listed partner is added or brought
// up to date and marked as on the list; a partner on the list that the new file no longer names leaves it. A file with
// any bad row changes nothing, so a partner is never dropped from the list because its own row was mistyped.
import { partnerSpecialtyCode, partnerSpecialtyLabels } from "../catalogs/partner-specialties.ts";

/** One data row as read from the file; `line` is the line of the file (the header is line 1). */
export type FrpListRow = { line: number; name: string; mpnId: string; country: string; city: string; specialties: string };

/** The fields of a partner the list sets. */
export type FrpPartnerFields = { name: string; country: string | null; city: string | null; specialties: string[]; frpMember: boolean };
export type FrpKnownPartner = FrpPartnerFields & { id: string; mpnId: string | null };

export type FrpFieldChange = { field: keyof FrpPartnerFields; from: unknown; to: unknown };
export type FrpListPlan = {
  added: (FrpPartnerFields & { line: number; mpnId: string })[];
  updated: { line: number; partnerId: string; name: string; mpnId: string; changes: FrpFieldChange[] }[];
  leaving: { partnerId: string; name: string; mpnId: string | null }[];
  unchanged: number;
  problems: { line: number; message: string }[];
};

const MPN_ID = /^\d{4,12}$/;
const COUNTRY = /^[A-Za-z]{2}$/;

function readRow(row: FrpListRow): { fields?: FrpPartnerFields & { mpnId: string }; problems: string[] } {
  const problems: string[] = [];
  const name = row.name.trim();
  const mpnId = row.mpnId.trim();
  const country = row.country.trim();
  if (!name) problems.push("the Partner Name is empty");
  if (name.length > 300) problems.push("the Partner Name is longer than 300 characters");
  if (!MPN_ID.test(mpnId)) problems.push(mpnId ? `the MPN ID "${mpnId}" is not 4 to 12 digits` : "the MPN ID is empty (every partner on the list has one)");
  if (country && !COUNTRY.test(country)) problems.push(`the Country "${country}" is not a two-letter ISO code such as DE or US`);
  const specialties: string[] = [];
  for (const raw of row.specialties.split(";").filter((s) => s.trim() !== "")) {
    const code = partnerSpecialtyCode(raw);
    if (!code) problems.push(`"${raw.trim()}" is not a specialty (known: ${partnerSpecialtyLabels()})`);
    else if (!specialties.includes(code)) specialties.push(code);
  }
  if (problems.length > 0) return { problems };
  const city = row.city.trim();
  return { fields: { name, mpnId, country: country ? country.toUpperCase() : null, city: city || null, specialties, frpMember: true }, problems };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const FIELDS: (keyof FrpPartnerFields)[] = ["name", "country", "city", "specialties", "frpMember"];

/** What importing the rows would change among the known partners; nothing is planned when a row is bad. */
export function planFrpListImport(rows: readonly FrpListRow[], known: readonly FrpKnownPartner[]): FrpListPlan {
  const plan: FrpListPlan = { added: [], updated: [], leaving: [], unchanged: 0, problems: [] };
  const byMpnId = new Map(known.flatMap((partner) => (partner.mpnId ? [[partner.mpnId, partner] as const] : [])));
  const seen = new Map<string, number>();
  for (const row of rows) {
    const { fields, problems } = readRow(row);
    const firstLine = fields ? seen.get(fields.mpnId) : undefined;
    if (firstLine !== undefined) problems.push(`the MPN ID ${fields?.mpnId} is already on line ${firstLine}; a partner is listed once`);
    if (!fields || problems.length > 0) {
      plan.problems.push({ line: row.line, message: `Line ${row.line}: ${problems.join("; ")}.` });
      continue;
    }
    seen.set(fields.mpnId, row.line);
    const current = byMpnId.get(fields.mpnId);
    if (!current) {
      plan.added.push({ line: row.line, ...fields });
      continue;
    }
    const changes = FIELDS.filter((field) => !same(current[field], fields[field])).map((field) => ({ field, from: current[field], to: fields[field] }));
    if (changes.length === 0) plan.unchanged += 1;
    else plan.updated.push({ line: row.line, partnerId: current.id, name: fields.name, mpnId: fields.mpnId, changes });
  }
  for (const partner of known) {
    if (partner.frpMember && !(partner.mpnId && seen.has(partner.mpnId))) plan.leaving.push({ partnerId: partner.id, name: partner.name, mpnId: partner.mpnId });
  }
  if (plan.problems.length > 0) return { added: [], updated: [], leaving: [], unchanged: 0, problems: plan.problems };
  return plan;
}
