/** A query the feed cannot answer; the message says what is wrong and what is supported instead. */
export class ODataQueryError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "ODataQueryError";
    this.code = code;
  }
}
