// $filter: a small subset of the OData v4 expression grammar, parsed into a typed tree. Supported: comparisons
// (eq ne gt ge lt le) of a property with a literal, and, or, not, parentheses, and contains(), startswith() and
// endswith() on text: what Power BI and Excel send when they fold a filter step into the request.
import { ODataQueryError } from "./errors.ts";
import type { ODataEntitySet, ODataProperty } from "./model.ts";

export const ODATA_COMPARISONS = ["eq", "ne", "gt", "ge", "lt", "le"] as const;
export type ODataComparison = (typeof ODATA_COMPARISONS)[number];
export type ODataFilterValue = string | number | boolean | null;

export type ODataFilter =
  | { readonly kind: "and" | "or"; readonly left: ODataFilter; readonly right: ODataFilter }
  | { readonly kind: "not"; readonly operand: ODataFilter }
  /** Dates travel as their ISO text (YYYY-MM-DD). */
  | { readonly kind: "compare"; readonly op: ODataComparison; readonly property: ODataProperty; readonly value: ODataFilterValue }
  | { readonly kind: TextFunction; readonly property: ODataProperty; readonly value: string };

const TEXT_FUNCTIONS = ["contains", "startswith", "endswith"] as const;
type TextFunction = (typeof TEXT_FUNCTIONS)[number];

type Token =
  | { kind: "word"; text: string; at: number }
  | { kind: "string"; value: string; at: number }
  | { kind: "number"; value: number; text: string; at: number }
  | { kind: "date"; value: string; at: number }
  | { kind: "punct"; text: "(" | ")" | ","; at: number };

const SUPPORTED = "Supported: eq, ne, gt, ge, lt, le, and, or, not, parentheses, contains(), startswith() and endswith() of a text property and 'text'.";
const KNOWN_UNSUPPORTED_WORDS = new Set(["has", "in", "add", "sub", "mul", "div", "divby", "mod", "any", "all"]);

