import type { ToWireOptions } from '@httpwire/core';
import type { ExecutionContext } from '@nestjs/common';
import { decoratorHeadersOf, optionsFor, resultStatusOf } from './execution-options.js';
import type { RouteContext } from './route-context.js';

/** Each route's {@link RouteContext}, read from its metadata once per controller and handler. */
export class RouteContextCache {
  private readonly byController = new WeakMap<object, WeakMap<object, RouteContext>>();

  constructor(
    private readonly options: ToWireOptions,
    private readonly writesResponses: boolean,
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
      route = {
        options: optionsFor(this.options, context),
        decoratorHeaders: decoratorHeadersOf(context).map(({ name }) => name),
        writesResponses: this.writesResponses,
        resultStatus: resultStatusOf(context),
      };
      byHandler.set(handler, route);
    }
    return route;
  }
}
