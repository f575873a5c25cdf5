import { createElement, lazy, useState, type ComponentType } from 'react';

type Module<P> = { default: ComponentType<P> };

/**
 * React.lazy for a part a page draws as a stand-in until its code is there, with `load` to fetch that code early.
 * Once the code is there the part renders at once (React.lazy would still suspend for a moment, drawing the stand-in
 * and rendering twice); a mounted part keeps the component it began with, so its state survives the code's arrival.
 */
export function lazyPart<P extends object>(importPart: () => Promise<Module<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<Module<P>> | undefined;
  const load = () =>
    (loading ??= importPart().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(load);
  function Part(props: P) {
    const [component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(component, props);
  }
  return Object.assign(Part, { load });
}
