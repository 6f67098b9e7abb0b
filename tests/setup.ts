// Shared test setup: engine states stay deep-frozen in every test (the default), so a
// mutation anywhere fails at the line that mutates.
import { configure } from '@testing-library/dom';
import { setDevFreeze } from '../src/engine';

setDevFreeze(true);

// Component tests wait for lazy chunks (the legend's content, the explore panel's body)
// with findBy and waitFor. On a machine whose cores are busy with other work, a chunk can
// take longer than Testing Library's default second to import: they wait up to ten.
configure({ asyncUtilTimeout: 10_000 });
