// Builds the web app (src/web) into dist/web, which the server serves at /.
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    // Hashed file names under /assets/ are what the server caches immutably.
    assetsDir: "assets",
  },
  // In development, the API runs beside (npm start on :4400); src/web/api/ holds modules, not routes.
  server: { proxy: { "/api/v1": "http://127.0.0.1:4400", "/api/docs": "http://127.0.0.1:4400" } },
});
