// Replaced by the page's real implementation.
export default function ComposePage() {
  return <h1>ComposePage</h1>;
}
