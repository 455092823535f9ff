import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@ecampus/api/platform/http';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import type { CertificateCriteria, CertificateEligibility } from '@ecampus/shared/contracts';
import { CertificateCriteriaDto, CertificateEligibilityListDto, CertificateOverrideRequestDto } from './dto';
import { notAParticipant } from './certificates.errors';
import { CertificatesService } from './certificates.service';

const UserId = () => IdParam('userId', notAParticipant);

/**
 * HTTP → service, nothing else. `@ProgramRoles('coordinator')` checks the caller's standing in the
 * route's program (outsiders 404, members without the role 403, admins pass); bodies arrive validated.
 * The issuer and its images: issuer/issuer.controller.ts.
 */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('programs/:programId')
export class CertificatesController {
  constructor(private readonly service: CertificatesService) {}

  @Get('certificate-criteria')
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: CertificateCriteriaDto })
  criteria(@CurrentProgramAccess() access: ProgramAccess): Promise<CertificateCriteria> {
    return this.service.criteria(access);
  }

  @Put('certificate-criteria')
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: CertificateCriteriaDto })
  saveCriteria(@CurrentProgramAccess() access: ProgramAccess, @Body() body: CertificateCriteriaDto): Promise<CertificateCriteria> {
    return this.service.saveCriteria(access, body);
  }

  @Get('certificate-eligibility')
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: CertificateEligibilityListDto })
  eligibility(@CurrentProgramAccess() access: ProgramAccess): Promise<CertificateEligibility[]> {
    return this.service.eligibility(access);
  }

  @Put('certificate-overrides/:userId')
  @ProgramRoles('coordinator')
  @HttpCode(204)
  @ApiNoContentResponse()
  setOverride(
    @CurrentProgramAccess() access: ProgramAccess,
    @UserId() userId: string,
    @Body() body: CertificateOverrideRequestDto,
  ): Promise<void> {
    return this.service.setOverride(access, userId, body);
  }

  @Delete('certificate-overrides/:userId')
  @ProgramRoles('coordinator')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeOverride(@CurrentProgramAccess() access: ProgramAccess, @UserId() userId: string): Promise<void> {
    return this.service.removeOverride(access, userId);
  }
}
