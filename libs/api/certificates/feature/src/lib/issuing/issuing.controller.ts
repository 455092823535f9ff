import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { ApiFileDownload } from '@ecampus/api/platform/storage';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import type { CertificateBatch, IssuedCertificate, MyCertificate } from '@ecampus/shared/contracts';
import {
  CertificateBatchDto,
  CertificateBatchRequestDto,
  CertificateRevokeRequestDto,
  IssuedCertificateDto,
  IssuedCertificateListDto,
  MyCertificateListDto,
} from '../dto';
import { batchNotFound, certificateNotFound } from './issuing.errors';
import { IssuingService } from './issuing.service';

const CertificateId = () => IdParam('certificateId', certificateNotFound);
const BatchId = () => IdParam('batchId', batchNotFound);

/** A program's issuing: start a batch, its batches, its certificates (coordinators). HTTP → service. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('programs/:programId')
export class ProgramCertificatesController {
  constructor(private readonly issuing: IssuingService) {}

  @Post('certificate-batches')
  @ProgramRoles('coordinator')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '`{id}` of the batch; the worker issues it' })
  start(@CurrentProgramAccess() access: ProgramAccess, @Body() body: CertificateBatchRequestDto): Promise<{ id: string }> {
    return this.issuing.startBatch(access, body);
  }

  @Get('certificate-batches')
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: [CertificateBatchDto] })
  batches(@CurrentProgramAccess() access: ProgramAccess): Promise<CertificateBatch[]> {
    return this.issuing.batchesOf(access);
  }

  @Get('certificates')
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: IssuedCertificateListDto })
  issued(@CurrentProgramAccess() access: ProgramAccess): Promise<IssuedCertificate[]> {
    return this.issuing.issued(access);
  }
}

/** Routes of one certificate or batch: the service finds the program and checks the caller there. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificatesIssuedController {
  constructor(private readonly issuing: IssuingService) {}

  @Get('certificate-batches/:batchId')
  @ApiOkResponse({ type: CertificateBatchDto })
  batch(@CurrentUser() caller: AuthUser, @BatchId() batchId: string): Promise<CertificateBatch> {
    return this.issuing.batch(caller, batchId);
  }

  @Get('certificates/:certificateId/pdf')
  @ApiFileDownload()
  download(@CurrentUser() caller: AuthUser, @CertificateId() id: string, @Res() res: FastifyReply): Promise<void> {
    return this.issuing.download(caller, id, res.raw);
  }

  @Post('certificates/:certificateId/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: IssuedCertificateDto })
  revoke(
    @CurrentUser() caller: AuthUser,
    @CertificateId() id: string,
    @Body() body: CertificateRevokeRequestDto,
  ): Promise<IssuedCertificate> {
    return this.issuing.revoke(caller, id, body.reason);
  }

  @Post('certificates/:certificateId/regenerate')
  @HttpCode(202)
  @ApiAcceptedResponse()
  regenerate(@CurrentUser() caller: AuthUser, @CertificateId() id: string): Promise<void> {
    return this.issuing.regenerate(caller, id);
  }

  @Get('me/certificates')
  @ApiOkResponse({ type: MyCertificateListDto })
  mine(@CurrentUser() caller: AuthUser): Promise<MyCertificate[]> {
    return this.issuing.mine(caller);
  }
}
