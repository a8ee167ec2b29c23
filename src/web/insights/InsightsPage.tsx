// Replaced by the page's real implementation.
export default function InsightsPage() {
  return <h1>InsightsPage</h1>;
}
