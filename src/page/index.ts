// How an extension page starts (its language and the learner's display choices, then its view), and
// the counsellor pages' side of the counsellor's lock.
export { mountCounsellorPage, mountLearnerPage, type LearnerPage } from './mount';
export { closeSpace, lockPort } from './lock-port';
