// Where the shell's skip links lead: ids a screen puts on the element to jump to.
export const MAGNET_LIST_ID = "magnet-list";
