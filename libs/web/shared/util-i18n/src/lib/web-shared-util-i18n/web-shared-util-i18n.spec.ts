import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebSharedUtilI18n } from './web-shared-util-i18n';

describe('WebSharedUtilI18n', () => {
  let component: WebSharedUtilI18n;
  let fixture: ComponentFixture<WebSharedUtilI18n>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebSharedUtilI18n],
    }).compileComponents();

    fixture = TestBed.createComponent(WebSharedUtilI18n);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
