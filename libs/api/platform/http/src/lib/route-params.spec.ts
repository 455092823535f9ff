import { BadRequestException, NotFoundException } from '@nestjs/common';
import * as z from 'zod';
import { ParseIdPipe, ParseZodParamPipe } from './route-params';

describe('route parameter pipes', () => {
  it('ParseIdPipe passes ids and answers the given 404 for anything else', () => {
    const pipe = new ParseIdPipe(() => new NotFoundException({ code: 'not_found', message: 'Gibt es nicht.' }));
    expect(pipe.transform('11111111-1111-4111-8111-111111111111')).toBe('11111111-1111-4111-8111-111111111111');
    for (const bad of ['x', "1' OR '1'='1", '11111111-1111-4111-8111-11111111111', '']) {
      expect(() => pipe.transform(bad)).toThrow(NotFoundException);
    }
  });

  it('ParseZodParamPipe answers 400 validation_failed with the parameter as field', () => {
    const pipe = new ParseZodParamPipe('role', z.enum(['mentor', 'mentee'], { error: 'Unbekannte Rolle' }));
    expect(pipe.transform('mentor')).toBe('mentor');
    try {
      pipe.transform('king');
      throw new Error('expected a 400');
    } catch (e) {
      expect(e).toBeInstanceOf(BadRequestException);
      expect((e as BadRequestException).getResponse()).toEqual({
        code: 'validation_failed',
        message: 'Unbekannte Rolle',
        fields: { role: 'Unbekannte Rolle' },
      });
    }
  });
});
