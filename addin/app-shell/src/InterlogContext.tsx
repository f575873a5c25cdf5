import { createContext, useContext, type ReactNode } from 'react';
import type { InterlogApi, OfflineQueue } from '@interlog/api-client';

export interface InterlogServices {
  api: InterlogApi;
  queue: OfflineQueue;
}

const InterlogContext = createContext<InterlogServices | null>(null);

export function InterlogProvider({ services, children }: { services: InterlogServices; children: ReactNode }) {
  return <InterlogContext.Provider value={services}>{children}</InterlogContext.Provider>;
}

export function useInterlog(): InterlogServices {
  const services = useContext(InterlogContext);
  if (!services) throw new Error('useInterlog needs an <InterlogProvider>.');
  return services;
}
