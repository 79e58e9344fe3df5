/**
 * The page's entry: starts the first request and the ELK worker at once, then loads the rest of the
 * page's code (boot.ts, with Cytoscape) while they run. The first graph is drawn when both are in.
 */
import './ui/page.css';
import { warmUpElk } from './graph/elk-layout';
import { prefetchView } from './load-view';
import { readUrlState } from './ui/url-state';

const state = readUrlState();
const prefetched = prefetchView(state);
// The page reports a failure itself (banner with Retry) once it is loaded.
prefetched.catch(() => undefined);
warmUpElk();
import('./boot')
  .then(({ boot }) => boot(state, prefetched))
  .catch((err: Error) => {
    document.body.prepend(Object.assign(document.createElement('p'), { role: 'alert', className: 'boot-error', textContent: `The page could not start: ${err.message}. Reload to try again.` }));
  });
