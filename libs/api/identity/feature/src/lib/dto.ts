import { createZodDto } from 'nestjs-zod';
import {
  CreateUserRequestSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  SetPasswordRequestSchema,
  UserSchema,
} from '@ecampus/shared/contracts';

export class LoginRequestDto extends createZodDto(LoginRequestSchema) {}
export class LoginResponseDto extends createZodDto(LoginResponseSchema) {}
export class CreateUserRequestDto extends createZodDto(CreateUserRequestSchema) {}
export class UserDto extends createZodDto(UserSchema) {}
export class SetPasswordRequestDto extends createZodDto(SetPasswordRequestSchema) {}
