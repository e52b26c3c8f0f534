// The one way the app holds an account's data: one store per concern, `[state, actions]`, made
// by a factory for the signed-in account and reached through a context with its hook:
//   export const useMagnets = accountStore("Magnets", createMagnetsStore);   (web/magnets/context.ts)
//   const [state, actions] = useMagnets();                                    (any screen)
// <AccountStores> (around the screens, in the shell) holds the signed-in account's stores: each is
// made on first use, so a screen's store loads with the screen, and lives as long as the account
// (switching screens keeps its data, sockets and timers); when the account leaves, every one of
// them is disposed, its effects and cleanups with it, and the next account gets fresh ones.
import {
  createContext,
  createMemo,
  createRoot,
  getOwner,
  type JSX,
  type Owner,
  onCleanup,
  runWithOwner,
  useContext,
} from "solid-js";
import { apikey } from "../session/session";

/** The account a store belongs to. */
export interface Account {
  apikey: string;
}

/** What every store hands its screens: its state (changed only by its actions) and its actions. */
export type Store<S, A> = readonly [state: S, actions: A];

// biome-ignore lint/suspicious/noExplicitAny: a map of every store, each typed again by its hook.
type AnyFactory = (account: Account) => Store<any, any>;

/** The stores of one account, each made inside the account's own reactive root. */
interface AccountRoom {
  account: Account;
  owner: Owner;
  stores: Map<AnyFactory, Store<unknown, unknown>>;
}

const AccountContext = createContext<() => AccountRoom | undefined>(() => undefined);

/** Around the screens: the stores of the account signed in now, none while signed out. */
export function AccountStores(props: { children: JSX.Element }): JSX.Element {
  const room = createMemo(() => {
    const key = apikey();
    if (!key) return undefined;
    const [made, dispose] = createRoot((dispose) => {
      const made: AccountRoom = { account: { apikey: key }, owner: getOwner()!, stores: new Map() };
      return [made, dispose] as const;
    });
    // The account left (signed out, or another signed in): its stores stop.
    onCleanup(dispose);
    return made;
  });
  return <AccountContext.Provider value={room}>{props.children}</AccountContext.Provider>;
}

/** The hook of a store: the signed-in account's store made by `create`, made on its first use. */
export function accountStore<S, A>(name: string, create: (account: Account) => Store<S, A>): () => Store<S, A> {
  return () => {
    const room = useContext(AccountContext)();
    if (!room) throw new Error(`use${name}() needs a signed-in account, under <AccountStores>`);
    let store = room.stores.get(create);
    if (!store) {
      store = runWithOwner(room.owner, () => create(room.account))!;
      room.stores.set(create, store);
    }
    return store as Store<S, A>;
  };
}
