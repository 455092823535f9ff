/*
 * The demo program's curriculum (issue 8): four published seminar modules in order and one draft,
 * with lessons in Markdown. Written as the program's trainer would write them; the seed creates
 * them through the curriculum's services, so the same rules (order, prerequisite, history) hold.
 */

export interface DemoLesson {
  title: string;
  /** Markdown (rendered and sanitised by the API on read). */
  body: string;
  estimatedMinutes: number;
}

/** A submission version of a demo tandem and the trainer's answer to it. */
export interface DemoSubmissionStep {
  text: string;
  links?: string[];
  /** The trainer's review of this version; none: it waits for review. */
  review?: { decision: 'approved' | 'changes_requested'; feedback: string };
}

export interface DemoAssignment {
  title: string;
  /** Markdown. */
  instructions: string;
  /** Due this many days from the seed run (negative: already past). */
  dueInDays: number;
  submissionKind: 'text' | 'links' | 'files';
  /** Per demo tandem (index in DEMO_TANDEMS): the versions it handed in, oldest first. */
  submissions?: Record<number, DemoSubmissionStep[]>;
}

export interface DemoModule {
  title: string;
  summary: string;
  learningGoals: string[];
  /** Index of the module in DEMO_MODULES that participants must complete first. */
  prerequisite?: number;
  draft?: boolean;
  lessons: DemoLesson[];
  /** A PDF handout (demo-material.ts) is uploaded as the module's material. */
  withHandout?: boolean;
  assignments?: DemoAssignment[];
}

const md = (...lines: string[]) => lines.join('\n');

