/** One micro-benchmark's result. */
export interface MicroResult {
  group: 'construction' | 'toWire';
  name: string;
  /** Mean time per operation, in nanoseconds. */
  nsPerOperation: number;
  /** JS heap allocated per operation, in bytes. */
  bytesPerOperation: number;
}
