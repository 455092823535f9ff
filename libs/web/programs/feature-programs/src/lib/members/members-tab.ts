import { ChangeDetectionStrategy, Component, Injector, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { BUNDESLAENDER, PROGRAM_ROLES, type InvitationResult, type ProgramMember, type ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { RoleLabelPipe, roleLabel } from '@ecampus/web/programs/ui';
import { EmptyState, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { AddRoleDialog } from './add-role-dialog';
import { InviteDialog } from './invite-dialog';

/** Members with their roles; coordinators add, invite and give roles, trainers only read. */
@Component({
  selector: 'ec-members-tab',
  imports: [
    MatTableModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    Loading,
    EmptyState,
    RoleLabelPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-tab.html',
  styleUrl: './members-tab.css',
})
export class MembersTab implements OnInit {
  protected readonly store = inject(ProgramStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);

  protected readonly roles = PROGRAM_ROLES;
  protected readonly roleFilter = signal<ProgramRole | null>(null);
  protected readonly search = signal('');

  protected readonly columns = computed(() =>
    this.store.canManage() ? ['name', 'email', 'roles', 'place', 'tandem', 'actions'] : ['name', 'email', 'roles', 'place', 'tandem'],
  );

  protected readonly rows = computed(() => {
    const role = this.roleFilter();
    const term = this.search().trim().toLocaleLowerCase('de');
    return this.store
      .members()
      .filter((m) => !role || m.roles.includes(role))
      .filter((m) => !term || m.displayName.toLocaleLowerCase('de').includes(term) || m.email.toLocaleLowerCase('de').includes(term))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  });

  ngOnInit(): void {
    if (this.store.canSeeStaffViews()) void this.store.loadMembers();
  }

  /** mat-table's row context is untyped; this narrows it for the template. */
  protected asMember(row: ProgramMember): ProgramMember {
    return row;
  }

  protected isParticipant(m: ProgramMember): boolean {
    return m.roles.includes('mentor') || m.roles.includes('mentee');
  }

  protected place(m: ProgramMember): string {
    const { municipality, bundesland } = m.profile;
    return [municipality, bundesland ? BUNDESLAENDER[bundesland] : null].filter(Boolean).join(', ');
  }

  protected openInvite(): void {
    this.dialog
      .open<InviteDialog, void, InvitationResult>(InviteDialog, { injector: this.injector, width: '32rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        const key = result.created ? 'programs.invite.created' : 'programs.invite.added';
        this.snackBar.open(this.i18n.t(key, { name: result.member.displayName }), undefined, { duration: 4000 });
      });
  }

  protected openAddRole(member: ProgramMember): void {
    const before = new Set(member.roles);
    this.dialog
      .open<AddRoleDialog, ProgramMember, ProgramMember>(AddRoleDialog, {
        injector: this.injector,
        data: member,
        width: '28rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        const added = updated?.roles.find((r) => !before.has(r));
        if (!updated || !added) return;
        this.snackBar.open(
          this.i18n.t('programs.members.roleAdded', { name: updated.displayName, role: roleLabel(added, this.i18n.language()) }),
          undefined,
          {
            duration: 4000,
          },
        );
      });
  }
}
