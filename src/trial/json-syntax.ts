/**
 * Where and why a text is not JSON, the same in every engine: JSON.parse's own messages differ
 * between V8 versions and browsers and give a character offset, not a line and column. Run only
 * after JSON.parse has failed, this scanner walks the text by RFC 8259 and stops at the first fault.
 */
export interface JsonSyntaxFault {
  /** 1-based line and column (columns count UTF-16 code units, as editors mostly do). */
  line: number;
  column: number;
  /** What is wrong there: "expected ',' or '}' after a property value, found ']'". */
  reason: string;
  /** The text ended while values were still open: the file looks cut short. */
  truncated: boolean;
  /** Objects and lists open at the fault. */
  openValues: number;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
    readonly truncated: boolean,
  ) {
    super(reason);
  }
}

function shown(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f)
    return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `'${char}'`;
}

/** Far deeper than any study record; bounds the scanner's recursion. */
const MAX_DEPTH = 256;

class Scanner {
  private at = 0;
  /** Objects and lists open at the fault, for the truncation note. */
  depth = 0;
  constructor(private readonly text: string) {}

  run(): void {
    this.space();
    this.value();
    this.space();
    if (this.at < this.text.length)
      this.fail(`unexpected ${shown(this.text[this.at])} after the JSON value`);
  }

  private fail(reason: string): never {
    throw new Fault(this.at, reason, this.at >= this.text.length);
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text.charAt(this.at))) this.at++;
  }

  private value(): void {
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') return this.list();
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    if (char === undefined) this.fail('expected a value, found the end of the text');
    const rest = /^[A-Za-z_]\w*/.exec(this.text.slice(this.at, this.at + 20))?.[0];
    this.fail(
      rest
        ? `expected a value, found the word '${rest}'`
        : `expected a value, found ${shown(char)}`,
    );
  }

  private open(): void {
    if (this.depth >= MAX_DEPTH) this.fail(`values nested more than ${MAX_DEPTH} levels deep`);
    this.at++;
    this.depth++;
  }

  private object(): void {
    this.sequence('}', 'a property value', () => {
      if (this.text[this.at] !== '"')
        this.fail(`expected a property name in double quotes, found ${shown(this.text[this.at])}`);
      this.string();
      this.space();
      if (this.text[this.at] !== ':')
        this.fail(`expected ':' after a property name, found ${shown(this.text[this.at])}`);
      this.at++;
      this.space();
      this.value();
    });
  }

  private list(): void {
    this.sequence(']', 'a list item', () => this.value());
  }

  /** An object or list: `item` read once per member, with commas between, up to `close`. */
  private sequence(close: '}' | ']', itemName: string, item: () => void): void {
    this.open();
    this.space();
    if (this.text[this.at] === close) {
      this.at++;
      this.depth--;
      return;
    }
    for (;;) {
      this.space();
      item();
      this.space();
      const next = this.text[this.at];
      if (next === ',') {
        this.at++;
        continue;
      }
      if (next === close) {
        this.at++;
        this.depth--;
        return;
      }
      this.fail(`expected ',' or '${close}' after ${itemName}, found ${shown(next)}`);
    }
  }

  private string(): void {
    this.at++;
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) this.fail('a string is not closed (no ending ")');
      if (char === '"') {
        this.at++;
        return;
      }
      if (char === '\\') {
        const escape = this.text[this.at + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
            this.fail('expected four hex digits after \\u');
          this.at += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape))
          this.fail(`invalid escape \\${escape ?? ''} in a string`);
        this.at += 2;
        continue;
      }
      if (char.charCodeAt(0) < 0x20)
        this.fail(`${shown(char)} inside a string (write it as an escape)`);
      this.at++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      this.text.slice(this.at, this.at + 400),
    );
    if (!match) this.fail(`expected a number, found ${shown(this.text[this.at + 1])} after '-'`);
    this.at += match[0].length;
    const next = this.text[this.at];
    if (next === '.' || next === 'e' || next === 'E')
      this.fail(`a number is not complete: found ${shown(next)} without digits after it`);
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax fault of a text, or null when the text is JSON. */
export function findJsonSyntaxFault(text: string): JsonSyntaxFault | null {
  const scanner = new Scanner(text);
  try {
    scanner.run();
    return null;
  } catch (error) {
    if (!(error instanceof Fault)) throw error;
    const truncated = error.truncated && scanner.depth > 0;
    return {
      ...lineAndColumn(text, error.offset),
      reason: error.reason,
      truncated,
      openValues: scanner.depth,
    };
  }
}
