import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSelectModule } from '@angular/material/select';
import { MODULE_LIMITS, type ModuleDetail, type ModuleSummary } from '@ecampus/shared/contracts';
import { ModuleStore } from '@ecampus/web/curriculum/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { ModuleBasicsFields, moduleBasicsControls } from './module-basics-fields';
import { joinInstant, splitInstant } from './release-instant';

/** The learning goals of the textarea: one per non-empty line. */
export const goalLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** At most MODULE_LIMITS.learningGoals.maxItems lines, each at most .max characters. */
function goalsValidator(control: AbstractControl<string>): ValidationErrors | null {
  const goals = goalLines(control.value ?? '');
  if (goals.length > MODULE_LIMITS.learningGoals.maxItems) return { tooMany: true };
  if (goals.some((goal) => goal.length > MODULE_LIMITS.learningGoals.max)) return { goalTooLong: true };
  return null;
}

/**
 * A module's fields (staff): title, summary, learning goals one per line, release date and time,
 * prerequisite among the program's other modules. Saves through the ModuleStore.
 */
@Component({
  selector: 'ec-module-form',
  imports: [FORM_KIT, MatButtonModule, MatSelectModule, ModuleBasicsFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-form.html',
  styleUrl: './module-form.css',
})
export class ModuleForm implements OnInit {
  private readonly store = inject(ModuleStore);
  readonly module = input.required<ModuleDetail>();
  /** The program's modules; the others are the possible prerequisites. */
  readonly modules = input.required<readonly ModuleSummary[]>();
  readonly saved = output<ModuleDetail>();
  readonly cancelled = output<void>();

  protected readonly limits = MODULE_LIMITS;
  protected readonly others = computed(() => this.modules().filter((m) => m.id !== this.module().id));

  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({
    ...moduleBasicsControls(this.fb),
    learningGoals: ['', [goalsValidator]],
    releaseAt: [''],
    releaseTime: ['', [Validators.pattern(/^([01]\d|2[0-3]):[0-5]\d$/)]],
    prerequisiteModuleId: [''],
  });
  protected readonly submission = formSubmit(this.form);

  ngOnInit(): void {
    const m = this.module();
    const release = splitInstant(m.releaseAt);
    this.form.setValue({
      title: m.title,
      summary: m.summary,
      learningGoals: m.learningGoals.join('\n'),
      releaseAt: release.date,
      releaseTime: release.time,
      prerequisiteModuleId: m.prerequisiteModuleId ?? '',
    });
  }

  submit(): Promise<boolean> {
    const v = this.form.getRawValue();
    return this.submission.run(async () => {
      const module = await this.store.update({
        title: v.title.trim(),
        summary: v.summary.trim(),
        learningGoals: goalLines(v.learningGoals),
        releaseAt: joinInstant(v.releaseAt, v.releaseTime),
        prerequisiteModuleId: v.prerequisiteModuleId || null,
      });
      this.saved.emit(module);
    });
  }
}
