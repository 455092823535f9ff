import { assignmentPageUrl, renderReviewMail, REVIEW_MAIL_KIND, type ReviewMailInput } from './review-mail';

const input = (over: Partial<ReviewMailInput> = {}): ReviewMailInput => ({
  to: { email: 'erika@example.org', displayName: 'Erika Mentee' },
  assignmentTitle: 'Die eigene Facebook-Seite',
  moduleTitle: 'Social Media im Wahlkreis',
  decision: 'changes_requested',
  feedback: 'Bitte ergänzt ein Titelbild.\nUnd eine Kontaktadresse.',
  reviewerName: 'Tina Trainerin',
  link: 'https://campus.example/programme/p/module/m/aufgaben/a',
  ...over,
});

describe('review mail', () => {
  it('asks for changes with the feedback and the link to the assignment', () => {
    const mail = renderReviewMail(input());
    expect(mail).toMatchObject({ to: 'erika@example.org', kind: REVIEW_MAIL_KIND });
    expect(mail.subject).toBe('Aufgabe „Die eigene Facebook-Seite“: bitte überarbeiten');
    expect(mail.text).toContain('Hallo Erika Mentee,');
    expect(mail.text).toContain('Tina Trainerin bittet Ihr Tandem');
    expect(mail.text).toContain('Bitte ergänzt ein Titelbild.\nUnd eine Kontaktadresse.');
    expect(mail.text).toContain('https://campus.example/programme/p/module/m/aufgaben/a');
    expect(mail.html).toContain('href="https://campus.example/programme/p/module/m/aufgaben/a"');
  });

  it('approves; without feedback there is no feedback block', () => {
    const mail = renderReviewMail(input({ decision: 'approved', feedback: '  ' }));
    expect(mail.subject).toBe('Aufgabe „Die eigene Facebook-Seite“ angenommen');
    expect(mail.text).toContain('angenommen');
    expect(mail.text).not.toContain('Rückmeldung:');
    expect(mail.html).not.toContain('<blockquote');
  });

  it('escapes user text in HTML and keeps the subject on one line', () => {
    const mail = renderReviewMail(
      input({ assignmentTitle: 'A\r\nBcc: x@evil.example', feedback: '<img src=x onerror=alert(1)>', reviewerName: '<b>Tina</b>' }),
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).not.toContain('<b>Tina</b>');
  });

  it('links to the web app’s assignment page under PUBLIC_URL', () =>
    expect(assignmentPageUrl('https://campus.example/', { programId: 'p', moduleId: 'm', assignmentId: 'a' })).toBe(
      'https://campus.example/programme/p/module/m/aufgaben/a',
    ));
});
