# The app image for docker-compose.yml: the same compiled server `npm start` runs, against PostgreSQL.

# Build stage: every dependency (esbuild, Vite, TypeScript), then `npm run build`:
# server/dist/main.js (the bundled server) and client/dist (with .br/.gz beside each file).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime stage: the server's production dependencies only (no tsx, no build tools; the bundle
# leaves argon2, PGlite and pg to node_modules), the compiled output and the plan files.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --omit=dev --workspace server --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
COPY plans plans
EXPOSE 4000
# Source maps on: stack traces name the .ts lines. Plan import: `node server/dist/plan-import.js <file>`.
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
