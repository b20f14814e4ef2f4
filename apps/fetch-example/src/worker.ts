import { createFetchExample } from './app.js';

/** The module every runtime serves: `export default { fetch }`, reporting to stderr through `console.error`. */
export default createFetchExample((line) => console.error(line));
