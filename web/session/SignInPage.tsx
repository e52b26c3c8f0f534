// The Sign in screen.
export default function SignInPage() {
  return (
    <section>
      <h1>Sign in</h1>
    </section>
  );
}
