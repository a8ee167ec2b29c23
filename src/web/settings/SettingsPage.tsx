// Replaced by the page's real implementation.
export default function SettingsPage() {
  return <h1>SettingsPage</h1>;
}
