// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DefinitionList } from './definition-list';

afterEach(cleanup);

describe('DefinitionList', () => {
  it('renders term/value pairs, with missing values said plainly', () => {
    const { container } = render(
      <DefinitionList
        items={[
          { term: 'Sex', value: 'All' },
          { term: 'Phase', value: null },
          { term: 'Phone', value: undefined, missingText: 'No phone listed' },
        ]}
      />,
    );
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    const values = [...container.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(terms).toEqual(['Sex', 'Phase', 'Phone']);
    expect(values).toEqual(['All', 'Not provided', 'No phone listed']);
    expect(screen.getByText('Not provided').className).toBe('missing');
  });
});
