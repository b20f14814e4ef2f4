export {
  DEFAULT_MAX_PROBLEM_BYTES,
  DEFAULT_PROBLEM_TIMEOUT_MS,
  type ReadProblem,
  type ReadProblemOptions,
  readProblem,
} from './read-problem.js';
export { throwIfProblem } from './throw-if-problem.js';
