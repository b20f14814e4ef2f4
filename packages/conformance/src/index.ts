export { ACCEPT_VARIANTS, type CatalogueCase, catalogue, jsonOfLength, UNKNOWN_ROUTE } from './catalogue.js';
export {
  defineConformanceSuite,
  type RunningServer,
  SECRETS,
  type StartServer,
  send,
} from './conformance-suite.js';
export { comparable, type DeclaredDifferences, mergeDeclared } from './declared-differences.js';
export { httpBlockMismatches, requestOfBlock } from './http-block.js';
export { type Http2Request, http2Exchange, warningsDuring } from './http2-exchange.js';
export { headerPluginCases, IDIOM_ORIGIN, idiomGet, multipartUpload } from './idiom-requests.js';
export { defineIdiomSuite, type IdiomCase, type IdiomServer } from './idiom-suite.js';
export { type MarkdownBlock, markdownBlocks } from './markdown-blocks.js';
export { documentErrors, undocumented } from './openapi-check.js';
export { defineOpenApiSuite } from './openapi-suite.js';
export { hasProblemMemberOrder } from './problem-member-order.js';
export { PUBLISHED, type PublishedPackage } from './published.js';
export { type RawRequest, type RawResponse, rawRequest, responseHeader } from './raw-http.js';
export { defineStartContract, processServer, type StartedProcess, startProcess } from './start-contract.js';
export { exportedExamples, exportsWithoutExample, type TsdocExample } from './tsdoc.js';
export { differences, snapshot, type WireSnapshot } from './wire-snapshot.js';
