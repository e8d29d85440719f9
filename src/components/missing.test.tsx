// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Missing } from './missing';

afterEach(cleanup);

describe('Missing', () => {
  it('says "Not provided" by default, or the text it is given', () => {
    render(
      <>
        <Missing />
        <Missing>No phone listed</Missing>
      </>,
    );
    expect(screen.getByText('Not provided').className).toBe('missing');
    expect(screen.getByText('No phone listed').className).toBe('missing');
  });
});
