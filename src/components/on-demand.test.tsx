// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnDemand } from './on-demand';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

// React reports caught errors through the root's onCaughtError (src/main.tsx logs a warning).
const quiet = { onCaughtError: () => undefined };

afterEach(cleanup);

describe('OnDemand', () => {
  it('loads its part when rendered and shows it with its props', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    render(<OnDemand what="The greeting" load={load} props={{ name: 'reader' }} />);
    expect(await screen.findByText('Hello, reader')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when its chunk failed to load, and "Try again" asks for it afresh', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting);
    render(<OnDemand what="The greeting" load={load} props={{ name: 'reader' }} />, quiet);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The greeting could not be shown: Failed to fetch dynamically imported module',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello, reader')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