const invalid = (message: string) => new ODataQueryError("invalid_filter", `$filter: ${message}`);
const unsupported = (what: string) => new ODataQueryError("unsupported_filter", `$filter: ${what} is not supported. ${SUPPORTED}`);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const char = rest[0] as string;
    if (char === "(" || char === ")" || char === ",") {
      tokens.push({ kind: "punct", text: char, at });
      at += 1;
      continue;
    }
    if (char === "'") {
      let value = "";
      let end = at + 1;
      for (;;) {
        if (end >= text.length) throw invalid(`the text starting at position ${at + 1} has no closing quote (write a quote inside text as '').`);
        if (text[end] === "'") {
          if (text[end + 1] === "'") {
            value += "'";
            end += 2;
            continue;
          }
          break;
        }
        value += text[end];
        end += 1;
      }
      tokens.push({ kind: "string", value, at });
      at = end + 1;
      continue;
    }
    const date = /^\d{4}-\d{2}-\d{2}(?![\w:])/.exec(rest);
    if (date) {
      if (Number.isNaN(Date.parse(`${date[0]}T00:00:00Z`))) throw invalid(`${date[0]} is not a date.`);
      tokens.push({ kind: "date", value: date[0], at });
      at += date[0].length;
      continue;
    }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?(?![\w.:-])/.exec(rest);
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]), text: number[0], at });
      at += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (word) {
      tokens.push({ kind: "word", text: word[0], at });
      at += word[0].length;
      continue;
    }
    throw unsupported(`"${rest.slice(0, 20)}" (at position ${at + 1})`);
  }
  return tokens;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly set: ODataEntitySet,
  ) {}

  parse(): ODataFilter {
    if (this.tokens.length === 0) throw invalid("it is empty; leave $filter out to read every row.");
    const filter = this.expression();
    const extra = this.tokens[this.index];
    if (extra?.kind === "word" && KNOWN_UNSUPPORTED_WORDS.has(extra.text)) throw unsupported(`"${extra.text}"`);
    if (extra) throw this.unexpected(extra);
    return filter;
  }

  /** or binds loosest, then and, then not. */
  private expression(): ODataFilter {
    let left = this.conjunction();
    while (this.skipWord("or")) left = { kind: "or", left, right: this.conjunction() };
    return left;
  }

  private conjunction(): ODataFilter {
    let left = this.unary();
    while (this.skipWord("and")) left = { kind: "and", left, right: this.unary() };
    return left;
  }

  private unary(): ODataFilter {
    return this.skipWord("not") ? { kind: "not", operand: this.unary() } : this.primary();
  }

  private skipWord(word: string): boolean {
    const next = this.tokens[this.index];
    if (next?.kind !== "word" || next.text !== word) return false;
    this.index += 1;
    return true;
  }

  private primary(): ODataFilter {
    const token = this.take("a condition");
    if (token.kind === "punct" && token.text === "(") {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (token.kind !== "word") throw this.unexpected(token);
    const next = this.tokens[this.index];
    if (next?.kind === "punct" && next.text === "(") return this.call(token.text);
    if (KNOWN_UNSUPPORTED_WORDS.has(token.text)) throw unsupported(`"${token.text}"`);
    const property = this.property(token.text);
    const op = this.take("an operator (eq, ne, gt, ge, lt, le)");
    if (op.kind !== "word" || !(ODATA_COMPARISONS as readonly string[]).includes(op.text)) {
      throw op.kind === "word" ? unsupported(`the operator "${op.text}"`) : this.unexpected(op);
    }
    const comparison = op.text as ODataComparison;
    const value = this.literal(property);
    if (value === null && comparison !== "eq" && comparison !== "ne") throw invalid(`${property.name} ${comparison} null compares with nothing; use eq null or ne null.`);
    if (property.type === "Edm.Boolean" && comparison !== "eq" && comparison !== "ne") throw invalid(`${property.name} is true or false: compare it with eq or ne.`);
    return { kind: "compare", op: comparison, property, value };
  }

  private call(name: string): ODataFilter {
    if (!(TEXT_FUNCTIONS as readonly string[]).includes(name)) throw unsupported(`the function ${name}()`);
    this.expect("(");
    const argument = this.take("a property name");
    if (argument.kind !== "word") throw invalid(`${name}() takes a property name first, then the text in quotes.`);
    const property = this.property(argument.text);
    if (property.type !== "Edm.String") throw invalid(`${name}() works on text; ${property.name} is ${property.type}.`);
    this.expect(",");
    const text = this.take("the text in quotes");
    if (text.kind !== "string") throw invalid(`${name}() takes the text in single quotes, e.g. ${name}(${property.name},'abc').`);
    this.expect(")");
    return { kind: name as TextFunction, property, value: text.value };
  }

  private literal(property: ODataProperty): ODataFilterValue {
    const token = this.take(`a value for ${property.name}`);
    if (token.kind === "word" && token.text === "null") return null;
    switch (property.type) {
      case "Edm.String":
        if (token.kind === "string") return token.value;
        break;
      case "Edm.Int32":
      case "Edm.Int64":
      case "Edm.Decimal":
        if (token.kind === "number") return token.value;
        break;
      case "Edm.Date":
        if (token.kind === "date") return token.value;
        if (token.kind === "string" && /^\d{4}-\d{2}-\d{2}$/.test(token.value)) throw invalid(`write dates without quotes: ${property.name} ge ${token.value}.`);
        break;
      case "Edm.Boolean":
        if (token.kind === "word" && (token.text === "true" || token.text === "false")) return token.text === "true";
        break;
    }
    const example = { "Edm.String": "'text'", "Edm.Int32": "12", "Edm.Int64": "12", "Edm.Decimal": "12.5", "Edm.Date": "2024-01-31", "Edm.Boolean": "true" }[property.type];
    throw invalid(`${property.name} is ${property.type}: compare it with a value like ${example} (or null).`);
  }

  private property(name: string): ODataProperty {
    const found = this.set.properties.find((property) => property.name === name);
    if (!found) throw invalid(`${this.set.name} has no property "${name}"; see $metadata for the names.`);
    return found;
  }

  private take(what: string): Token {
    const token = this.tokens[this.index];
    if (!token) throw invalid(`it ends where ${what} was expected.`);
    this.index += 1;
    return token;
  }

  private expect(text: "(" | ")" | ","): void {
    const token = this.take(`"${text}"`);
    if (token.kind === "word" && KNOWN_UNSUPPORTED_WORDS.has(token.text)) throw unsupported(`"${token.text}"`);
    if (token.kind !== "punct" || token.text !== text) throw invalid(`expected "${text}" at position ${token.at + 1}.`);
  }

  private unexpected(token: Token): ODataQueryError {
    const shown = token.kind === "string" ? `'${token.value}'` : token.kind === "word" || token.kind === "punct" ? token.text : String(token.value);
    return invalid(`unexpected ${shown} at position ${token.at + 1}.`);
  }
}

/** Parses a $filter against the properties of an entity set; throws ODataQueryError naming what is wrong. */
export function parseODataFilter(text: string, set: ODataEntitySet): ODataFilter {
  return new Parser(tokenize(text), set).parse();
}
