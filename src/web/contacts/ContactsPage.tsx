// Replaced by the page's real implementation.
export default function ContactsPage() {
  return <h1>ContactsPage</h1>;
}
