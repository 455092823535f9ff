import { renderInvitationMail } from './invitation-mail';

describe('renderInvitationMail', () => {
  const base = {
    user: { id: 'u', email: 'ida@example.org', displayName: 'Ida <Test>', isAdmin: false },
    link: 'https://campus.example/passwort-setzen?token=abc',
    expiresAt: new Date('2030-01-08T10:00:00Z'),
    invitedByName: 'Koordination',
  };

  it('writes German text with the link and escapes the HTML part', () => {
    const m = renderInvitationMail({ ...base, programTitle: 'Politikerinnen ins Netz 2027' });
    expect(m.to).toBe('ida@example.org');
    expect(m.subject).toBe('Einladung zum Programm „Politikerinnen ins Netz 2027“');
    expect(m.text).toContain('Koordination hat Sie zum Programm „Politikerinnen ins Netz 2027“ auf eCampus eingeladen.');
    expect(m.text).toContain(base.link);
    expect(m.text).toContain('8. Januar 2030');
    expect(m.html).toContain('Ida &lt;Test&gt;');
    expect(m.html).not.toContain('<Test>');
  });

  it('has a general subject without a program', () => {
    expect(renderInvitationMail(base).subject).toBe('Ihre Einladung zu eCampus');
  });
});
