import type { Deps } from "../../services/context.js";
import type { Api } from "../api.js";

// Placeholder being written now; replaced by the full resource routes.
export function factsRoutes(_api: Api, _deps: Deps) {}
