import type { Bundesland, Channel, MeetingFormat } from '@ecampus/shared/contracts';

/** One password for every demo account; printed once at the end of the seed. */
export const DEMO_PASSWORD = 'Demo-Passwort-2027!';

export const DEMO_ADMIN = { email: 'admin@ecampus.example', displayName: 'Administration' };
export const DEMO_COORDINATOR = { email: 'koordination@ecampus.example', displayName: 'Katrin Albers' };
export const DEMO_TRAINER = { email: 'training@ecampus.example', displayName: 'Miriam Schäfer' };

export interface DemoParticipant {
  email: string;
  displayName: string;
  profile: { municipality: string; bundesland: Bundesland; postalCode: string; office: string | null; channels: Channel[] };
}

/** Experienced local women politicians from three Bundesländer (reverse mode: they are the mentees). */
export const DEMO_MENTEES: DemoParticipant[] = [
  {
    email: 'gisela.brandt@ecampus.example',
    displayName: 'Gisela Brandt',
    profile: {
      municipality: 'Kirchheim unter Teck',
      bundesland: 'BW',
      postalCode: '73230',
      office: 'Gemeinderat',
      channels: ['facebook', 'homepage'],
    },
  },
  {
    email: 'renate.vogel@ecampus.example',
    displayName: 'Renate Vogel',
    profile: {
      municipality: 'Wernigerode (Landkreis Harz)',
      bundesland: 'ST',
      postalCode: '38855',
      office: 'Kreistag',
      channels: ['facebook', 'instagram'],
    },
  },
  {
    email: 'hatice.yildiz@ecampus.example',
    displayName: 'Hatice Yıldız',
    profile: {
      municipality: 'Gelsenkirchen',
      bundesland: 'NW',
      postalCode: '45879',
      office: 'Stadtrat',
      channels: ['x', 'linkedin', 'newsletter'],
    },
  },
];

/** Young social-media experts (the mentors), each near her mentee. */
export const DEMO_MENTORS: DemoParticipant[] = [
  {
    email: 'lena.hoffmann@ecampus.example',
    displayName: 'Lena Hoffmann',
    profile: {
      municipality: 'Stuttgart',
      bundesland: 'BW',
      postalCode: '70173',
      office: null,
      channels: ['instagram', 'facebook', 'homepage'],
    },
  },
  {
    email: 'sophie.krueger@ecampus.example',
    displayName: 'Sophie Krüger',
    profile: { municipality: 'Magdeburg', bundesland: 'ST', postalCode: '39104', office: null, channels: ['instagram', 'facebook'] },
  },
  {
    email: 'mia.wagner@ecampus.example',
    displayName: 'Mia Wagner',
    profile: {
      municipality: 'Essen',
      bundesland: 'NW',
      postalCode: '45127',
      office: null,
      channels: ['linkedin', 'blog', 'x', 'newsletter'],
    },
  },
];

export interface DemoMeeting {
  /** Days before today. */
  daysAgo: number;
  format: MeetingFormat;
  durationMinutes: number;
  notes: string;
}

export interface DemoTandem {
  mentee: number;
  mentor: number;
  goals: string;
  meetings: DemoMeeting[];
}

/** Three tandems; the second one is quiet (last meeting more than four weeks ago). */
export const DEMO_TANDEMS: DemoTandem[] = [
  {
    mentee: 0,
    mentor: 0,
    goals:
      'Eine eigene Facebook-Seite als Gemeinderätin aufbauen und pflegen; die Homepage auf den neuesten Stand bringen; ' +
      'einmal pro Woche aus dem Gemeinderat berichten.',
    meetings: [
      {
        daysAgo: 30,
        format: 'in_person',
        durationMinutes: 120,
        notes: 'Kennenlernen im Rathauscafé, Ziele vereinbart, Facebook-Seite angelegt.',
      },
      {
        daysAgo: 16,
        format: 'online',
        durationMinutes: 60,
        notes: 'Redaktionsplan für die Sitzungswochen; erste Beiträge gemeinsam geschrieben.',
      },
      { daysAgo: 5, format: 'shadowing', durationMinutes: 180, notes: 'Gemeinderatssitzung begleitet und live aus der Sitzung gepostet.' },
    ],
  },
  {
    mentee: 1,
    mentor: 1,
    goals: 'Instagram verstehen und ausprobieren: Profil einrichten, Fotos aus der Kreistagsarbeit zeigen, auf Kommentare reagieren.',
    meetings: [
      { daysAgo: 60, format: 'online', durationMinutes: 45, notes: 'Erstes Gespräch per Video, Instagram-Konto eingerichtet.' },
      { daysAgo: 41, format: 'online', durationMinutes: 30, notes: 'Fragen zu Datenschutz und Bildrechten geklärt.' },
    ],
  },
  {
    mentee: 2,
    mentor: 2,
    goals: 'Auf LinkedIn und X sichtbarer werden; einen monatlichen Newsletter für die Bürgerinnen und Bürger des Wahlkreises starten.',
    meetings: [
      {
        daysAgo: 21,
        format: 'in_person',
        durationMinutes: 90,
        notes: 'Treffen im Stadtteilbüro: Newsletter-Werkzeug ausgewählt, Vorlage entworfen.',
      },
      { daysAgo: 9, format: 'online', durationMinutes: 60, notes: 'Erste Newsletter-Ausgabe gemeinsam geschrieben und verschickt.' },
    ],
  },
];

export const DEMO_PROGRAM = {
  title: 'Politikerinnen ins Netz 2027',
  mode: 'reverse' as const,
  startsOn: '2027-03-01',
  endsOn: '2027-12-15',
  applicationDeadline: '2027-01-31',
  freeOfCharge: true,
  contactName: 'Programmbüro „Politikerinnen ins Netz“',
  contactEmail: 'koordination@ecampus.example',
  timeCommitment:
    'Rund vier Stunden im Monat: ein Tandemtreffen (persönlich oder online), ein Live-Seminar im virtuellen Klassenraum ' +
    'und kleine Aufgaben im Tandem. Dazu kommen die Auftaktveranstaltung, ein Zwischenbilanz-Workshop und die ' +
    'Abschlussveranstaltung in Berlin.',
  // After the press release of the pilot program (seeds/004), with the dates of this cohort.
  description: [
    'Das bundesweite und parteiübergreifende Reverse Mentoring-Programm „Politikerinnen ins Netz“ sucht Mentees: ' +
      'Kommunalpolitikerinnen, die den richtigen Kanal für sich im Netz suchen und sich sicher online bewegen wollen, ' +
      'können sich bis zum 31. Januar 2027 bewerben.',
    'Das Besondere am Reverse Mentoring: Es dreht die Generationenverhältnisse um. Erfahrene Kommunalpolitikerinnen ' +
      'lernen von meist jüngeren Social-Media-Expertinnen. Ob X, Facebook, Blogs oder Instagram – die Mentorinnen zeigen ' +
      'den Kommunalpolitikerinnen, wie sie Online-Dienste besser für ihre politische Arbeit nutzen können. Denn immer mehr ' +
      'Bürgerinnen und Bürger geben an, dass soziale Medien ihre wichtigsten Informationsquellen sind.',
    'Das Reverse Mentoring ist eingebettet in ein Rahmenprogramm mit Seminaren und Trainings, die vor allem im ' +
      'virtuellen Klassenraum des eCampus stattfinden. Darüber hinaus tauschen sich die Tandems regelmäßig persönlich aus ' +
      'und treffen sich bei Veranstaltungen des Programms in Berlin.',
    'Das Programm startet im März 2027. Die Teilnahme ist kostenfrei.',
  ].join('\n\n'),
};
