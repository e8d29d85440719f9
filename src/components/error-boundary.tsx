import { Component, createRef, type ReactNode } from 'react';
import type { PanelPlace } from './focus-after-retry';
import './error-panel.css';

interface ErrorBoundaryProps {
  /** Names the panel in the message, e.g. "The sites table". */
  what: string;
  /**
   * Called on "Try again" before the panel renders again: for what a plain re-render would not
   * retry, e.g. a React.lazy component, which keeps a failed import for good.
   */
  onRetry?: () => void;
  /** A new value (another trial) clears a shown error: the panel tries the new content. */
  resetKey?: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string | undefined;
}

/**
 * Keeps a crash in one panel from taking the page down: the panel says what failed and offers a
 * retry; the rest of the page keeps working. The error is logged by the root's onCaughtError
 * (src/main.tsx).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };
  private readonly panel = createRef<HTMLDivElement>();
  /** Set by "Try again": where the panel's content will be, to move focus into it. */
  private retriedAt: PanelPlace | null = null;
  private stopFocusing: () => void = () => undefined;

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidUpdate(): void {
    const place = this.retriedAt;
    if (!place) return;
    this.retriedAt = null;
    this.stopFocusing();
    // Its code comes with the first retry (a rare moment): it waits for the panel's content anyway.
    let stopped = false;
    this.stopFocusing = () => {
      stopped = true;
    };
    void import('./focus-after-retry').then(({ focusAfterRetry }) => {
      if (!stopped) this.stopFocusing = focusAfterRetry(place);
    });
  }

  override componentWillUnmount(): void {
    this.stopFocusing();
  }

  private readonly retry = () => {
    const panel = this.panel.current;
    const parent = panel?.parentElement;
    this.retriedAt = panel && parent ? { parent, before: panel.previousElementSibling } : null;
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div ref={this.panel} className="error-panel" role="alert">
        <p>
          {this.props.what} could not be shown: {error.message}
        </p>
        <button type="button" className="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
