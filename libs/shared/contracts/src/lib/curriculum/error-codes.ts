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
} as const;
export type CurriculumErrorCode = (typeof CurriculumErrorCode)[keyof typeof CurriculumErrorCode];
