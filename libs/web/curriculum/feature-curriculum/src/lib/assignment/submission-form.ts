import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { FormControl, NonNullableFormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  ASSIGNMENT_LIMITS,
  FileErrorCode,
  WebUrlSchema,
  type Assignment,
  type CreateSubmissionRequest,
  type StoredFile,
  type Submission,
  type SubmissionVersion,
} from '@ecampus/shared/contracts';
import { AssignmentStore, checkUpload } from '@ecampus/web/curriculum/data-access';
import { FilePicker, FileSizePipe, formatFileSize } from '@ecampus/web/curriculum/ui';
import { HttpErrorNotifier, formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

const webUrl = (control: AbstractControl<string>) =>
  !control.value.trim() || WebUrlSchema.safeParse(control.value).success ? null : { url: true };

const linesOf = (links: readonly string[]) => links.map((l) => l.trim()).filter(Boolean);

/** At least one of text, links, files: the same rule as the API's. */
function hasContent(group: AbstractControl): ValidationErrors | null {
  const v = group.value as { text?: string; links?: string[]; files?: StoredFile[] };
  const empty = !(v.text ?? '').trim() && linesOf(v.links ?? []).length === 0 && (v.files ?? []).length === 0;
  return empty ? { empty: true } : null;
}

/**
 * Handing in a version for the caller's tandem: a text, links (added and removed one by one,
 * checked as web addresses) and — where the assignment asks for files — files uploaded first
 * (progress, cancel) and then attached by id. Starts from the latest version, so a revision
 * changes what is there (its files stay attached without a new upload).
 */
@Component({
  selector: 'ec-submission-form',
  imports: [FORM_KIT, MatButtonModule, FilePicker, FileSizePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-form.html',
  styleUrl: './submission-form.css',
})
export class SubmissionForm implements OnInit {
  protected readonly store = inject(AssignmentStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly notifier = inject(HttpErrorNotifier);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly assignment = input.required<Assignment>();
  /** The tandem's latest version (null: nothing handed in yet). */
  readonly latest = input<SubmissionVersion | null>(null);
  readonly submitted = output<Submission>();

  protected readonly limits = ASSIGNMENT_LIMITS;
  protected readonly acceptsFiles = computed(() => this.assignment().submissionKind === 'files');
  protected readonly maxSize = computed(() => formatFileSize(this.assignment().uploadMaxBytes, this.i18n.language()));

  readonly form = this.fb.group(
    {
      text: ['', [Validators.maxLength(ASSIGNMENT_LIMITS.text.max)]],
      links: this.fb.array<FormControl<string>>([]),
      files: new FormControl<StoredFile[]>([], { nonNullable: true }),
    },
    { validators: [hasContent] },
  );
  protected readonly submission = formSubmit(this.form);
  /** Why picked files were refused or failed to upload. */
  protected readonly uploadMessages = signal<readonly string[]>([]);
  private readonly tried = signal(false);
  /** Bumped on every change of the attached files (a control's value is not a signal). */
  private readonly filesVersion = signal(0);
  protected readonly files = computed(() => (this.filesVersion(), this.form.controls.files.value));

  private readonly linkInputs = viewChildren<ElementRef<HTMLInputElement>>('linkInput');
  private readonly addLinkButton = viewChild<ElementRef<HTMLButtonElement>>('addLinkButton');

  ngOnInit(): void {
    const latest = this.latest();
    if (latest) {
      this.form.controls.text.setValue(latest.text);
      for (const link of latest.links) this.form.controls.links.push(this.linkControl(link));
      if (this.acceptsFiles()) this.setFiles(latest.files);
    } else if (this.assignment().submissionKind === 'links') {
      this.form.controls.links.push(this.linkControl(''));
    }
  }

  protected addLink(): void {
    if (this.form.controls.links.length >= ASSIGNMENT_LIMITS.links.maxItems) return;
    this.form.controls.links.push(this.linkControl(''));
    afterNextRender(() => this.linkInputs().at(-1)?.nativeElement.focus(), { injector: this.injector });
  }

  protected removeLink(index: number): void {
    this.form.controls.links.removeAt(index);
    afterNextRender(() => (this.linkInputs()[index] ?? this.linkInputs().at(-1) ?? this.addLinkButton())?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  /** Uploads the picked files one after the other and attaches each; a cancel stops the rest. */
  async upload(files: readonly File[]): Promise<void> {
    this.uploadMessages.set([]);
    const problems: string[] = [];
    for (const file of files) {
      if (this.files().length >= ASSIGNMENT_LIMITS.files.maxItems) {
        problems.push(this.i18n.t('curriculum.submissionForm.filesMax', { max: ASSIGNMENT_LIMITS.files.maxItems }));
        break;
      }
      const refusal = checkUpload(file, this.assignment().uploadMaxBytes);
      if (refusal) {
        const key = refusal === FileErrorCode.FileTooLarge ? 'curriculum.upload.refusedSize' : 'curriculum.upload.refusedType';
        problems.push(this.i18n.t(key, { name: file.name, max: this.maxSize() }));
        continue;
      }
      try {
        const stored = await this.store.uploadFile(file);
        if (!stored) {
          this.notify(this.i18n.t('curriculum.upload.cancelled', { name: file.name }));
          break;
        }
        this.setFiles([...this.files(), stored]);
        this.notify(this.i18n.t('curriculum.submissionForm.fileUploaded', { name: stored.fileName }));
      } catch (error) {
        problems.push(this.i18n.t('curriculum.upload.failed', { name: file.name, message: this.notifier.describe(error).message }));
      }
    }
    this.uploadMessages.set(problems);
  }

  protected removeFile(file: StoredFile): void {
    this.setFiles(this.files().filter((f) => f.id !== file.id));
  }

  submit(): Promise<boolean> {
    if (this.store.fileUploading()) {
      this.uploadMessages.set([this.i18n.t('curriculum.submissionForm.uploadRunning')]);
      return Promise.resolve(false);
    }
    this.tried.set(true);
    const v = this.form.getRawValue();
    const links = linesOf(v.links);
    const fileIds = this.acceptsFiles() ? v.files.map((f) => f.id) : [];
    const body: CreateSubmissionRequest = {
      ...(v.text.trim() ? { text: v.text } : {}),
      ...(links.length ? { links } : {}),
      ...(fileIds.length ? { fileIds } : {}),
    };
    return this.submission.run(async () => {
      const submission = await this.store.submit(body);
      this.form.markAsPristine();
      this.form.markAsUntouched();
      this.tried.set(false);
      this.snackBar.open(this.i18n.t('curriculum.submissionForm.submitted'), undefined, { duration: 5000 });
      this.submitted.emit(submission);
    });
  }

  /** The form-wide message "nothing to hand in", once the person tried to hand in. */
  protected emptyError(): boolean {
    return this.tried() && this.form.hasError('empty');
  }

  private setFiles(files: StoredFile[]): void {
    this.form.controls.files.setValue(files);
    this.filesVersion.update((n) => n + 1);
  }

  private linkControl(value: string): FormControl<string> {
    return this.fb.control(value, [webUrl]);
  }

  private notify(text: string): void {
    this.snackBar.open(text, undefined, { duration: 4000 });
  }
}
