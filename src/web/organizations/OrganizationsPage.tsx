// Replaced by the page's real implementation.
export default function OrganizationsPage() {
  return <h1>OrganizationsPage</h1>;
}
