import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { HydrationBoundary } from '@/lib/hydration';
import { createQueryClient } from './query-client';

/**
 * `client`: one already holding data (the prerender's, or the data a prerendered page carries).
 * `fromHtml`: the tree is rendered to HTML or hydrated from it (see HydrationBoundary).
 */
export function Providers({
  client,
  fromHtml = false,
  children,
}: {
  client?: QueryClient;
  fromHtml?: boolean;
  children: ReactNode;
}) {
  const [own] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={own}>
      {fromHtml ? <HydrationBoundary>{children}</HydrationBoundary> : children}
    </QueryClientProvider>
  );
}
