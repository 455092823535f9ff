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
