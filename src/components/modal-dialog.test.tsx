// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModalDialog, type ModalDialogHandle } from './modal-dialog';

afterEach(cleanup);

/** A page with the button that opens the dialog and another control, as the app has them. */
function Page({ onClose }: { onClose?: () => void }) {
  const dialog = useRef<ModalDialogHandle>(null);
  return (
    <>
      <button type="button">Elsewhere</button>
      <button type="button" onClick={() => dialog.current?.open()}>
        Share
      </button>
      <ModalDialog
        ref={dialog}
        title="Share this trial"
        description="Copy the link or the code."
        footer={<button type="button">Copy link</button>}
        onClose={onClose}
      >
        <label>
          Link <input readOnly value="https://example.org/?trial=NCT01573923" />
        </label>
      </ModalDialog>
    </>
  );
}

async function openFromButton(onClose?: () => void) {
  const user = userEvent.setup();
  render(<Page onClose={onClose} />);
  const opener = screen.getByRole('button', { name: 'Share' });
  await user.click(opener);
  return { user, opener, dialog: screen.getByRole('dialog', { name: 'Share this trial' }) };
}

describe('ModalDialog', () => {
  it('is closed until opened, then is a dialog named by its title and described by its description', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Share this trial',
      description: 'Copy the link or the code.',
    });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Share this trial' }).closest('dialog'),
    ).toBe(dialog);
    expect(dialog.textContent).toContain('Copy link');
  });

  it('moves focus into the dialog when it opens', async () => {
    const { dialog } = await openFromButton();
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('moves focus to the control marked data-autofocus, on every opening', async () => {
    const user = userEvent.setup();
    function Marked() {
      const dialog = useRef<ModalDialogHandle>(null);
      return (
        <>
          <button type="button" onClick={() => dialog.current?.open()}>
            Embed
          </button>
          <ModalDialog ref={dialog} title="Embed this trial">
            <button type="button">Help</button>
            <select aria-label="View" data-autofocus>
              <option>Map</option>
            </select>
          </ModalDialog>
        </>
      );
    }
    render(<Marked />);
    for (let opening = 0; opening < 2; opening++) {
      await user.click(screen.getByRole('button', { name: 'Embed' }));
      expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'View' }));
      await user.keyboard('{Escape}');
    }
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const onClose = vi.fn();
    const { user, opener, dialog } = await openFromButton(onClose);
    await user.click(screen.getByRole('textbox', { name: 'Link' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its Close button and gives focus back to the opener', async () => {
    const onClose = vi.fn();
    const { user, opener } = await openFromButton(onClose);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
  });
});
