export { type ReadProblem, type ReadProblemOptions, readProblem } from './read-problem.js';
export { throwIfProblem } from './throw-if-problem.js';
