import type { ReactNode } from 'react';

/** The panels a test has made to crash, by the name given to `crashable` ("sites", "header"…). */
export const faults = new Set<string>();

/**
 * The component, throwing "forced <name> fault" while `faults` has `name`: for a test's vi.mock
 * of a feature module, to check that its panel fails alone, named, with a retry.
 */
export function crashable<Props extends object>(
  name: string,
  Component: (props: Props) => ReactNode,
): (props: Props) => ReactNode {
  return function Crashable(props: Props) {
    if (faults.has(name)) throw new Error(`forced ${name} fault`);
    return <Component {...props} />;
  };
}
