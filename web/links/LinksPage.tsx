// The Links screen.
export default function LinksPage() {
  return (
    <section>
      <h1>Links</h1>
    </section>
  );
}
