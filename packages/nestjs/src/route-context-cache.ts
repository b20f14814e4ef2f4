import type { ToWireOptions } from '@httpwire/core';
import type { ExecutionContext } from '@nestjs/common';
import { decoratorHeadersOf, defaultStatusOf, httpCodeOf, optionsFor } from './execution-options.js';
import type { RouteContext } from './route-context.js';

/** Each route's {@link RouteContext}, read from its metadata once per controller and handler. */
export class RouteContextCache {
  private readonly byController = new WeakMap<object, WeakMap<object, RouteContext>>();

  constructor(
    private readonly options: ToWireOptions,
    private readonly writesReturnValues: boolean,
  ) {}

  of(context: ExecutionContext): RouteContext {
    const controller = context.getClass();
    const handler = context.getHandler();
    let byHandler = this.byController.get(controller);
    if (byHandler === undefined) {
      byHandler = new WeakMap();
      this.byController.set(controller, byHandler);
    }
    let route = byHandler.get(handler);
    if (route === undefined) {
      route = this.read(context);
      byHandler.set(handler, route);
    }
    return route;
  }

  private read(context: ExecutionContext): RouteContext {
    const status = httpCodeOf(context);
    return {
      options: optionsFor(this.options, context),
      decoratorHeaders: decoratorHeadersOf(context).map(({ name }) => name),
      writesReturnValues: this.writesReturnValues,
      returnValue: { status },
      resultStatus: status ?? defaultStatusOf(context),
    };
  }
}
