// The Saved links screen.
export default function SavedPage() {
  return (
    <section>
      <h1>Saved links</h1>
    </section>
  );
}
