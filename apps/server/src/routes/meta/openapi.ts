import type { App } from "../../app-types.ts";

export function openApiRoute(app: App) {
  app.get(
    "/api/openapi.json",
    { schema: { hide: true }, config: { public: true } },
    async () => app.swagger(),
  );
}
