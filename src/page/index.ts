// How an extension page starts: its language and the learner's display choices, then its view.
export { mountCounsellorPage, mountLearnerPage, type LearnerPage } from './mount';
