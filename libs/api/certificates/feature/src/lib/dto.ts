import { createZodDto } from 'nestjs-zod';
import {
  CertificateBatchRequestSchema,
  CertificateBatchSchema,
  CertificateCriteriaSchema,
  CertificateEligibilityListSchema,
  CertificateIssuerAnswerSchema,
  CertificateIssuerSchema,
  CertificateOverrideRequestSchema,
  CertificateRevokeRequestSchema,
  CertificateVerificationSchema,
  IssuedCertificateListSchema,
  IssuedCertificateSchema,
  MyCertificateListSchema,
} from '@ecampus/shared/contracts';

// Bodies are validated by the API's global zod pipe; responses feed the OpenAPI document.
export class CertificateCriteriaDto extends createZodDto(CertificateCriteriaSchema) {}
export class CertificateOverrideRequestDto extends createZodDto(CertificateOverrideRequestSchema) {}
export class CertificateEligibilityListDto extends createZodDto(CertificateEligibilityListSchema) {}
export class CertificateIssuerDto extends createZodDto(CertificateIssuerSchema) {}
export class CertificateIssuerAnswerDto extends createZodDto(CertificateIssuerAnswerSchema) {}
export class CertificateBatchRequestDto extends createZodDto(CertificateBatchRequestSchema) {}
export class CertificateBatchDto extends createZodDto(CertificateBatchSchema) {}
export class CertificateRevokeRequestDto extends createZodDto(CertificateRevokeRequestSchema) {}
export class IssuedCertificateDto extends createZodDto(IssuedCertificateSchema) {}
export class IssuedCertificateListDto extends createZodDto(IssuedCertificateListSchema) {}
export class MyCertificateListDto extends createZodDto(MyCertificateListSchema) {}
export class CertificateVerificationDto extends createZodDto(CertificateVerificationSchema) {}
