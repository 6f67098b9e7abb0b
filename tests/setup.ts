// Shared test setup: engine states stay deep-frozen in every test (the default), so a
// mutation anywhere fails at the line that mutates.
import { setDevFreeze } from '../src/engine';

setDevFreeze(true);
