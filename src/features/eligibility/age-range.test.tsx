// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AgeRange } from './age-range';

afterEach(cleanup);

const text = (minimum: string | null, maximum: string | null) =>
  render(<AgeRange minimum={minimum} maximum={maximum} />).container.textContent;

describe('AgeRange', () => {
  it('joins both ends', () => {
    expect(text('30 Years', '60 Years')).toBe('30 Years to 60 Years');
  });

  it('says plainly which end is open', () => {
    expect(text('18 Years', null)).toBe('18 Years and older (no maximum age)');
    expect(text(null, '17 Years')).toBe('Up to 17 Years (no minimum age)');
    expect(text(null, null)).toBe('No minimum or maximum age given');
  });

  it("isolates the record's ages from the app's words", () => {
    const { container } = render(<AgeRange minimum={'18\u202E Years'} maximum="60 Years" />);
    expect([...container.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      '18\u202E Years',
      '60 Years',
    ]);
  });
});
