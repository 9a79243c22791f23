# ferry's GitHub App (Probot). Build: docker build -t ferry .
# Run:   docker run -p 3000:3000 -e APP_ID=… -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=… ferry
#        (or mount the key and set PRIVATE_KEY_PATH; GHE_HOST for GitHub Enterprise Server; or mount the
#        .env that setup mode wrote on your machine: -v "$PWD/.env:/app/.env:ro").
# The image takes its credentials from the environment only: NODE_ENV=production, in which Probot
# refuses to start without APP_ID and a private key instead of serving its setup page. Register the
# App first with `npx ferry serve` on your machine (README, "As a GitHub App").
# Replicas are safe: state lives on each repository's ferry/state branch, written compare-and-swap.

# Build stage: every dependency, so `npm ci` runs `prepare`, which builds lib/ (the compiled CLI).
FROM node:24-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm ci --no-audit --no-fund

FROM node:24-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Dependencies first, so code changes do not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY app.yml ./
COPY bin ./bin
COPY lifecycles ./lifecycles
COPY schemas ./schemas
COPY --from=build /build/lib ./lib
# The App runs as `node` and writes nothing: /app and everything in it stay root's, read-only to it.
USER node
EXPOSE 3000

# Probot answers GET /ping with PONG: a liveness probe that needs no credentials.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ping').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

# node itself is PID 1 (not npm), so docker stop's SIGTERM reaches ferry serve, which stops the
# server and exits 0. The App starts no child processes, so no init is needed to reap them;
# `docker run --init` (tini) works too.
CMD ["node", "bin/ferry.js", "serve"]
