import { Controller, Get, NotFoundException, Res } from '@nestjs/common';
import { COOKIES, crash, JSON_BODY, NEST_NOT_FOUND_BODY, TEXT_BODY } from '../routes.js';

/** The part of either platform's response a direct write uses: Express's `res` or Fastify's reply. */
type PlatformResponse =
  | { status(code: number): { json(body: unknown): void }; setHeader(name: string, value: string[]): void }
  | { code(code: number): { send(body: unknown): void }; header(name: string, value: string[]): void };

function isFastifyReply(response: PlatformResponse): response is Extract<PlatformResponse, { code: unknown }> {
  return 'code' in response;
}

const PREBUILT_NOT_FOUND = new NotFoundException();

/** Nest as its users write it: return values, `NotFoundException`, `@Res()` for a direct write. */
@Controller()
export class NestNativeController {
  @Get('json')
  json(): typeof JSON_BODY {
    return JSON_BODY;
  }

  @Get('throw-404')
  throw404(): never {
    throw new NotFoundException();
  }

  @Get('throw-prebuilt-404')
  throwPrebuilt404(): never {
    throw PREBUILT_NOT_FOUND;
  }

  @Get('direct-404')
  direct404(@Res() response: PlatformResponse): void {
    if (isFastifyReply(response)) response.code(404).send(NEST_NOT_FOUND_BODY);
    else response.status(404).json(NEST_NOT_FOUND_BODY);
  }

  @Get('crash')
  crash(): never {
    return crash();
  }

  @Get('text')
  text(@Res({ passthrough: true }) response: PlatformResponse): string {
    if (isFastifyReply(response)) response.header('set-cookie', COOKIES);
    else response.setHeader('set-cookie', COOKIES);
    return TEXT_BODY;
  }
}
