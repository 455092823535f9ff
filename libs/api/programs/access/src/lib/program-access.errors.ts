import { ForbiddenException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ErrorCode, ProgramErrorCode, programRoleLabel, t, type ProgramRole } from '@ecampus/shared/contracts';

/** 404 for a program that does not exist or that the caller may not know. */
export const programNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Dieses Programm gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This program does not exist, or you have no access to it.',
    ),
  });

/** 404 for a tandem that does not exist or that the caller may not know. */
export const tandemNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Dieses Tandem gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This tandem does not exist, or you have no access to it.',
    ),
  });

export const missingProgramRole = (roles: readonly ProgramRole[]) => {
  const names = roles.map(programRoleLabel).join(', ');
  return new ForbiddenException({
    code: ErrorCode.Forbidden,
    message: t(
      `Dafür brauchen Sie in diesem Programm eine dieser Rollen: ${names}.`,
      `For this you need one of these roles in this program: ${names}.`,
    ),
  });
};

/** 422: the program is archived and therefore read-only. */
export const programArchived = () =>
  new UnprocessableEntityException({
    code: ProgramErrorCode.ProgramArchived,
    message: t(
      'Dieses Programm ist archiviert und kann nicht mehr geändert werden. Eine Administratorin oder ein Administrator kann es wieder aktivieren.',
      'This program is archived and can no longer be changed. An administrator can restore it.',
    ),
  });
