/**
 * The time Waymark runs on. Production uses the system clock; a server started with WAYMARK_CLOCK=adjustable
 * (demos, training, black-box tests) lets an administrator move time forward, so a playbook runs through weeks
 * in seconds and its timers fire as the clock passes them.
 */
export type Clock = {
  now: () => Date;
  adjustable: boolean;
  /** Moves an adjustable clock forward; refuses on the system clock. */
  advance: (milliseconds: number) => Date;
};

export function systemClock(): Clock {
  return {
    now: () => new Date(),
    adjustable: false,
    advance: () => {
      throw new Error("the system clock cannot be moved; start Waymark with WAYMARK_CLOCK=adjustable");
    },
  };
}

/** Starts at the real time and keeps running; `advance` adds an offset. */
export function adjustableClock(start: () => Date = () => new Date()): Clock {
  let offset = 0;
  return {
    now: () => new Date(start().getTime() + offset),
    adjustable: true,
    advance: (milliseconds) => {
      if (milliseconds <= 0) throw new Error("the clock only moves forward");
      offset += milliseconds;
      return new Date(start().getTime() + offset);
    },
  };
}
