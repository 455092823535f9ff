import { ForbiddenException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CurriculumErrorCode, ErrorCode, t } from '@ecampus/shared/contracts';

/*
 * The error shapes of this domain. Messages are written in both languages where they are raised
 * (`t(de, en)`), so the caller reads them in the language of her request.
 */

/** 404 for a module that does not exist or that the caller may not know (a draft, for participants). */
export const moduleNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Dieses Modul gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This module does not exist, or you have no access to it.',
    ),
  });

export const lessonNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diese Lektion gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This lesson does not exist, or you have no access to it.',
    ),
  });

export const onlyStaff = () =>
  new ForbiddenException({
    code: ErrorCode.Forbidden,
    message: t(
      'Module bearbeiten können nur Trainerinnen, Koordinatorinnen und Administratorinnen dieses Programms.',
      'Only trainers, coordinators and administrators of this program can edit modules.',
    ),
  });

export const moduleLocked = () =>
  new ForbiddenException({
    code: CurriculumErrorCode.ModuleLocked,
    message: t(
      'Dieses Modul ist noch nicht freigeschaltet: Es beginnt später oder setzt ein anderes Modul voraus.',
      'This module is not open yet: it starts later or requires another module first.',
    ),
  });

export const notAParticipant = () =>
  new ForbiddenException({
    code: CurriculumErrorCode.NotAParticipant,
    message: t(
      'Lektionen abschließen können nur Mentorinnen und Mentees dieses Programms.',
      'Only mentors and mentees of this program can complete lessons.',
    ),
  });

export const invalidModuleOrder = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.InvalidOrder,
    message: t(
      'Die neue Reihenfolge muss jedes Modul dieses Programms genau einmal enthalten.',
      'The new order must list every module of this program exactly once.',
    ),
  });

export const invalidLessonOrder = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.InvalidOrder,
    message: t(
      'Die neue Reihenfolge muss jede Lektion dieses Moduls genau einmal enthalten.',
      'The new order must list every lesson of this module exactly once.',
    ),
  });

const PREREQUISITE_MESSAGES = {
  self: () => t('Ein Modul kann nicht sich selbst voraussetzen.', 'A module cannot require itself.'),
  other_program: () =>
    t('Die Voraussetzung muss ein Modul desselben Programms sein.', 'The prerequisite must be a module of the same program.'),
  cycle: () =>
    t(
      'Diese Voraussetzung ergäbe einen Kreis: Das gewählte Modul setzt (über andere) dieses Modul voraus.',
      'This prerequisite would make a cycle: the chosen module requires (through others) this module.',
    ),
} as const;

export const invalidPrerequisite = (problem: keyof typeof PREREQUISITE_MESSAGES) =>
  new UnprocessableEntityException({ code: CurriculumErrorCode.InvalidPrerequisite, message: PREREQUISITE_MESSAGES[problem]() });

export const modulePublished = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.ModulePublished,
    message: t(
      'Ein veröffentlichtes Modul kann nicht gelöscht werden. Bitte nehmen Sie es zuerst zurück (Entwurf).',
      'A published module cannot be deleted. Please unpublish it first.',
    ),
  });

// ---------------------------------------------------------------- assignments, submissions, reviews

export const assignmentNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diese Aufgabe gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This assignment does not exist, or you have no access to it.',
    ),
  });

export const submissionNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diese Abgabe gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This submission does not exist, or you have no access to it.',
    ),
  });

export const submissionFileNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diese Datei gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This file does not exist, or you have no access to it.',
    ),
  });

/** Handing in is for the tandems: staff who are not mentor or mentee themselves. */
export const onlySubmitters = () =>
  new ForbiddenException({
    code: CurriculumErrorCode.NotAParticipant,
    message: t(
      'Aufgaben abgeben können nur Mentorinnen und Mentees dieses Programms (für ihr Tandem).',
      'Only mentors and mentees of this program can hand in assignments (for their tandem).',
    ),
  });

export const onlyReviewers = () =>
  new ForbiddenException({
    code: ErrorCode.Forbidden,
    message: t(
      'Abgaben begutachten können nur Trainerinnen, Koordinatorinnen und Administratorinnen dieses Programms.',
      'Only trainers, coordinators and administrators of this program can review submissions.',
    ),
  });

export const noTandem = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.NoTandem,
    message: t(
      'Sie haben in diesem Programm kein Tandem. Abgaben gehören dem Tandem; bitte wenden Sie sich an die Koordination.',
      'You have no tandem in this program. Submissions belong to the tandem; please contact the coordination.',
    ),
  });

export const emptySubmission = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.EmptySubmission,
    message: t(
      'Die Abgabe ist leer: Bitte geben Sie einen Text, einen Link oder eine Datei ab.',
      'The submission is empty: please hand in a text, a link or a file.',
    ),
  });

export const foreignFiles = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.EmptySubmission,
    message: t(
      'Die Abgabe nennt Dateien, die Ihr Tandem nicht zu dieser Aufgabe hochgeladen hat.',
      'The submission names files your tandem did not upload for this assignment.',
    ),
  });

export const filesNotAccepted = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.FilesNotAccepted,
    message: t(
      'Zu dieser Aufgabe werden keine Dateien abgegeben, nur Text und Links.',
      'This assignment takes no files, only text and links.',
    ),
  });

export const submissionApproved = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.SubmissionApproved,
    message: t('Diese Abgabe ist bereits angenommen und damit abgeschlossen.', 'This submission has already been approved and is final.'),
  });

export const notWaitingForReview = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.NotWaitingForReview,
    message: t(
      'Diese Abgabe wartet nicht auf eine Rückmeldung: Sie ist schon begutachtet, und das Tandem hat noch keine neue Fassung abgegeben.',
      'This submission is not waiting for review: it has been reviewed and the tandem has not handed in a new version yet.',
    ),
  });

export const ownTandem = () =>
  new ForbiddenException({
    code: CurriculumErrorCode.OwnTandem,
    message: t(
      'Abgaben Ihres eigenen Tandems begutachtet eine andere Trainerin oder Koordinatorin.',
      'Submissions of your own tandem are reviewed by another trainer or coordinator.',
    ),
  });

export const assignmentHasSubmissions = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.AssignmentHasSubmissions,
    message: t(
      'Zu dieser Aufgabe gibt es schon Abgaben; sie kann nicht mehr gelöscht werden.',
      'This assignment already has submissions; it can no longer be deleted.',
    ),
  });

export const moduleHasSubmissions = () =>
  new UnprocessableEntityException({
    code: CurriculumErrorCode.AssignmentHasSubmissions,
    message: t(
      'Zu Aufgaben dieses Moduls gibt es schon Abgaben von Tandems; das Modul kann nicht mehr gelöscht werden.',
      'Tandems have already handed in assignments of this module; it can no longer be deleted.',
    ),
  });
