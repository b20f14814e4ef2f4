import 'reflect-metadata';
import type { IdiomServer } from '@httpwire/conformance';
import {
  type ArgumentsHost,
  Body,
  type CallHandler,
  Catch,
  ClassSerializerInterceptor,
  Controller,
  type ExceptionFilter,
  type ExecutionContext,
  ForbiddenException,
  Get,
  Header,
  HttpCode,
  type INestApplication,
  Inject,
  Injectable,
  Module,
  type NestInterceptor,
  NotFoundException,
  Post,
  Redirect,
  Res,
  StreamableFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
  ValidationPipe,
} from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { Exclude } from 'class-transformer';
import { IsString } from 'class-validator';
import { map, type Observable } from 'rxjs';
import { HttpWireModule } from '../index.js';

export type NestPlatform = 'express' | 'fastify';

class NameDto {
  @IsString()
  name!: string;
}

class UserEntity {
  id = 1;
  @Exclude()
  password = 'hunter2';
}

class ConflictError extends Error {}

/** An app's own filter, written as Nest's docs write one that works on both platforms. */
@Catch(ConflictError)
class ConflictFilter implements ExceptionFilter {
  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  catch(error: ConflictError, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost;
    const response = host.switchToHttp().getResponse<unknown>();
    httpAdapter.status(response, 409);
    httpAdapter.reply(response, { conflict: error.message });
  }
}

/** An app's own interceptor, the `{ data }` wrapper of Nest's docs. */
@Injectable()
class WrapInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((data: unknown) => ({ data })));
  }
}

@Controller()
class IdiomController {
  @Get('plain')
  plain() {
    return { ok: true };
  }

  @Post('created')
  created() {
    return { id: 1 };
  }

  @Post('accepted')
  @HttpCode(202)
  accepted() {
    return { queued: true };
  }

  @Get('header')
  @Header('Cache-Control', 'no-store')
  header() {
    return { ok: true };
  }

  @Get('passthrough')
  passthrough(@Res({ passthrough: true }) response: { status(code: number): unknown }) {
    response.status(202);
    return { ok: true };
  }

  @Get('library')
  library(@Res() response: { status(code: number): { send(body: unknown): unknown } }) {
    response.status(200).send({ manual: true });
  }

  @Get('streamable')
  streamable() {
    return new StreamableFile(Buffer.from('file contents'), { type: 'text/plain' });
  }

  @Get('redirect')
  @Redirect('https://example.com/', 301)
  redirect() {}

  @Get('string')
  string() {
    return 'hello';
  }

  @Get('serialized')
  @UseInterceptors(ClassSerializerInterceptor)
  serialized() {
    return new UserEntity();
  }

  @Get('wrapped')
  @UseInterceptors(WrapInterceptor)
  wrapped() {
    return { ok: true };
  }

  @Get('conflict')
  @UseFilters(ConflictFilter)
  conflict() {
    throw new ConflictError('taken');
  }

  @Get('forbidden')
  forbidden() {
    throw new ForbiddenException({ reason: 'quota' });
  }

  @Get('not-found')
  notFound() {
    throw new NotFoundException('No such user.');
  }

  @Get('crash')
  crash() {
    throw new Error('db password is hunter2');
  }

  @Post('validated')
  @HttpCode(200)
  validated(@Body(new ValidationPipe()) body: NameDto) {
    return body;
  }

  @Get('throttled')
  @UseGuards(ThrottlerGuard)
  throttled() {
    return { ok: true };
  }
}

function idiomModule(withHttpwire: boolean) {
  @Module({
    imports: [
      ThrottlerModule.forRoot([{ ttl: 60_000, limit: 2 }]),
      ...(withHttpwire ? [HttpWireModule.forRoot({ onError: () => {} })] : []),
    ],
    controllers: [IdiomController],
  })
  class IdiomModule {}
  return IdiomModule;
}

/** The app on one platform, with or without httpwire; everything else is the same. */
export async function nestIdiomApp(platform: NestPlatform, withHttpwire: boolean): Promise<INestApplication> {
  const adapter = platform === 'express' ? new ExpressAdapter() : new FastifyAdapter();
  return NestFactory.create(idiomModule(withHttpwire), adapter, { logger: false, abortOnError: false });
}

/** Starts an app on 127.0.0.1, port 0. */
export async function listen(app: INestApplication): Promise<IdiomServer> {
  await app.listen(0, '127.0.0.1');
  return {
    port: (app.getHttpServer().address() as { port: number }).port,
    close: async () => {
      app.getHttpServer().closeAllConnections();
      await app.close();
    },
  };
}
