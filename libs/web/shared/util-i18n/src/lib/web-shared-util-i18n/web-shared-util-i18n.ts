import { Component } from '@angular/core';

@Component({
  selector: 'lib-web-shared-util-i18n',
  imports: [],
  templateUrl: './web-shared-util-i18n.html',
  styleUrl: './web-shared-util-i18n.css',
})
export class WebSharedUtilI18n {}
