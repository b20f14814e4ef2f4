import type { ToWireOptions } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { HttpWireOptions } from '@httpwire/nestjs';
import { Controller, Get, Headers, HttpCode, Post, Res } from '@nestjs/common';

type RawResponse = { writeHead(status: number, headers: Record<string, string>): void; write(chunk: string): void };

/**
 * The reliability routes, mounted only when `HTTPWIRE_FUZZ=1`. A factory, because the route whose
 * `onError` throws wraps the app's own reporter.
 */
export function createFuzzController(onError: NonNullable<ToWireOptions['onError']>) {
  @Controller('fuzz')
  class FuzzController {
    @Get()
    get(@Headers(domain.FUZZ_CASE_HEADER) fuzzCase: string | undefined): unknown {
      return domain.runFuzzCase(fuzzCase);
    }

    @Post()
    @HttpCode(200) // Nest's 201 for a POST result is Nest's to keep; the other stacks answer 200.
    post(@Headers(domain.FUZZ_CASE_HEADER) fuzzCase: string | undefined): unknown {
      return domain.runFuzzCase(fuzzCase);
    }

    @Get('format-throws')
    @HttpWireOptions(domain.FORMAT_THROWS)
    formatThrows(@Headers(domain.FUZZ_CASE_HEADER) fuzzCase: string | undefined): unknown {
      return domain.runFuzzCase(fuzzCase);
    }

    @Get('on-error-throws')
    @HttpWireOptions({ onError: domain.throwingOnError(onError) })
    onErrorThrows(@Headers(domain.FUZZ_CASE_HEADER) fuzzCase: string | undefined): unknown {
      return domain.runFuzzCase(fuzzCase);
    }

    @Get('after-headers')
    afterHeaders(@Res({ passthrough: true }) response: RawResponse | { raw: RawResponse }): never {
      // Express hands Nest its response; Fastify a reply that wraps Node's.
      const raw = 'raw' in response ? response.raw : response;
      raw.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      raw.write('partial\n');
      throw domain.afterHeadersFailure();
    }
  }
  return FuzzController;
}
