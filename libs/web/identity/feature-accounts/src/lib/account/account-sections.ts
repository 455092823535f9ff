import { NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  PendingTasks,
  type Type,
  inject,
  input,
  runInInjectionContext,
  signal,
} from '@angular/core';
import { type AccountSectionComponent, injectAccountSections } from '@ecampus/web/shared/ui-plugins';

interface LoadedSection {
  readonly id: string;
  readonly component: Type<AccountSectionComponent>;
}

/**
 * The blocks other domains add to an account's page (provideAccountSection), in their order. A
 * section that fails to load is left out: the account itself stays usable.
 */
@Component({
  selector: 'ec-account-sections',
  imports: [NgComponentOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-sections.html',
})
export class AccountSections {
  readonly userId = input.required<string>();
  protected readonly sections = signal<readonly LoadedSection[]>([]);

  constructor() {
    const injector = inject(Injector);
    const loads = injectAccountSections().map((section) =>
      runInInjectionContext(injector, section.load)
        .then((component): LoadedSection => ({ id: section.id, component }))
        .catch((error: unknown) => {
          console.error(`Account section "${section.id}" could not be loaded`, error);
          return null;
        }),
    );
    // A pending task, so the app (and a test's whenStable) waits for the sections.
    inject(PendingTasks).run(async () => {
      const loaded = await Promise.all(loads);
      this.sections.set(loaded.filter((section): section is LoadedSection => section !== null));
    });
  }
}
