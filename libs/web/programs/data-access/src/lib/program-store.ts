import { Injectable, type WritableSignal, computed, inject, signal } from '@angular/core';
import type {
  AddMemberRequest,
  ApiError,
  CreateTandemRequest,
  InvitationResult,
  InviteMemberRequest,
  Program,
  ProgramMember,
  ProgramRole,
  Tandem,
  TandemStatus,
  UpdateProgramRequest,
} from '@ecampus/shared/contracts';
import { AuthStore } from '@ecampus/web/identity/data-access';
import { firstValueFrom } from 'rxjs';
import { DataChanges, readApiError } from '@ecampus/web/shared/data-access';
import { ProgramsApi } from './programs-api';

interface Slice<T> {
  value: T;
  loading: boolean;
  loaded: boolean;
  failed: boolean;
  error: ApiError | null;
}
const initial = <T>(value: T): Slice<T> => ({ value, loading: false, loaded: false, failed: false, error: null });

/**
 * One program's home: the program with the caller's roles, its members and tandems. Provided on
 * the `:programId` route so every tab shares one instance and it is dropped when the user leaves.
 * Mutations reject with the HTTP error so forms can place the server's field messages.
 */
@Injectable()
export class ProgramStore {
  private readonly api = inject(ProgramsApi);
  private readonly changes = inject(DataChanges);
  // Optional so the store also works without a session store (unit tests of the features).
  private readonly auth = inject(AuthStore, { optional: true });

  private readonly admin = signal(false);
  private readonly programSlice = signal<Slice<Program | null>>(initial(null));
  private readonly membersSlice = signal<Slice<ProgramMember[]>>(initial([]));
  private readonly tandemsSlice = signal<Slice<Tandem[]>>(initial([]));

  readonly program = computed(() => this.programSlice().value);
  readonly programLoading = computed(() => this.programSlice().loading);
  readonly programFailed = computed(() => this.programSlice().failed);
  readonly programError = computed(() => this.programSlice().error);

  readonly members = computed(() => this.membersSlice().value);
  readonly membersLoading = computed(() => this.membersSlice().loading);
  readonly membersLoaded = computed(() => this.membersSlice().loaded);
  readonly membersFailed = computed(() => this.membersSlice().failed);

  readonly tandems = computed(() => this.tandemsSlice().value);
  readonly tandemsLoading = computed(() => this.tandemsSlice().loading);
  readonly tandemsLoaded = computed(() => this.tandemsSlice().loaded);
  readonly tandemsFailed = computed(() => this.tandemsSlice().failed);

  readonly roles = computed<readonly ProgramRole[]>(() => this.program()?.myRoles ?? []);
  /** Admin status comes from the session, not from the program (an admin need not be a member). */
  readonly isAdmin = computed(() => this.admin() || (this.auth?.user()?.isAdmin ?? false));
  /** Coordinators and admins manage members, tandems and settings. */
  readonly canManage = computed(() => this.isAdmin() || this.roles().includes('coordinator'));
  /** Staff (coordinators, trainers, admins) see members and all tandems. */
  readonly canSeeStaffViews = computed(() => this.canManage() || this.roles().includes('trainer'));
  readonly isParticipant = computed(() => this.roles().includes('mentor') || this.roles().includes('mentee'));

  /** Mentors and mentees without an active or paused tandem: the candidates for a new tandem. */
  readonly unpairedMentors = computed(() => this.unpaired('mentor'));
  readonly unpairedMentees = computed(() => this.unpaired('mentee'));
  readonly quietCount = computed(() => this.tandems().filter((t) => t.quiet).length);

  /** Overrides the session's admin flag (tests, previews). */
  setAdmin(isAdmin: boolean): void {
    this.admin.set(isAdmin);
  }

  async load(programId: string): Promise<void> {
    if (this.program()?.id !== programId) {
      this.membersSlice.set(initial([]));
      this.tandemsSlice.set(initial([]));
      this.programSlice.set(initial(null));
    }
    await this.run(this.programSlice, () => firstValueFrom(this.api.getProgram(programId)));
  }

  async loadMembers(): Promise<void> {
    const id = this.requireId();
    await this.run(this.membersSlice, () => firstValueFrom(this.api.listMembers(id)));
  }

  async loadTandems(): Promise<void> {
    const id = this.requireId();
    await this.run(this.tandemsSlice, () => firstValueFrom(this.api.listTandems(id)));
  }

  async updateProgram(body: UpdateProgramRequest): Promise<Program> {
    const updated = await firstValueFrom(this.api.updateProgram(this.requireId(), body));
    // The answer may carry the roles of the caller; keep ours if it does not.
    this.programSlice.update((s) => ({ ...s, value: { ...updated, myRoles: updated.myRoles ?? s.value?.myRoles ?? [] } }));
    // The navigation shows the title too.
    this.changes.announce('programs');
    return updated;
  }

  async invite(body: InviteMemberRequest): Promise<InvitationResult> {
    const result = await firstValueFrom(this.api.inviteMember(this.requireId(), body));
    this.upsertMember(result.member);
    return result;
  }

  async addRole(body: AddMemberRequest): Promise<ProgramMember> {
    const member = await firstValueFrom(this.api.addMember(this.requireId(), body));
    this.upsertMember(member);
    return member;
  }

  async createTandem(body: CreateTandemRequest): Promise<Tandem> {
    const tandem = await firstValueFrom(this.api.createTandem(this.requireId(), body));
    this.tandemsSlice.update((s) => ({ ...s, value: [...s.value, tandem] }));
    this.markPaired(tandem);
    return tandem;
  }

  async changeTandemStatus(tandemId: string, status: TandemStatus, endReason?: string): Promise<Tandem> {
    const body = status === 'ended' ? { status, endReason } : { status };
    const tandem = await firstValueFrom(this.api.updateTandem(tandemId, body));
    this.tandemsSlice.update((s) => ({ ...s, value: s.value.map((t) => (t.id === tandem.id ? tandem : t)) }));
    if (tandem.status === 'ended') {
      // Both partners are free again for a new tandem.
      this.membersSlice.update((s) => ({
        ...s,
        value: s.value.map((m) => (m.tandemId === tandem.id ? { ...m, tandemId: null } : m)),
      }));
    }
    return tandem;
  }

  private unpaired(role: ProgramRole): ProgramMember[] {
    return this.members()
      .filter((m) => m.roles.includes(role) && !m.tandemId)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  }

  private upsertMember(member: ProgramMember): void {
    this.membersSlice.update((s) => {
      const exists = s.value.some((m) => m.userId === member.userId);
      return {
        ...s,
        value: exists ? s.value.map((m) => (m.userId === member.userId ? member : m)) : [...s.value, member],
      };
    });
  }

  private markPaired(tandem: Tandem): void {
    const ids = new Set([tandem.mentor.userId, tandem.mentee.userId]);
    this.membersSlice.update((s) => ({
      ...s,
      value: s.value.map((m) => (ids.has(m.userId) ? { ...m, tandemId: tandem.id } : m)),
    }));
  }

  private requireId(): string {
    const id = this.program()?.id;
    if (!id) throw new Error('ProgramStore: load(programId) first');
    return id;
  }

  private async run<T>(slice: WritableSignal<Slice<T>>, fetch: () => Promise<T>): Promise<void> {
    slice.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const value = await fetch();
      slice.set({ value, loading: false, loaded: true, failed: false, error: null });
    } catch (e) {
      slice.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }
}
