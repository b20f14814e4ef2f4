/** Messages between the runner and a server child, over the IPC channel. */
export type ServerMessage =
  | { type: 'listening'; port: number }
  | { type: 'heap'; usedBytes: number; collections: number; cpuMicros: number }
  | { type: 'failed'; message: string };

export type RunnerMessage = { type: 'heap-mark' } | { type: 'heap-read' } | { type: 'close' };

/** A server's state as a probe reads it: used heap, collections since the mark, CPU time used so far. */
export type ServerProbe = Omit<Extract<ServerMessage, { type: 'heap' }>, 'type'>;

/** Node flags of a server child started to measure allocation: a young generation big enough that no scavenge runs. */
export const ALLOCATION_NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=256', '--min-semi-space-size=256'];
