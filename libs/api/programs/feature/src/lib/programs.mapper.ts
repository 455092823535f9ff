import { t, type Meeting, type MyProgramProfile, type Program, type ProgramMember, type Tandem } from '@ecampus/shared/contracts';
import type { MeetingRow } from './meetings.repository';
import type { MemberRow } from './members.repository';
import type { ProfileValues } from './profiles.repository';
import type { ProgramRow } from './programs.repository';
import type { TandemRow } from './tandems.repository';

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

export function toProgram(r: ProgramRow): Program {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    mode: r.mode,
    status: r.status,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    applicationDeadline: r.applicationDeadline,
    freeOfCharge: r.freeOfCharge,
    timeCommitment: r.timeCommitment,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    myRoles: r.myRoles,
    myTandemId: r.myTandemId,
    archived: r.archivedAt !== null,
    archivedAt: r.archivedAt ? iso(r.archivedAt) : null,
  };
}

export const EMPTY_PROFILE: ProfileValues = { municipality: null, bundesland: null, postalCode: null, office: null, channels: [] };

const profileOf = (p: ProfileValues): ProfileValues => ({
  municipality: p.municipality,
  bundesland: p.bundesland,
  postalCode: p.postalCode,
  office: p.office,
  channels: p.channels ?? [],
});

export function toMember(r: MemberRow): ProgramMember {
  return {
    userId: r.userId,
    displayName: r.displayName,
    email: r.email,
    roles: r.roles,
    profile: profileOf(r),
    tandemId: r.tandemId,
  };
}

export function toMyProfile(programId: string, userId: string, p: ProfileValues | null): MyProgramProfile {
  return { programId, userId, ...profileOf(p ?? EMPTY_PROFILE) };
}

export function toTandem(r: TandemRow): Tandem {
  return {
    id: r.id,
    programId: r.programId,
    status: r.status,
    endReason: r.endReason,
    goals: r.goals,
    mentor: r.mentor,
    mentee: r.mentee,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    endedAt: r.endedAt ? iso(r.endedAt) : null,
    lastMeetingOn: r.lastMeetingOn,
    meetingCount: r.meetingCount,
    quiet: r.quiet,
  };
}

export function toMeeting(r: MeetingRow): Meeting {
  return {
    id: r.id,
    tandemId: r.tandemId,
    date: r.date,
    format: r.format,
    durationMinutes: r.durationMinutes,
    notes: r.notes,
    createdBy: { userId: r.createdById ?? '', displayName: r.createdByName ?? t('Gelöschtes Konto', 'Deleted account') },
    createdAt: iso(r.createdAt),
  };
}
