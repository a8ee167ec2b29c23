// The HTTP face: a Fastify app built around the services. Routes stay thin.
import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { LogController, type FastifyInstance } from "fastify";
import {
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { registerAuth } from "./auth.js";
import { bodyLimits, bodyTooLarge, drainBody, parseJsonWithDepthLimit } from "./bodies.js";
import { loggerOptions, logRequests } from "./logging.js";
import type { AppOptions } from "./options.js";
import { documentTransform } from "./api-document.js";
import { declareProblems } from "./problem-responses.js";
import { problem, sendProblem } from "./problems.js";
import { refuseNulCharacters } from "./text-guard.js";
import { registerRoutes } from "./routes/index.js";
import { docsCSP, registerSecurityHeaders } from "./security-headers.js";
import { serializerCompiler } from "./serializers.js";
import { defaultWebDir, isDeepLink, registerWeb } from "./web.js";

export type App = FastifyInstance;

declare module "fastify" {
  interface FastifyInstance {
    routeTable: { method: string; url: string }[];
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? "silent", options.logStream),
    // One line per request instead of two, written by logRequests.
    logController: new LogController({ disableRequestLogging: true }),
    // Larger only where a route says so (bodies.ts).
    bodyLimit: bodyLimits.json,
    trustProxy: options.trustProxy ?? false,
  });
  logRequests(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(async (error, request, reply) => {
    // A body refused as too large is read to its end first, or the client may see a reset.
    if ((error as { statusCode?: number }).statusCode === 413) {
      await drainBody(request);
      return sendProblem(bodyTooLarge(request.routeOptions.bodyLimit), request, reply);
    }
    return sendProblem(error, request, reply);
  });
  parseJsonWithDepthLimit(app);
  registerSecurityHeaders(app, options.secureCookies ?? false);
  const web = await registerWeb(app, options.webDir ?? defaultWebDir);
  app.setNotFoundHandler((request, reply) =>
    isDeepLink(request)
      ? web.sendIndex(reply)
      : reply
          .status(404)
          .type("application/problem+json")
          .send(problem(404, "not_found", `No route ${request.method} ${request.url.split("?")[0]}`)),
  );

  // Every route, as registered: lets tests prove the OpenAPI document lists them all.
  const routes: { method: string; url: string }[] = [];
  app.decorate("routeTable", routes);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  declareProblems(app);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Rapport API",
        version: options.version,
        description:
          "Relationship-first CRM: contacts, touches, facts, matters, follow-ups, deals and contracts.",
      },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "A personal API token (rpt_…)" },
          session: { type: "apiKey", in: "cookie", name: "rapport_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: documentTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", transformStaticCSP: docsCSP });

  registerAuth(app, options.deps);
  refuseNulCharacters(app);
  await app.register(
    (api, _opts, done) => {
      registerRoutes(api.withTypeProvider<ZodTypeProvider>(), options);
      done();
    },
    { prefix: "/api/v1" },
  );
  app.get("/api/v1/openapi.json", { config: { public: true }, schema: { hide: true } }, () => app.swagger());
  const { scheduler } = options;
  if (scheduler) {
    app.addHook("onReady", (done) => {
      scheduler.start((error, job) => app.log.error({ err: error, job }, "a scheduled job failed"));
      done();
    });
    app.addHook("onClose", () => scheduler.stop());
  }
  return app;
}
