// Replaced by the page's real implementation.
export default function PipelinePage() {
  return <h1>PipelinePage</h1>;
}
