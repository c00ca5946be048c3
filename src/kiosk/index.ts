// End of a learner's session on a shared PC: the wipe planner and the wipe (what is recorded of
// the session lives in src/storage/trace.ts).
export { hasTrace, inactivityDue, planWipe, type OpenTab, type WipeChoices, type WipePlan } from './plan';
export { endSession, type WipePort } from './wipe';
