import { ZIdParams, ZService, ZSetForecast } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { setForecast } from "../../commands/set-forecast.ts";
import { presentService } from "../../presenters/services.ts";

export function setForecastRoute(app: App) {
  app.put(
    "/api/services/:id/forecast",
    {
      schema: {
        tags: ["usage"],
        summary: "Submit a service's forecast of the 15 % / 40 % / Max AU dates (future, in order; send the version you read)",
        params: ZIdParams,
        body: ZSetForecast,
        response: { 200: ZService },
      },
      config: { permission: "service.update" },
    },
    async (request) =>
      presentService(await setForecast(app.deps, { actor: actorOf(request), serviceId: request.params.id, input: request.body }), app.deps.now()),
  );
}
