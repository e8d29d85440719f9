// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Section } from './section';

afterEach(cleanup);

describe('Section', () => {
  it('is a region named by its h2, with an id for in-page links and an optional blurb', () => {
    render(
      <Section id="eligibility" title="Eligibility" blurb="Who can take part.">
        <p>Body</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Eligibility' });
    expect(region.id).toBe('eligibility');
    expect(screen.getByRole('heading', { level: 2, name: 'Eligibility' })).toBeTruthy();
    expect(screen.getByText('Who can take part.')).toBeTruthy();
    expect(screen.getByText('Body')).toBeTruthy();
  });

  it('leaves the blurb out when none is given', () => {
    const { container } = render(
      <Section id="s" title="S">
        x
      </Section>,
    );
    expect(container.querySelector('.section__blurb')).toBeNull();
  });
});
