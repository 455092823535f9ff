import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { HttpErrorDisplay } from './http-error-display';

@Component({
  selector: 'ec-app',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
})
export class App {
  constructor() {
    inject(HttpErrorDisplay).start();
  }
}
