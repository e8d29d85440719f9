// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DefinitionList } from '@/components/definition-list';
import { valueOf } from './definition-value';

afterEach(cleanup);

describe('valueOf', () => {
  it('reads the value beside its own term, within one list when given, and fails for a term that is not there', () => {
    const { container } = render(
      <>
        <DefinitionList
          items={[
            { term: 'Sex', value: 'All' },
            { term: 'Phase', value: null },
          ]}
        />
        <DefinitionList items={[{ term: 'Sex', value: 'Female' }]} />
      </>,
    );
    const [first, second] = [...container.querySelectorAll('dl')];
    if (!(first instanceof HTMLElement) || !(second instanceof HTMLElement))
      throw new Error('two lists expected');
    expect(valueOf('Phase')).toBe('Not provided');
    expect(valueOf('Sex', first)).toBe('All');
    expect(valueOf('Sex', second)).toBe('Female');
    expect(() => valueOf('Sex')).toThrow(/multiple elements/);
    expect(() => valueOf('Age')).toThrow(/Unable to find/);
  });
});
