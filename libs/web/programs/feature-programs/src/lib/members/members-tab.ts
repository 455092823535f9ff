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
  template: `
    @if (!store.canSeeStaffViews()) {
      <p>{{ 'programs.home.noAccess' | t }}</p>
    } @else {
      <div class="toolbar">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'programs.members.filterLabel' | t }}</mat-label>
          <mat-select [value]="roleFilter()" (valueChange)="roleFilter.set($event)" data-testid="members-role-filter">
            <mat-option [value]="null">{{ 'programs.members.filterAll' | t }}</mat-option>
            @for (role of roles; track role) {
              <mat-option [value]="role">{{ role | roleLabel }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'programs.members.searchLabel' | t }}</mat-label>
          <input matInput type="search" [value]="search()" (input)="search.set($any($event.target).value)" data-testid="members-search" />
        </mat-form-field>
        @if (store.canManage()) {
          <button mat-flat-button type="button" (click)="openInvite()" data-testid="members-add">{{ 'programs.members.add' | t }}</button>
        }
      </div>
      @if (!store.canManage()) {
        <p class="hint">{{ 'programs.members.readOnly' | t }}</p>
      }

      @if (store.membersLoading() && !store.membersLoaded()) {
        <ec-loading [label]="'programs.members.loading' | t" />
      } @else if (store.membersFailed()) {
        <ec-empty-state icon="alert" [heading]="'programs.members.loadFailed' | t" />
      } @else if (store.members().length === 0) {
        <ec-empty-state
          [heading]="'programs.members.emptyTitle' | t"
          [text]="store.canManage() ? ('programs.members.emptyText' | t) : ''"
        />
      } @else if (rows().length === 0) {
        <ec-empty-state [heading]="'programs.members.emptyFiltered' | t" />
      } @else {
        <p class="count" aria-live="polite">{{ 'programs.members.count' | t: { count: rows().length } }}</p>
        <div class="scroll" tabindex="0" role="region" [attr.aria-label]="'programs.members.title' | t">
          <table mat-table [dataSource]="rows()" data-testid="members-table">
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.members.name' | t }}</th>
              <td mat-cell *matCellDef="let m">{{ m.displayName }}</td>
            </ng-container>
            <ng-container matColumnDef="email">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.members.email' | t }}</th>
              <td mat-cell *matCellDef="let m">
                <a [href]="'mailto:' + m.email">{{ m.email }}</a>
              </td>
            </ng-container>
            <ng-container matColumnDef="roles">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.members.roles' | t }}</th>
              <td mat-cell *matCellDef="let m">
                @for (role of asMember(m).roles; track role) {
                  <span class="role">{{ role | roleLabel }}</span>
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="place">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.members.place' | t }}</th>
              <td mat-cell *matCellDef="let m">{{ place(m) }}</td>
            </ng-container>
            <ng-container matColumnDef="tandem">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.members.tandem' | t }}</th>
              <td mat-cell *matCellDef="let m">
                @if (isParticipant(m)) {
                  {{ (m.tandemId ? 'programs.members.inTandem' : 'programs.members.withoutTandem') | t }}
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef>
                <span class="cdk-visually-hidden">{{ 'programs.tandems.actions' | t }}</span>
              </th>
              <td mat-cell *matCellDef="let m">
                <!-- The name is for screen readers only; the accessible name starts with the visible label. -->
                <button mat-button type="button" (click)="openAddRole(m)">
                  {{ 'programs.members.addRole' | t }}<span class="cdk-visually-hidden">: {{ m.displayName }}</span>
                </button>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns()"></tr>
            <tr mat-row *matRowDef="let row; columns: columns()" data-testid="member-row"></tr>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: center;
      margin-bottom: 1rem;
    }
    .toolbar mat-form-field {
      flex: 1 1 12rem;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      min-width: 640px;
    }
    .role:not(:last-child)::after {
      content: ', ';
    }
    .hint,
    .count {
      color: var(--mat-sys-on-surface-variant, #555);
    }
  `,
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
