/** Messages between the runner and a server child, over the IPC channel. */
export type ServerMessage =
  | { type: 'listening'; port: number }
  | { type: 'heap'; usedBytes: number; collections: number }
  | { type: 'failed'; message: string };

export type RunnerMessage = { type: 'heap-mark' } | { type: 'heap-read' } | { type: 'close' };

/** Node flags of a server child started to measure allocation: a young generation big enough that no scavenge runs. */
export const ALLOCATION_NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=256', '--min-semi-space-size=256'];
