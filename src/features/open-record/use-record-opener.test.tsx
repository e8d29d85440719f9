// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearLocalTrials, localTrials } from '@/lib/local-trials';
import { OpenRecordForm } from './open-record-form';
import { ReadingReport } from './reading-report';
import { useRecordOpener } from './use-record-opener';
import { OUR_RECORD_TEXT as OUR_RECORD } from '@/test-support/json-value';

/** The form and the report around the opener, as the dialog holds them. */
function Harness({ onDone }: { onDone: (report: boolean) => void }) {
  const { state, open } = useRecordOpener(onDone);
  return (
    <>
      <OpenRecordForm onOpen={(sources) => void open(sources)} busy={state.phase === 'reading'} />
      {state.phase === 'done' && <ReadingReport outcomes={state.outcomes} />}
    </>
  );
}

describe('opening a record in the browser', () => {
  // Without a Worker (jsdom) the reader, zod and the record schemas load on the first reading:
  // loaded here, so that the waits below time the reading, not the module loading.
  beforeAll(() => import('@/lib/read-record-source'));
  beforeEach(() => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&sitesSort=city');
  });
  afterEach(() => {
    cleanup();
    clearLocalTrials();
  });

  it('a chosen file becomes a trial of this tab, and the page moves to it', async () => {
    const onDone = vi.fn();
    render(<Harness onDone={onDone} />);
    const file = new File([OUR_RECORD], 'NCT01573923.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Choose a JSON file'), file);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(false));
    expect(window.location.search).toBe('?trial=NCT01573923&source=file');
    expect(localTrials().map((entry) => [entry.trial.nctId, entry.fileName])).toEqual([
      ['NCT01573923', 'NCT01573923.json'],
    ]);
  });

  it('pasted JSON that is not a study is refused with the reason, and nothing is opened', async () => {
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<Harness onDone={onDone} />);
    await user.click(screen.getByLabelText('Or paste JSON'));
    await user.paste('{"nct_id": "NCT01573923", "brief_title": "x"}');
    await user.click(screen.getByRole('button', { name: 'Open pasted JSON' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('pasted JSON could not be opened');
    expect(alert.textContent).toContain('this looks like a row of the AACT database');
    expect(localTrials()).toEqual([]);
    expect(window.location.search).toBe('?trial=NCT01573923&sitesSort=city');
  });

  it('a search response opens each readable study and reports the others with their paths', async () => {
    const onDone = vi.fn();
    render(<Harness onDone={onDone} />);
    const search = JSON.stringify({ studies: [JSON.parse(OUR_RECORD), { protocolSection: {} }] });
    await userEvent.upload(
      screen.getByLabelText('Choose a JSON file'),
      new File([search], 'search.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(
      screen.getByRole('heading', { name: 'search.json: 1 of 2 studies opened' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: /^NCT01573923: Safety and Efficacy/ }).getAttribute('href'),
    ).toBe('/?trial=NCT01573923&source=file');
    expect(screen.getByRole('alert').textContent).toContain(
      'studies[1].protocolSection.identificationModule: required, but missing (expected an object)',
    );
    expect(window.location.search).toBe('?trial=NCT01573923&source=file');
  });
});
