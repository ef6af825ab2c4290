/** Countries the demo and seeded data use, with a time zone and the FastTrack region each belongs to. */
export const PLACES = [
  { country: "US", timeZone: "America/New_York", region: "americas", weight: 18 },
  { country: "US", timeZone: "America/Chicago", region: "americas", weight: 8 },
  { country: "US", timeZone: "America/Los_Angeles", region: "americas", weight: 10 },
  { country: "CA", timeZone: "America/Toronto", region: "americas", weight: 5 },
  { country: "BR", timeZone: "America/Sao_Paulo", region: "americas", weight: 5 },
  { country: "MX", timeZone: "America/Mexico_City", region: "americas", weight: 3 },
  { country: "GB", timeZone: "Europe/London", region: "emea", weight: 9 },
  { country: "DE", timeZone: "Europe/Berlin", region: "emea", weight: 9 },
  { country: "FR", timeZone: "Europe/Paris", region: "emea", weight: 7 },
  { country: "NL", timeZone: "Europe/Amsterdam", region: "emea", weight: 4 },
  { country: "ES", timeZone: "Europe/Madrid", region: "emea", weight: 4 },
  { country: "SE", timeZone: "Europe/Stockholm", region: "emea", weight: 2 },
  { country: "ZA", timeZone: "Africa/Johannesburg", region: "emea", weight: 2 },
  { country: "AE", timeZone: "Asia/Dubai", region: "emea", weight: 2 },
  { country: "JP", timeZone: "Asia/Tokyo", region: "apj", weight: 6 },
  { country: "AU", timeZone: "Australia/Sydney", region: "apj", weight: 5 },
  { country: "IN", timeZone: "Asia/Kolkata", region: "apj", weight: 5 },
  { country: "SG", timeZone: "Asia/Singapore", region: "apj", weight: 3 },
  { country: "KR", timeZone: "Asia/Seoul", region: "apj", weight: 2 },
  { country: "NZ", timeZone: "Pacific/Auckland", region: "apj", weight: 1 },
] as const;

/** Well-known fictitious company names, used first so the demo reads naturally. */
export const DEMO_COMPANY_NAMES = [
  "Contoso", "Fabrikam", "Northwind Traders", "Tailspin Toys", "Woodgrove Bank", "Adventure Works",
  "Litware", "Proseware", "Wide World Importers", "Alpine Ski House", "Coho Winery", "Fourth Coffee",
  "Lucerne Publishing", "Margie's Travel", "Trey Research", "VanArsdel", "Wingtip Toys", "Blue Yonder Airlines",
  "Humongous Insurance", "Relecloud", "Munson's Pickles and Preserves", "Graphic Design Institute",
  "School of Fine Art", "City Power & Light",
] as const;

export const NAME_PARTS = {
  first: [
    "Apex", "Blue", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iron", "Juniper", "Keystone", "Lumen",
    "Maple", "Nova", "Orchid", "Pioneer", "Quarry", "River", "Summit", "Timber", "Union", "Vertex", "Willow", "Zenith",
    "Aurora", "Beacon", "Crescent", "Dune", "Evergreen", "Frontier", "Golden", "Horizon", "Northstar", "Oak", "Prairie",
  ],
  second: [
    "Analytics", "Bank", "Logistics", "Health", "Energy", "Foods", "Manufacturing", "Insurance", "Retail", "Pharma",
    "Telecom", "Airlines", "Motors", "Media", "Capital", "Engineering", "Hospitality", "Mining", "Textiles", "Labs",
  ],
  suffix: ["Inc.", "Ltd", "GmbH", "S.A.", "plc", "Group", "Holdings", "Corp.", "AG", "B.V.", "Pty Ltd", "K.K."],
} as const;

export const VERTICALS = [
  "Financial Services", "Manufacturing", "Retail", "Healthcare", "Public Sector", "Education", "Energy",
  "Professional Services", "Media & Communications", "Travel & Transport",
] as const;
