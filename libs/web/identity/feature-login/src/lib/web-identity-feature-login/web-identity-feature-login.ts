import { Component } from '@angular/core';

@Component({
  selector: 'lib-web-identity-feature-login',
  imports: [],
  templateUrl: './web-identity-feature-login.html',
  styleUrl: './web-identity-feature-login.css',
})
export class WebIdentityFeatureLogin {}
