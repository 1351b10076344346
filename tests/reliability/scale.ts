/**
 * Sizes of the reliability tests. `npm test` runs the bounded sizes (the whole
 * tests/reliability suite stays around 20 s on two busy cores); `npm run soak`
 * (scripts/soak.ts) sets GRIDBOT_SOAK=1 for the heavier variants.
 */
export const SOAK = process.env.GRIDBOT_SOAK === '1';

/**
 * Burst: 200 building groups × blocks of ten messages. Measured on the 2-core
 * dev box (busy): 2,000 messages take 6–8 s end to end (12 s while other
 * suites run), 10,000 take 26 s alone and ~48 s in the soak — far over the
 * ~20 s budget of this whole suite in `npm test`. So `npm test` sends 2,000
 * (1 block) and the soak 10,000 (5 blocks).
 */
export const BURST = { buildings: 200, blocks: SOAK ? 5 : 1 };

/** fast-check runs per property. */
export const FUZZ_RUNS = SOAK ? 2_000 : 150;

/** Kill/restart cycles in the intake crash test, and its stream: buildings × blocks of ten (600, soak 3,000 messages). */
export const CRASH = { cycles: SOAK ? 5 : 1, buildings: SOAK ? 60 : 20, blocks: SOAK ? 5 : 3 };

/** Timeouts that grow with the sizes above. */
export const TIMEOUT_MS = SOAK ? 300_000 : 60_000;
