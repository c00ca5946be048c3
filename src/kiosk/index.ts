// End of a learner's session on a shared PC: what is recorded of it, the wipe planner, the wipe.
export { EMPTY_TRACE, MAX_RECORDED, remember, repairIds, repairSites, type SessionTrace } from './record';
export { hasTrace, inactivityDue, planWipe, type OpenTab, type WipeChoices, type WipePlan } from './plan';
export { endSession, type WipePort } from './wipe';
