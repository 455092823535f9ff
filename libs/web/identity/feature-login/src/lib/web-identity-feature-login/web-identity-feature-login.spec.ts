import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebIdentityFeatureLogin } from './web-identity-feature-login';

describe('WebIdentityFeatureLogin', () => {
  let component: WebIdentityFeatureLogin;
  let fixture: ComponentFixture<WebIdentityFeatureLogin>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebIdentityFeatureLogin],
    }).compileComponents();

    fixture = TestBed.createComponent(WebIdentityFeatureLogin);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
