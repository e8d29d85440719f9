import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { HydrationBoundary } from '@/lib/hydration';
import { PageDayProvider } from '@/lib/today';
import { createQueryClient } from './query-client';

/**
 * `client`: one already holding data (the prerender's, or the data a prerendered page carries).
 * `fromHtml`: the tree is rendered to HTML or hydrated from it (see HydrationBoundary), on
 * `pageDay`: the day the page is (or was) prerendered on (see useToday).
 */
export function Providers({
  client,
  fromHtml = false,
  pageDay = null,
  children,
}: {
  client?: QueryClient;
  fromHtml?: boolean;
  pageDay?: Date | null;
  children: ReactNode;
}) {
  const [own] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={own}>
      {fromHtml ? (
        <HydrationBoundary>
          <PageDayProvider day={pageDay}>{children}</PageDayProvider>
        </HydrationBoundary>
      ) : (
        children
      )}
    </QueryClientProvider>
  );
}
