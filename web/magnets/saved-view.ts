// How the list is shown (filter, search, sort), remembered on this device: the filter and the
// sort outlive a reload, the search does not.
import { createStore, type SetStoreFunction } from "solid-js/store";
import { MAGNET_FILTERS, MAGNET_SORTS, type ViewOptions } from "./view";

const VIEW_KEY = "magnets-view";

function savedView(): ViewOptions {
  const view: ViewOptions = { filter: "all", search: "", sort: "newest" };
  try {
    const saved = JSON.parse(localStorage.getItem(VIEW_KEY) ?? "{}") as Partial<ViewOptions>;
    if (saved.filter && MAGNET_FILTERS.includes(saved.filter)) view.filter = saved.filter;
    if (saved.sort && MAGNET_SORTS.includes(saved.sort)) view.sort = saved.sort;
  } catch {
    // A damaged preference is simply forgotten.
  }
  return view;
}

export function useSavedView(): [ViewOptions, (change: Partial<ViewOptions>) => void] {
  const [view, setView]: [ViewOptions, SetStoreFunction<ViewOptions>] = createStore(savedView());
  const change = (next: Partial<ViewOptions>) => {
    setView(next);
    localStorage.setItem(VIEW_KEY, JSON.stringify({ filter: view.filter, sort: view.sort }));
  };
  return [view, change];
}
