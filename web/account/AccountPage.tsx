// The Account screen.
export default function AccountPage() {
  return (
    <section>
      <h1>Account</h1>
    </section>
  );
}
