import { describe, expect, it } from 'vitest';
import { findJsonSyntaxFault } from './json-syntax';

describe('findJsonSyntaxFault', () => {
  it('finds nothing wrong in JSON', () => {
    expect(
      findJsonSyntaxFault('{"a": [1, -2.5e3, "x\\u00e9\\n", true, false, null, {}]}'),
    ).toBeNull();
  });

  it('gives the line and column of a missing comma', () => {
    expect(findJsonSyntaxFault('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      reason: "expected ',' or '}' after a property value, found '\"'",
      truncated: false,
      openValues: 1,
    });
  });

  it('names a stray bracket, a trailing comma, single quotes and unquoted words', () => {
    expect(findJsonSyntaxFault('{"a": ]}')?.reason).toBe("expected a value, found ']'");
    expect(findJsonSyntaxFault('[1, 2,]')?.reason).toBe("expected a value, found ']'");
    expect(findJsonSyntaxFault("{'a': 1}")?.reason).toBe(
      "expected a property name in double quotes, found '''",
    );
    expect(findJsonSyntaxFault('{"a": undefined}')?.reason).toBe(
      "expected a value, found the word 'undefined'",
    );
    expect(findJsonSyntaxFault('{"a": NaN}')?.reason).toBe(
      "expected a value, found the word 'NaN'",
    );
  });

  it('reports text after the value, bad escapes, raw control characters and bad numbers', () => {
    expect(findJsonSyntaxFault('{} {}')).toMatchObject({
      column: 4,
      reason: "unexpected '{' after the JSON value",
    });
    expect(findJsonSyntaxFault('"\\x41"')?.reason).toBe('invalid escape \\x in a string');
    expect(findJsonSyntaxFault('"a\tb"')?.reason).toBe(
      'a control character (U+0009) inside a string (write it as an escape)',
    );
    expect(findJsonSyntaxFault('[01]')?.reason).toBe(
      "expected ',' or ']' after a list item, found '1'",
    );
    expect(findJsonSyntaxFault('[1.]')?.reason).toBe(
      "a number is not complete: found '.' without digits after it",
    );
  });

  it('calls a text that ends inside open values truncated, with how many are open', () => {
    expect(findJsonSyntaxFault('{"a": [1, {"b": "cut')).toEqual({
      line: 1,
      column: 21,
      reason: 'a string is not closed (no ending ")',
      truncated: true,
      openValues: 3,
    });
    expect(findJsonSyntaxFault('{"a": [1, 2')).toMatchObject({ truncated: true, openValues: 2 });
  });

  it('stops at a nesting depth no record reaches instead of overflowing the stack', () => {
    expect(findJsonSyntaxFault('['.repeat(100_000))?.reason).toBe(
      'values nested more than 256 levels deep',
    );
  });
});
