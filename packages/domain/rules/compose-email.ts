import { type EmailLanguage, type EmailTemplate } from "../catalogs/email-templates.ts";
import { type Facts, readFact } from "../engine/conditions.ts";
import { placeholders, render } from "../engine/templates.ts";

export type ComposedEmail = {
  language: EmailLanguage;
  subject: string;
  body: string;
  /** Facts the text needs that the tenant does not have yet, e.g. "partner.name": fill them before sending. */
  missing: string[];
};

type ListWords = { separator: string; and: (last: string) => string };

// Spanish "y" becomes "e" before an /i/ sound ("Exchange e Intune"), but not before a diphthong ("y hielo").
const SPANISH_E_BEFORE = /^h?[ií](?![aeouáéóú])/i;

const LIST_WORDS: Readonly<Record<EmailLanguage, ListWords>> = {
  en: { separator: ", ", and: () => " and " },
  de: { separator: ", ", and: () => " und " },
  fr: { separator: ", ", and: () => " et " },
  es: { separator: ", ", and: (last) => (SPANISH_E_BEFORE.test(last) ? " e " : " y ") },
  it: { separator: ", ", and: () => " e " },
  nl: { separator: ", ", and: () => " en " },
  pt: { separator: ", ", and: () => " e " },
  ja: { separator: "、", and: () => " と " },
};

/** "Exchange", "Exchange and Teams", "Exchange, Teams and SharePoint", in the e-mail's language ("Exchange、Teams と SharePoint"). */
export function listInWords(items: readonly string[], language: EmailLanguage): string {
  if (items.length <= 1) return items[0] ?? "";
  const words = LIST_WORDS[language];
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(words.separator)}${words.and(last)}${last}`;
}

const REFERRAL_NEED_WORDS: Readonly<Record<string, Readonly<Record<EmailLanguage, string>>>> = {
  project_management: {
    en: "overall project management",
    de: "Gesamtprojektleitung",
    fr: "gestion globale du projet",
    es: "gestión global del proyecto",
    it: "gestione complessiva del progetto",
    nl: "overkoepelend projectmanagement",
    pt: "gerenciamento geral do projeto",
    ja: "プロジェクト全体の管理",
  },
  complex_design: {
    en: "complex solution design and customization",
    de: "komplexes Lösungsdesign und Anpassungen",
    fr: "conception de solutions complexes et personnalisation",
    es: "diseño de soluciones complejas y personalización",
    it: "progettazione di soluzioni complesse e personalizzazioni",
    nl: "complex oplossingsontwerp en maatwerk",
    pt: "design de soluções complexas e personalização",
    ja: "複雑なソリューションの設計とカスタマイズ",
  },
  out_of_scope: {
    en: "work outside the FastTrack scope",
    de: "Arbeiten außerhalb des FastTrack-Umfangs",
    fr: "travaux hors du périmètre de FastTrack",
    es: "trabajos fuera del alcance de FastTrack",
    it: "attività al di fuori dell'ambito di FastTrack",
    nl: "werk buiten de scope van FastTrack",
    pt: "trabalhos fora do escopo do FastTrack",
    ja: "FastTrack の対象範囲外の作業",
  },
  acm: {
    en: "adoption and change management",
    de: "Adoption und Change Management",
    fr: "adoption et conduite du changement",
    es: "adopción y gestión del cambio",
    it: "adozione e gestione del cambiamento",
    nl: "adoptie en verandermanagement",
    pt: "adoção e gestão de mudanças",
    ja: "導入と変更管理",
  },
};

/** A referral need (project_management, complex_design, out_of_scope, acm) in words for {referral.need}; undefined for an unknown need. */
export function referralNeedInWords(need: string, language: EmailLanguage): string | undefined {
  return Object.hasOwn(REFERRAL_NEED_WORDS, need) ? REFERRAL_NEED_WORDS[need]?.[language] : undefined;
}

/** The template's text in the language, filled from the facts; a missing fact stays visible as [name] and is listed. */
export function composeEmail(template: EmailTemplate, language: EmailLanguage, facts: Facts): ComposedEmail {
  const text = template.text[language];
  const needed = [...new Set([...placeholders(text.subject), ...placeholders(text.body)])];
  const missing = needed.filter((path) => {
    const value = readFact(facts, path);
    return value === undefined || value === null || value === "";
  });
  const filled = missing.reduce<Facts>((acc, path) => withFact(acc, path, `[${path}]`), facts);
  return { language, subject: render(text.subject, filled), body: render(text.body, filled), missing };
}

function withFact(facts: Facts, path: string, value: string): Facts {
  const [head, ...rest] = path.split(".");
  if (!head) return facts;
  const inner = (facts[head] ?? {}) as Facts;
  return { ...facts, [head]: rest.length === 0 ? value : withFact(typeof inner === "object" ? inner : {}, rest.join("."), value) };
}
