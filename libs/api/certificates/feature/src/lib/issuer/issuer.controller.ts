import { applyDecorators, Body, Controller, Delete, Get, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { ZodParam } from '@ecampus/api/platform/http';
import { ApiFileUpload } from '@ecampus/api/platform/storage';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import { msg, type CertificateIssuerAnswer } from '@ecampus/shared/contracts';
import { CertificateIssuerAnswerDto, CertificateIssuerDto } from '../dto';
import { IssuerService } from './issuer.service';

/** A signature's position: 0, 1 or 2 (else 400); a position without a signatory is the service's 404. */
const SignatoryIndexSchema = z
  .string()
  .regex(/^[0-2]$/, msg('Unterschriften sind mit 0, 1 oder 2 nummeriert.', 'Signatures are numbered 0, 1 or 2.'))
  .transform(Number);
const SignatoryIndex = () => ZodParam('index', SignatoryIndexSchema);

const IMAGE_UPLOAD = 'PNG or JPEG (checked by content), at most 1 MB, 4000 px a side and 8 megapixels';
const ApiImage = () =>
  applyDecorators(
    ApiProduces('image/png', 'image/jpeg'),
    ApiOkResponse({ description: 'The image (nosniff, never cached).', schema: { type: 'string', format: 'binary' } }),
  );

/**
 * Who issues and signs a program's certificates, with logo and signature images (coordinators and
 * admins; `@ProgramRoles('coordinator')`: others of the program 403, outsiders 404). HTTP → service;
 * uploads read the raw request (decision 023), images are answered as files.
 */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('programs/:programId/certificate-issuer')
export class IssuerController {
  constructor(private readonly issuer: IssuerService) {}

  @Get()
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: CertificateIssuerAnswerDto })
  get(@CurrentProgramAccess() access: ProgramAccess): Promise<CertificateIssuerAnswer> {
    return this.issuer.issuer(access);
  }

  @Put()
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: CertificateIssuerAnswerDto })
  save(@CurrentProgramAccess() access: ProgramAccess, @Body() body: CertificateIssuerDto): Promise<CertificateIssuerAnswer> {
    return this.issuer.saveIssuer(access, body);
  }

  @Put('logo')
  @ProgramRoles('coordinator')
  @ApiFileUpload(IMAGE_UPLOAD)
  @ApiOkResponse({ type: CertificateIssuerAnswerDto })
  uploadLogo(@CurrentProgramAccess() access: ProgramAccess, @Req() req: FastifyRequest): Promise<CertificateIssuerAnswer> {
    return this.issuer.upload(access, 'logo', req.raw);
  }

  @Get('logo')
  @ProgramRoles('coordinator')
  @ApiImage()
  logo(@CurrentProgramAccess() access: ProgramAccess, @Res() res: FastifyReply): Promise<void> {
    return this.issuer.send(access, 'logo', res.raw);
  }

  @Delete('logo')
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: CertificateIssuerAnswerDto })
  removeLogo(@CurrentProgramAccess() access: ProgramAccess): Promise<CertificateIssuerAnswer> {
    return this.issuer.remove(access, 'logo');
  }

  @Put('signatories/:index/signature')
  @ProgramRoles('coordinator')
  @ApiFileUpload(IMAGE_UPLOAD)
  @ApiOkResponse({ type: CertificateIssuerAnswerDto })
  uploadSignature(
    @CurrentProgramAccess() access: ProgramAccess,
    @SignatoryIndex() index: number,
    @Req() req: FastifyRequest,
  ): Promise<CertificateIssuerAnswer> {
    return this.issuer.upload(access, index, req.raw);
  }

  @Get('signatories/:index/signature')
  @ProgramRoles('coordinator')
  @ApiImage()
  signature(@CurrentProgramAccess() access: ProgramAccess, @SignatoryIndex() index: number, @Res() res: FastifyReply): Promise<void> {
    return this.issuer.send(access, index, res.raw);
  }

  @Delete('signatories/:index/signature')
  @ProgramRoles('coordinator')
  @ApiOkResponse({ type: CertificateIssuerAnswerDto })
  removeSignature(@CurrentProgramAccess() access: ProgramAccess, @SignatoryIndex() index: number): Promise<CertificateIssuerAnswer> {
    return this.issuer.remove(access, index);
  }
}
