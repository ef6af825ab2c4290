// First, so that component styles (CSS Modules) come later in the cascade and can refine the globals.
import "./tokens.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startEarlyFetches } from "./early-fetch.ts";
import { sessionQuery } from "./features/session/session-queries.ts";
import { onAuthRequired } from "./lib/api.ts";
import { createQueryClient } from "./lib/query-client.ts";
import { createAppRouter } from "./router.tsx";

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

onAuthRequired((reason) => {
  const here = router.state.location.href;
  if (reason === "unauthenticated") {
    // Nobody was signed in yet (a first screen's early request): the router's session check sends them to sign-in.
    if (!queryClient.getQueryData(sessionQuery.queryKey)) return;
    queryClient.setQueryData(sessionQuery.queryKey, null);
    if (router.state.location.pathname !== "/sign-in") {
      void router.navigate({ to: "/sign-in", search: { redirect: here, notice: "expired" }, replace: true });
    }
  } else {
    void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    void router.navigate({ to: "/change-password", search: { redirect: here }, replace: true });
  }
});

startEarlyFetches(queryClient, window.location);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
