import { createContext, useContext, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { InterlogApi, OfflineQueue } from '@interlog/api-client';

export interface InterlogServices {
  api: InterlogApi;
  queue: OfflineQueue;
  /** Server state (TanStack Query): reads cached by query key, invalidated by the writes that change them. */
  queryClient: QueryClient;
}

const InterlogContext = createContext<InterlogServices | null>(null);

export function InterlogProvider({ services, children }: { services: InterlogServices; children: ReactNode }) {
  return (
    <InterlogContext.Provider value={services}>
      <QueryClientProvider client={services.queryClient}>{children}</QueryClientProvider>
    </InterlogContext.Provider>
  );
}

export function useInterlog(): InterlogServices {
  const services = useContext(InterlogContext);
  if (!services) throw new Error('useInterlog needs an <InterlogProvider>.');
  return services;
}
