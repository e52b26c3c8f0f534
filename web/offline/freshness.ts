// How fresh the account data on a screen is: when it was fetched (the device's copy until
// AllDebrid answers), whether a refresh is running, and why the last one failed. The Saved and
// Account stores carry these three, and ScreenHeader shows them.
export interface Freshness {
  /** When the data shown was fetched; undefined until the device's copy or an answer is there. */
  savedAt?: number;
  loading: boolean;
  /** Why the last refresh failed; the data shown stays. */
  loadError: unknown;
}

export const NOT_LOADED: Freshness = { savedAt: undefined, loading: false, loadError: null };

/** Runs one refresh, keeping `loading` and `loadError` right whatever happens. */
export async function refreshing(
  set: (freshness: Partial<Freshness>) => void,
  work: () => Promise<void>,
): Promise<void> {
  set({ loading: true, loadError: null });
  try {
    await work();
  } catch (error) {
    set({ loadError: error });
  } finally {
    set({ loading: false });
  }
}
