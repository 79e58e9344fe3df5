/**
 * The GraphQL explorer served at GET /graphql to browsers: GraphiQL, bundled with the page (the
 * machine is offline, so nothing comes from a CDN), sending queries to the same /graphql endpoint.
 */
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { EXAMPLE_TABS } from './example-queries';

const fetcher = async (params: unknown, opts?: { headers?: Record<string, string> }) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(opts?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
};

const el = document.getElementById('explorer');
if (!el) throw new Error('explorer.html has no #explorer element');
// GraphiQL fills the variable editor of the first tab only from `variables` (not from defaultTabs):
// give it the first example's on a first visit (later visits restore the user's own tabs).
const firstVisit = !localStorage.getItem('graphiql:tabState');
createRoot(el).render(
  <GraphiQL
    fetcher={fetcher as never}
    defaultTabs={EXAMPLE_TABS}
    variables={firstVisit ? EXAMPLE_TABS[0]?.variables : undefined}
    defaultEditorToolsVisibility="variables"
  />,
);
