// The Magnets screen.
export default function MagnetsPage() {
  return (
    <section>
      <h1>Magnets</h1>
    </section>
  );
}
