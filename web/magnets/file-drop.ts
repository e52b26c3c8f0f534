// .torrent files dropped anywhere on the page: while files are dragged over it the page says it
// takes them (`dragging`), and a drop hands them over. Listens only while the screen is shown.
import { type Accessor, createSignal, onCleanup, onMount } from "solid-js";

export function useFileDrop(onDrop: (files: File[]) => void): Accessor<boolean> {
  const [dragging, setDragging] = createSignal(false);
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  const over = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(true);
  };
  // relatedTarget is null only when the drag leaves the window, not when it crosses elements.
  const leave = (event: DragEvent) => {
    if (event.relatedTarget === null) setDragging(false);
  };
  const drop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    onDrop([...(event.dataTransfer?.files ?? [])]);
  };
  onMount(() => {
    document.addEventListener("dragover", over);
    document.addEventListener("dragleave", leave);
    document.addEventListener("drop", drop);
    onCleanup(() => {
      document.removeEventListener("dragover", over);
      document.removeEventListener("dragleave", leave);
      document.removeEventListener("drop", drop);
    });
  });
  return dragging;
}
