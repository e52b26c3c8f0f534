// Work that must not compete with the first screen: run once the page has loaded and the main
// thread is idle (service-worker registration, the notification subscription's refresh).
export function afterLoad(work: () => void): void {
  const idle = () => ("requestIdleCallback" in window ? requestIdleCallback(() => work()) : setTimeout(work, 0));
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}