export const DEMO_MODULES: DemoModule[] = [
  {
    title: 'Die eigene Facebook-Seite',
    summary:
      'Vom privaten Profil zur öffentlichen Seite als Mandatsträgerin: anlegen, rechtssicher machen und ' +
      'mit einem einfachen Redaktionsplan regelmäßig bespielen.',
    learningGoals: [
      'Eine Facebook-Seite für das Mandat anlegen und einrichten',
      'Impressum und Datenschutzhinweis vollständig einbinden',
      'Beiträge für einen Monat im Voraus planen',
    ],
    withHandout: true,
    assignments: [
      {
        title: 'Redaktionsplan für vier Wochen',
        instructions: md(
          'Erstellen Sie im Tandem einen **Redaktionsplan für die nächsten vier Wochen** Ihrer Facebook-Seite.',
          '',
          '- mindestens zwei Beiträge pro Woche, mit Datum, Thema und Format (Foto, Text, Frage, Video)',
          '- wer schreibt, wer antwortet auf Kommentare',
          '- ein Beitrag, der zum Mitreden einlädt',
          '',
          'Die Vorlage im Material „Redaktionsplan für die Facebook-Seite“ hilft beim Start.',
        ),
        dueInDays: 10,
        submissionKind: 'text',
        submissions: {
          0: [
            {
              text: 'Woche 1: Haushalt erklärt (Text + Grafik). Woche 2: Jugendzentrum (Foto). Woche 3: Sprechstunde. Woche 4: Rückblick.',
              review: {
                decision: 'changes_requested',
                feedback: 'Guter Anfang! Bitte ergänzen Sie, wer jeweils schreibt und wer am Wochenende auf Kommentare antwortet.',
              },
            },
            {
              text:
                'Woche 1: Haushalt erklärt (Text + Grafik, schreibt Gisela, Kommentare: Lena). Woche 2: Besuch im Jugendzentrum ' +
                '(Foto, schreibt Lena). Woche 3: Sprechstunde ankündigen, Frage an die Bürgerinnen und Bürger. Woche 4: Rückblick ' +
                'auf die Ratssitzung. Am Wochenende antwortet Lena auf Kommentare.',
              review: { decision: 'approved', feedback: 'Sehr gut durchdacht – so kann es losgehen.' },
            },
          ],
          1: [
            {
              text: 'Wir planen zwei Beiträge pro Woche: montags Vorschau auf den Kreistag, donnerstags ein Foto aus dem Wahlkreis.',
            },
          ],
          2: [
            {
              text: 'Plan folgt, wir haben erst einen Beitrag.',
              review: {
                decision: 'changes_requested',
                feedback: 'Bitte planen Sie alle vier Wochen mit mindestens zwei Beiträgen pro Woche.',
              },
            },
          ],
        },
      },
    ],
    lessons: [
      {
        title: 'Seite anlegen',
        estimatedMinutes: 20,
        body: md(
          '## Profil oder Seite?',
          '',
          'Ihr privates Profil gehört Ihnen als Person. Für Ihre politische Arbeit legen Sie eine **Seite** an: ' +
            'Sie ist öffentlich, hat Statistiken, kann von mehreren Personen betreut werden und trennt Privates von Ihrem Mandat.',
          '',
          '## Schritt für Schritt',
          '',
          '1. Öffnen Sie [facebook.com/pages/create](https://www.facebook.com/pages/create).',
          '2. Name: Ihr Name und Ihr Amt, z. B. „Gisela Brandt – Gemeinderätin in Kirchheim“.',
          '3. Kategorie: „Politikerin“.',
          '4. Profilbild: ein freundliches Porträt, auf dem Ihr Gesicht auch klein gut zu erkennen ist.',
          '5. Titelbild: Ihr Ort, Ihr Rathaus oder ein Foto von Ihnen im Gespräch mit Bürgerinnen und Bürgern.',
          '',
          '## Im Tandem',
          '',
          'Tragen Sie Ihre Mentorin als Person mit **Zugriff auf die Seite** ein. So kann sie Ihnen helfen, ' +
            'ohne Ihr Passwort zu kennen.',
        ),
      },
      {
        title: 'Impressum und Datenschutz',
        estimatedMinutes: 25,
        body: md(
          '## Warum ein Impressum?',
          '',
          'Eine Seite, auf der Sie als Politikerin regelmäßig veröffentlichen, ist ein geschäftsmäßiges Angebot. ' +
            'Sie braucht deshalb ein Impressum nach [§ 5 Digitale-Dienste-Gesetz](https://www.gesetze-im-internet.de/ddg/__5.html).',
          '',
          '## Was hineingehört',
          '',
          '- Ihr vollständiger Name',
          '- eine ladungsfähige Anschrift (z. B. Ihr Fraktions- oder Bürgerbüro, nicht zwingend die Privatadresse)',
          '- eine E-Mail-Adresse und ein zweiter schneller Kontaktweg',
          '- bei redaktionellen Inhalten: wer verantwortlich ist',
          '',
          '## Datenschutzhinweis',
          '',
          'Verlinken Sie im Bereich „Info“ einen Datenschutzhinweis, der erklärt, welche Daten Sie über die Seite ' +
            'erhalten (Kommentare, Nachrichten, Statistiken) und wer mit Ihnen gemeinsam verantwortlich ist (Meta).',
          '',
          '> Tipp: Viele Fraktionen und Parteien stellen Mustertexte bereit. Fragen Sie dort nach, bevor Sie selbst formulieren.',
        ),
      },
      {
        title: 'Beiträge planen',
        estimatedMinutes: 30,
        body: md(
          '## Ein Redaktionsplan für vier Wochen',
          '',
          'Regelmäßigkeit ist wichtiger als Menge. Zwei bis drei Beiträge pro Woche reichen für den Anfang.',
          '',
          '| Woche | Anlass | Idee |',
          '| --- | --- | --- |',
          '| 1 | Gemeinderatssitzung | Drei Sätze: Was wurde beschlossen, was bedeutet es für den Ort? |',
          '| 2 | Termin im Wahlkreis | Foto vom Besuch im Kindergarten oder beim Sportverein |',
          '| 3 | Frage an die Bürgerinnen und Bürger | „Wo fehlt bei uns eine Sitzbank?“ |',
          '| 4 | Rückblick | Was aus den Antworten geworden ist |',
          '',
          '## Beiträge im Voraus einstellen',
          '',
          'In der [Meta Business Suite](https://business.facebook.com/) können Sie Beiträge schreiben und ' +
            'für einen Tag und eine Uhrzeit einplanen. Gute Zeiten sind oft der frühe Abend und das Wochenende.',
          '',
          '## Aufgabe',
          '',
          'Schreiben Sie mit Ihrer Mentorin die ersten drei Beiträge und planen Sie sie ein.',
        ),
      },
    ],
  },
  {
    title: 'Instagram-Stories für den Wahlkreis',
    summary:
      'Kurze, spontane Einblicke in die politische Arbeit: Stories aufnehmen, gestalten und mit Umfragen ' +
      'und Fragen ins Gespräch kommen.',
    learningGoals: [
      'Eine Story mit Foto, Video und Text gestalten',
      'Umfrage- und Frage-Sticker für den Dialog nutzen',
      'Wichtige Stories als Highlights im Profil sichern',
    ],
    prerequisite: 0,
    assignments: [
      {
        title: 'Drei Story-Ideen aus dem Wahlkreis',
        instructions: md(
          'Sammeln Sie im Tandem **drei Ideen für Instagram-Stories** aus Ihrem Wahlkreis und verlinken Sie, wenn vorhanden, ' +
            'ein Beispiel, das Ihnen gefällt.',
          '',
          'Zu jeder Idee: Was zeigen Sie, welche Frage oder Umfrage stellen Sie, wann veröffentlichen Sie?',
        ),
        dueInDays: 24,
        submissionKind: 'links',
      },
    ],
    lessons: [
      {
        title: 'Was Stories können',
        estimatedMinutes: 15,
        body: md(
          '## Sichtbar für 24 Stunden',
          '',
          'Stories erscheinen oben in der Instagram-App und verschwinden nach einem Tag. Sie dürfen deshalb ' +
            'spontaner und weniger perfekt sein als ein Beitrag im Profil.',
          '',
          '## Wofür sie sich eignen',
          '',
          '- ein Blick hinter die Kulissen: die Sitzungsunterlagen am Küchentisch',
          '- Termine ankündigen: „Heute 19 Uhr Bürgersprechstunde im Rathaus“',
          '- kurze Erklärungen in drei, vier Bildern',
          '',
          'Die Hilfe von Instagram erklärt alle Funktionen: [help.instagram.com](https://help.instagram.com/).',
        ),
      },
      {
        title: 'Eine Story aus der Ratssitzung',
        estimatedMinutes: 25,
        body: md(
          '## Vorher klären',
          '',
          'Fotografieren und filmen Sie in Sitzungen nur, was die Geschäftsordnung erlaubt, und niemanden, ' +
            'der nicht einverstanden ist. Im Zweifel: der leere Saal, die Tagesordnung, Sie selbst.',
          '',
          '## So entsteht die Story',
          '',
          '1. Ein Foto vor der Sitzung mit dem wichtigsten Tagesordnungspunkt als Text.',
          '2. Nach der Abstimmung: das Ergebnis in einem Satz.',
          '3. Ein kurzes Video (höchstens 15 Sekunden): was Sie dazu sagen.',
          '4. Zum Schluss ein Link zum Protokoll oder zur Pressemitteilung der Gemeinde.',
          '',
          '## Untertitel nicht vergessen',
          '',
          'Viele schauen Stories ohne Ton. Nutzen Sie den Untertitel-Sticker.',
        ),
      },
      {
        title: 'Umfragen, Fragen und Highlights',
        estimatedMinutes: 20,
        body: md(
          '## Ins Gespräch kommen',
          '',
          '- **Umfrage-Sticker**: „Soll der Wochenmarkt auch samstags stattfinden? Ja / Nein“',
          '- **Fragen-Sticker**: „Was möchten Sie mich zum Haushalt fragen?“ – die Antworten beantworten Sie in der nächsten Story.',
          '',
          'Umfragen in Stories sind nicht repräsentativ. Sagen Sie das dazu, wenn Sie Ergebnisse teilen.',
          '',
          '## Highlights',
          '',
          'Stories, die länger sichtbar bleiben sollen (Sprechstunden, „Wer ich bin“), speichern Sie als ' + 'Highlight in Ihrem Profil.',
        ),
      },
    ],
  },
  {
    title: 'Sicher im Netz: Hassrede und Datenschutz',
    summary:
      'Wer sich öffentlich äußert, erlebt auch Anfeindungen. Hassrede erkennen, dokumentieren, melden und ' +
      'anzeigen, und die eigenen Konten gut schützen.',
    learningGoals: [
      'Hassrede von harter, aber zulässiger Kritik unterscheiden',
      'Beleidigungen und Drohungen beweissicher dokumentieren und anzeigen',
      'Die Zwei-Faktor-Anmeldung für alle Konten einrichten',
    ],
    lessons: [
      {
        title: 'Hassrede erkennen, melden, anzeigen',
        estimatedMinutes: 30,
        body: md(
          '## Kritik oder Hassrede?',
          '',
          'Scharfe Kritik an Ihren Entscheidungen gehört zur Demokratie. Beleidigungen, Drohungen, ' +
            'Volksverhetzung und die Veröffentlichung privater Adressen gehören nicht dazu – sie sind oft strafbar.',
          '',
          '## Was Sie tun können',
          '',
          '1. **Dokumentieren**: Screenshot mit Datum, Uhrzeit, Profilname und Adresse des Kommentars.',
          '2. **Melden**: über die Meldefunktion der Plattform; das Netzwerk muss offensichtlich rechtswidrige Inhalte entfernen.',
          '3. **Anzeigen**: bei der Onlinewache der Polizei Ihres Landes oder bei der Staatsanwaltschaft.',
          '4. **Verbergen oder löschen**: erst nach der Dokumentation.',
          '',
          '## Hilfe holen',
          '',
          '[HateAid](https://hateaid.org/) berät Betroffene digitaler Gewalt kostenlos, hilft beim Sichern der ' +
            'Beweise und finanziert in geeigneten Fällen die Klage.',
          '',
          'Sie müssen das nicht allein tragen: Sprechen Sie mit Ihrer Mentorin und der Programmleitung.',
        ),
      },
      {
        title: 'Zwei-Faktor-Anmeldung einrichten',
        estimatedMinutes: 15,
        body: md(
          '## Warum?',
          '',
          'Ein gestohlenes Passwort allein reicht dann nicht, um Ihr Konto zu übernehmen. Für Konten, mit denen ' +
            'Sie öffentlich auftreten, ist das Pflicht.',
          '',
          '## So geht es',
          '',
          '- Facebook und Instagram: Kontenübersicht → Passwort und Sicherheit → Zweistufige Authentifizierung',
          '- Am besten mit einer Authenticator-App, nicht per SMS',
          '- Die Wiederherstellungscodes ausdrucken und sicher aufbewahren',
          '',
          'Mehr dazu beim [Bundesamt für Sicherheit in der Informationstechnik](https://www.bsi.bund.de/).',
        ),
      },
      {
        title: 'Fotos von anderen: was erlaubt ist',
        estimatedMinutes: 20,
        body: md(
          '## Das Recht am eigenen Bild',
          '',
          'Wer auf einem Foto klar zu erkennen ist, muss der Veröffentlichung in der Regel zustimmen. ' +
            'Ausnahmen gelten für Versammlungen und Menschen als „Beiwerk“ neben einer Sehenswürdigkeit.',
          '',
          '## Im Alltag',
          '',
          '- Kinder nur mit Zustimmung der Eltern, besser gar nicht erkennbar',
          '- bei Terminen kurz fragen: „Darf ich das Foto auf meiner Seite zeigen?“',
          '- Fotos anderer Fotografinnen nur mit Erlaubnis und Namensnennung',
        ),
      },
    ],
  },
  {
    title: 'Wirkung messen',
    summary: 'Welche Beiträge erreichen wen? Statistiken lesen, Ziele setzen und den Redaktionsplan danach ausrichten.',
    learningGoals: [
      'Reichweite, Interaktionen und Follower-Entwicklung unterscheiden',
      'Ein realistisches Ziel für die nächsten drei Monate festlegen',
    ],
    lessons: [
      {
        title: 'Statistiken lesen',
        estimatedMinutes: 25,
        body: md(
          '## Die wichtigsten Zahlen',
          '',
          '- **Reichweite**: wie viele Personen einen Beitrag gesehen haben',
          '- **Interaktionen**: Reaktionen, Kommentare, geteilte Beiträge und Klicks',
          '- **Follower**: wie viele Ihre Seite abonniert haben, und wie sich das verändert',
          '',
          'Sie finden die Zahlen in der [Meta Business Suite](https://business.facebook.com/) unter „Insights“ ' +
            'und auf Instagram unter „Professional Dashboard“.',
          '',
          '## Vergleichen, nicht bewerten',
          '',
          'Vergleichen Sie Ihre Beiträge miteinander, nicht mit Bundespolitikerinnen. Ein Beitrag, den 300 ' +
            'Menschen in einer Gemeinde mit 8.000 Einwohnern sehen, ist ein Erfolg.',
        ),
      },
      {
        title: 'Ziele setzen und nachsteuern',
        estimatedMinutes: 20,
        body: md(
          '## Ein Ziel für drei Monate',
          '',
          'Formulieren Sie ein Ziel, das Sie messen können, zum Beispiel:',
          '',
          '1. „Jede Woche zwei Beiträge“ (Regelmäßigkeit)',
          '2. „Zu jeder Ratssitzung zehn Kommentare oder Fragen“ (Dialog)',
          '3. „100 neue Abonnentinnen und Abonnenten aus dem Wahlkreis“ (Reichweite)',
          '',
          '## Einmal im Monat',
          '',
          'Schauen Sie im Tandem die drei erfolgreichsten und die drei schwächsten Beiträge an: Was war anders?',
        ),
      },
    ],
  },
  {
    title: 'Live gehen: Facebook- und Instagram-Live',
    summary: 'Sprechstunden und Veranstaltungen live übertragen: Technik, Vorbereitung und der Umgang mit Fragen im Chat.',
    learningGoals: ['Eine Live-Übertragung vorbereiten und durchführen', 'Fragen aus dem Chat gemeinsam mit einer Moderatorin beantworten'],
    draft: true,
    lessons: [
      {
        title: 'Technik und Vorbereitung',
        estimatedMinutes: 20,
        body: md(
          '## Was Sie brauchen',
          '',
          '- ein Smartphone mit Stativ und ein Ansteckmikrofon',
          '- eine stabile Internetverbindung (vorher testen!)',
          '- eine zweite Person, die den Chat im Blick behält',
          '',
          '## Ablauf einer digitalen Sprechstunde',
          '',
          '1. Ankündigung eine Woche vorher auf Seite und in der Story',
          '2. Begrüßung und Thema in zwei Minuten',
          '3. Fragen aus dem Chat, höchstens 30 Minuten',
          '4. Zusammenfassung und nächster Termin',
        ),
      },
    ],
  },
];

/** The mentee (index in DEMO_MENTEES) who has completed every lesson of the first module. */
export const DEMO_PROGRESS_MENTEE = 0;
