// How a screen reaches its store: a provider above the screen and `const [state, actions] =
// useX()` anywhere under it. Written once; each screen's context.tsx names its own.
import { createContext, type JSX, useContext } from "solid-js";

export interface ScreenStore<S, A> {
  state: S;
  actions: A;
}

export function storeContext<S, A>(name: string, store: () => ScreenStore<S, A>) {
  const Context = createContext<[S, A]>();

  function Provider(props: { children: JSX.Element }): JSX.Element {
    const { state, actions } = store();
    return <Context.Provider value={[state, actions]}>{props.children}</Context.Provider>;
  }

  function use(): [S, A] {
    const value = useContext(Context);
    if (!value) throw new Error(`use${name}() needs a <${name}Provider> above it`);
    return value;
  }

  return [Provider, use] as const;
}

/** A screen under its store's provider: what routes.tsx loads for the screen. */
export function withStore(Provider: (props: { children: JSX.Element }) => JSX.Element, Screen: () => JSX.Element) {
  return (): JSX.Element => (
    <Provider>
      <Screen />
    </Provider>
  );
}
