// Replaced by the page's real implementation.
export default function TodayPage() {
  return <h1>TodayPage</h1>;
}
