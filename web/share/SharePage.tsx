// The Share screen.
export default function SharePage() {
  return (
    <section>
      <h1>Share</h1>
    </section>
  );
}
