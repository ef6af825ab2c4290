import { insertPartner } from "@waymark/db";
import type { TFrpListPreview, TPartner, TPartnerList } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";

const { admin, api } = useTestApi();
const HEADER = "Partner Name,MPN ID,Country,City,Specialties";
const csvOf = (...rows: string[]) => [HEADER, ...rows].join("\n");
let cookie: string;

/** Sends the file as text/csv, the way a spreadsheet export is uploaded. */
const send = (url: string, csv: string) =>
  api().app.inject({ method: "POST", url, headers: { cookie, "x-requested-with": "waymark", "content-type": "text/csv" }, payload: csv });
const preview = async (csv: string) => (await send("/api/partners/frp-list/preview", csv)).json<TFrpListPreview>();
const partner = async (name: string) => (await admin.get(`/api/partners?q=${encodeURIComponent(name)}`)).json<TPartnerList>().items[0] as TPartner;
const auditCount = async (action: string) => (await api().database.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = $1", [action])).rows[0]?.n;

const THIS_YEAR = csvOf(
  "Fabrikam Consulting,7710001,de,Berlin,Advisory and Planning;Training and Enablement",
  "Northwind Partners GmbH,7710002,DE,Hamburg,training_enablement",
  "Contoso Adoption,7710004,US,Seattle,Advisory and Planning",
);

beforeAll(async () => {
  cookie = (await api().signIn({ isAdministrator: true })).cookie;
  const db = api().database.db;
  await insertPartner(db, { name: "Northwind Partners", mpnId: "7710002", frpMember: true, country: "DE", city: "Hamburg", specialties: [] });
  await insertPartner(db, { name: "Gone Consulting", mpnId: "7710003", frpMember: true, country: "FR", city: "Paris" });
  await insertPartner(db, { name: "Contoso Adoption", mpnId: "7710004", frpMember: true, country: "US", city: "Seattle", specialties: ["advisory_planning"] });
  await insertPartner(db, { name: "Local Helper", mpnId: null, frpMember: false });
});

describe("importing the FastTrack Ready Partner list", () => {
  it("previews who is added, what changes for whom, and who leaves the list, changing nothing", async () => {
    const plan = await preview(THIS_YEAR);
    expect(plan.added).toEqual([
      { line: 2, name: "Fabrikam Consulting", mpnId: "7710001", country: "DE", city: "Berlin", specialties: ["advisory_planning", "training_enablement"], frpMember: true },
    ]);
    expect(plan.updated).toEqual([
      expect.objectContaining({
        line: 3,
        name: "Northwind Partners GmbH",
        changes: [
          { field: "name", from: "Northwind Partners", to: "Northwind Partners GmbH" },
          { field: "specialties", from: [], to: ["training_enablement"] },
        ],
      }),
    ]);
    expect(plan.leaving).toEqual([expect.objectContaining({ name: "Gone Consulting", mpnId: "7710003" })]);
    expect(plan.counts).toEqual({ added: 1, updated: 1, leaving: 1, unchanged: 1, problems: 0 });
    expect(await partner("Fabrikam")).toBeUndefined();
    expect((await partner("Gone Consulting")).frpMember).toBe(true);
  });

  it("refuses to import once the partners changed since the preview, answering the new preview", async () => {
    const plan = await preview(THIS_YEAR);
    const northwind = await partner("Northwind");
    await admin.patch(`/api/partners/${northwind.id}`, { version: northwind.version, city: "Bremen" });
    const refused = await send(`/api/partners/frp-list?previewFingerprint=${plan.previewFingerprint}`, THIS_YEAR);
    expect(refused.statusCode).toBe(409);
    const fresh = refused.json().current as TFrpListPreview;
    expect(fresh.updated[0]?.changes).toContainEqual({ field: "city", from: "Bremen", to: "Hamburg" });
    expect(fresh.previewFingerprint).not.toBe(plan.previewFingerprint);
    expect(await partner("Fabrikam")).toBeUndefined();
  });

  it("applies exactly the preview in one go, with an audit event per partner and a summary", async () => {
    const plan = await preview(THIS_YEAR);
    const applied = await send(`/api/partners/frp-list?previewFingerprint=${plan.previewFingerprint}`, THIS_YEAR);
    expect(applied.statusCode).toBe(200);
    expect(applied.json<TFrpListPreview>()).toMatchObject({ applied: true, counts: plan.counts });
    expect(await partner("Fabrikam")).toMatchObject({ mpnId: "7710001", frpMember: true, country: "DE", specialties: ["advisory_planning", "training_enablement"] });
    expect(await partner("Northwind")).toMatchObject({ name: "Northwind Partners GmbH", city: "Hamburg", specialties: ["training_enablement"] });
    expect(await partner("Gone Consulting")).toMatchObject({ frpMember: false });
    expect(await partner("Local Helper")).toMatchObject({ frpMember: false });
    expect([await auditCount("partner.frp_list_imported"), await auditCount("partner.created"), await auditCount("partner.updated")]).toEqual([1, 1, 3]);
    const again = await preview(THIS_YEAR);
    expect(again.counts).toEqual({ added: 0, updated: 0, leaving: 0, unchanged: 3, problems: 0 });
  });

  it("lists every bad line with its number and why, and imports nothing from such a file", async () => {
    const csv = csvOf("Tailspin Toys,7710009,DE,Köln,Advisory and Planning", ",12,DE,,", "Bad Country,7710010,Germany,Berlin,", "Odd Skill,7710011,DE,,Cooking", "Twice,7710009,DE,,");
    const plan = await preview(csv);
    expect(plan.problems).toEqual([
      { line: 3, message: 'Line 3: the Partner Name is empty; the MPN ID "12" is not 4 to 12 digits.' },
      { line: 4, message: 'Line 4: the Country "Germany" is not a two-letter ISO code such as DE or US.' },
      { line: 5, message: expect.stringContaining('Line 5: "Cooking" is not a specialty (known: Advisory and Planning') },
      { line: 6, message: "Line 6: the MPN ID 7710009 is already on line 2; a partner is listed once." },
    ]);
    expect([plan.added, plan.leaving]).toEqual([[], []]);
    const refused = await send(`/api/partners/frp-list?previewFingerprint=${plan.previewFingerprint}`, csv);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(["/body/line/3", "/body/line/4", "/body/line/5", "/body/line/6"]);
    expect(await partner("Tailspin")).toBeUndefined();
    expect((await partner("Fabrikam")).frpMember).toBe(true);
  });

  it("says which columns a file lacks, takes JSON {csv} too, and is for the portfolio managers only", async () => {
    const noColumns = (await admin.post("/api/partners/frp-list/preview", { csv: "Name,Id\nA,1" })).json<TFrpListPreview>();
    expect(noColumns.problems).toEqual([{ line: 1, message: expect.stringContaining("the columns Partner Name, MPN ID, Country, City, Specialties are missing") }]);
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.post("/api/partners/frp-list/preview", { csv: THIS_YEAR })).statusCode).toBe(403);
    expect((await fm.post("/api/partners/frp-list?previewFingerprint=x", { csv: THIS_YEAR })).statusCode).toBe(403);
  });
});
