import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { ErrorBoundary } from '@/components/error-boundary';
import '@/app/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root, {
  // React 19 reports every error that an error boundary caught with console.error, as if nothing
  // had handled it. Ours are handled: the panel says what failed, offers a retry, and the rest of
  // the page works (a console error would also fail the end-to-end suite, which treats any console
  // error as a fault). So a caught error is a warning, with its message and component stack kept
  // for developers. Uncaught errors keep React's default (window.reportError: a page error).
  onCaughtError(error, info) {
    const panel =
      info.errorBoundary instanceof ErrorBoundary ? info.errorBoundary.props.what : 'A panel';
    console.warn(`${panel} failed and shows the error in its place:`, error, info.componentStack);
  },
}).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
