import type { CertificateContent } from '../lib/issuing/certificate-content';

/**
 * What the benchmark's certificates say — the same for the queue run (its seed writes the same
 * program, names and modules) and the render loop, so both draw the same template.
 */
export const BENCH_MODULES = [
  'Die eigene Facebook-Seite',
  'Instagram-Stories für den Wahlkreis',
  'Sicher im Netz: Hassrede und Datenschutz',
];

export function benchContent(i: number): CertificateContent {
  return {
    holderName: `Teilnehmerin ${String(i).padStart(4, '0')}`,
    programTitle: 'Bench: Reverse Mentoring 2027',
    programStartsOn: '2027-03-01',
    programEndsOn: '2027-12-15',
    modules: BENCH_MODULES,
    seminarMinutes: 0,
    tandemMeetings: 0,
    organisation: '',
    signatories: [],
  };
}
