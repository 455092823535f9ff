import { Component } from '@angular/core';

@Component({
  selector: 'lib-web-shell-feature',
  imports: [],
  templateUrl: './web-shell-feature.html',
  styleUrl: './web-shell-feature.css',
})
export class WebShellFeature {}
