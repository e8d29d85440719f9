/**
 * jsdom has <dialog> but not its methods. This gives the test environment what the browser does
 * and the app relies on: showModal() opens, close() closes and fires "close", Escape in an open
 * dialog fires a cancelable "cancel" and then closes it. Focus is left alone: moving it into the
 * dialog and back is the app's job (src/components/modal-dialog.tsx), and its test checks it.
 * Loaded once for every test file (vite.config.ts, test.setupFiles); nothing happens outside jsdom.
 */
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  const withEscape = new WeakSet<HTMLDialogElement>();
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
      if (withEscape.has(this)) return;
      withEscape.add(this);
      this.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !this.open) return;
        if (this.dispatchEvent(new Event('cancel', { cancelable: true }))) this.close();
      });
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}
