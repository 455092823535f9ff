/** Stable codes of the 422/409 answers of the curriculum domain (the message is for humans). */
export const CurriculumErrorCode = {
  /** The module is not open to the caller yet: release date ahead or prerequisite not completed. */
  ModuleLocked: 'module_locked',
  /** A prerequisite that would make a cycle, points at the module itself or at another program. */
  InvalidPrerequisite: 'invalid_prerequisite',
  /** A reorder request that does not list exactly the program's modules (or the module's lessons). */
  InvalidOrder: 'invalid_order',
  /** Only drafts can be deleted; a published module is unpublished first. */
  ModulePublished: 'module_published',
  /** Completing lessons is for participants (mentor, mentee) of the program. */
  NotAParticipant: 'not_a_participant',
  /** Submitting needs a current tandem in the program. */
  NoTandem: 'no_tandem',
  /** A submission without text, links or files; or with files of another tandem or assignment. */
  EmptySubmission: 'empty_submission',
  /** An approved submission is final. */
  SubmissionApproved: 'submission_approved',
  /** Only a submission waiting for review (status submitted) can be reviewed. */
  NotWaitingForReview: 'not_waiting_for_review',
  /** Nobody reviews her own tandem's submission. */
  OwnTandem: 'own_tandem',
  /** An assignment with submissions cannot be deleted. */
  AssignmentHasSubmissions: 'assignment_has_submissions',
  /** Files handed in (or uploaded) for an assignment whose submission kind is not `files`. */
  FilesNotAccepted: 'files_not_accepted',
} as const;
export type CurriculumErrorCode = (typeof CurriculumErrorCode)[keyof typeof CurriculumErrorCode];
