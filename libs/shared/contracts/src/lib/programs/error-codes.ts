/** Stable codes of the 422/409 answers of the programs domain (the message is for humans). */
export const ProgramErrorCode = {
  InvalidStatusTransition: 'invalid_status_transition',
  RoleAlreadyHeld: 'role_already_held',
  RoleConflict: 'role_conflict',
  RoleMismatch: 'role_mismatch',
  SamePerson: 'same_person',
  AlreadyInActiveTandem: 'already_in_active_tandem',
  MemberInTandem: 'member_in_tandem',
  NotTandemMember: 'not_tandem_member',
  TandemEnded: 'tandem_ended',
  NotAMember: 'not_a_member',
  ProgramArchived: 'program_archived',
} as const;
export type ProgramErrorCode = (typeof ProgramErrorCode)[keyof typeof ProgramErrorCode];
