// Replaced by the page's real implementation.
export default function BriefPage() {
  return <h1>BriefPage</h1>;
}
