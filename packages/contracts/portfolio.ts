import { PORTFOLIO_PRIORITY_FILTERS, PORTFOLIO_SCOPES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid, ZVersion } from "./common.ts";

const ZOption = z.object({ code: z.string(), label: z.string() });

export const ZPortfolioColumn = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(["text", "number", "date", "boolean", "enum"]),
  options: z.array(ZOption).optional().describe("The values of an enum column: cells carry the code"),
  description: z.string(),
  computed: z.boolean().describe("Computed from other tables: sorting or filtering on it is slower on a large portfolio"),
});

export const ZPortfolioColumns = z.object({
  columns: z.array(ZPortfolioColumn),
  displays: z.array(z.object({ code: z.string(), label: z.string(), columns: z.array(z.string()), description: z.string() })),
  scopes: z.array(z.object({ code: codesOf(PORTFOLIO_SCOPES), label: z.string(), description: z.string(), available: z.boolean(), why: z.string().optional() })),
  priorities: z.array(ZOption).describe("The Priority filter's values"),
  defaultSort: z.string().describe("The sort when none is given, e.g. -priority,name"),
});
export type TPortfolioColumns = z.infer<typeof ZPortfolioColumns>;

const viewParams = {
  scope: codesOf(PORTFOLIO_SCOPES).default("my_active").describe("Whose tenants: my_* are always available, active/inactive/all only to readers of all tenants"),
  priority: codesOf(PORTFOLIO_PRIORITY_FILTERS).default("all").describe("high = High + High Override, medium = Medium + Medium Override, low = automated Low not overridden, low_override"),
  display: z.string().max(100).optional().describe("A display code (default overview)"),
  cols: z.string().max(4000).optional().describe("Comma-separated column keys, shown instead of the display's"),
  q: z.string().max(200).optional().describe("Search in every text column shown, and always tenant name, tenant ID and TPID"),
  filter: z
    .union([z.string().max(1000), z.array(z.string().max(1000)).max(50)])
    .optional()
    .describe("Repeatable <column>:<op>:<value>; ops eq, ne, contains, gt, gte, lt, lte, before, after, empty, notempty, in (comma list)"),
  sort: z.string().max(500).optional().describe("Comma-separated columns, '-' first for descending (default -priority,name)"),
};

export const ZPortfolioQuery = z.object({
  ...viewParams,
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TPortfolioQuery = z.infer<typeof ZPortfolioQuery>;

export const ZPortfolioCsvQuery = z.object(viewParams);

const ZCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ZPortfolioPage = z.object({
  columns: z.array(z.string()).describe("The keys of the columns shown, in order"),
  items: z.array(z.object({ id: ZUuid, cells: z.record(z.string(), ZCell) })),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type TPortfolioPage = z.infer<typeof ZPortfolioPage>;

export const ZSavedView = z.object({
  id: ZUuid,
  name: z.string(),
  query: z.string().describe("The portfolio page's URL search string, e.g. scope=my_active&display=overview&filter=seats:gte:400&sort=-priority"),
  shared: z.boolean().describe("Listed for everyone; only its owner may change it"),
  isDefault: z.boolean().describe("The owner's view opened by default (one per person)"),
  ownerId: ZUuid,
  ownerName: z.string(),
  mine: z.boolean().describe("The reader owns it and may change it"),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type TSavedView = z.infer<typeof ZSavedView>;

export const ZSavedViewList = z.object({ items: z.array(ZSavedView) });

const savedViewFields = {
  name: z.string().trim().min(1).max(100),
  query: z.string().trim().max(4000).describe("URL search string of the portfolio page (with or without the leading ?)"),
  shared: z.boolean(),
  isDefault: z.boolean(),
};

export const ZCreateSavedView = z
  .object({ ...savedViewFields, shared: savedViewFields.shared.default(false), isDefault: savedViewFields.isDefault.default(false) })
  .strict();
export type TCreateSavedView = z.infer<typeof ZCreateSavedView>;

export const ZUpdateSavedView = z.object({ version: ZVersion, ...savedViewFields }).partial().required({ version: true }).strict();
export type TUpdateSavedView = z.infer<typeof ZUpdateSavedView>;

export const ZDeleteSavedViewQuery = z.object({ version: z.coerce.number().int().positive().describe("The version you read; a stale one gets 409") });
