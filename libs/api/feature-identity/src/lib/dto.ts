import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CreateUserRequestSchema, LoginRequestSchema, LoginResponseSchema, PasswordSchema, UserSchema } from '@ecampus/shared/contracts';

/**
 * Body of POST /api/auth/set-password.
 * TODO(contracts owner): move to libs/shared/contracts so the web client shares it.
 */
export const SetPasswordRequestSchema = z.object({
  token: z.string().min(1, 'Der Link ist unvollständig').max(200, 'Der Link ist ungültig'),
  password: PasswordSchema,
});

export class LoginRequestDto extends createZodDto(LoginRequestSchema) {}
export class LoginResponseDto extends createZodDto(LoginResponseSchema) {}
export class CreateUserRequestDto extends createZodDto(CreateUserRequestSchema) {}
export class UserDto extends createZodDto(UserSchema) {}
export class SetPasswordRequestDto extends createZodDto(SetPasswordRequestSchema) {}
