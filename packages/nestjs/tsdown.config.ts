import { libraryConfig } from '../../tsdown.shared.ts';

// `shims` gives the CJS build `import.meta.url`, which loads the optional @nestjs/swagger.
export default libraryConfig('node', { shims: true });
