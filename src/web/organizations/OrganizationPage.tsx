// Replaced by the page's real implementation.
export default function OrganizationPage() {
  return <h1>OrganizationPage</h1>;
}
