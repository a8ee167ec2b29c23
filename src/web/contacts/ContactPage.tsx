// Replaced by the page's real implementation.
export default function ContactPage() {
  return <h1>ContactPage</h1>;
}
