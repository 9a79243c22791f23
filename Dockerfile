# ferry's GitHub App (Probot). Build: docker build -t ferry .
# Run:   docker run -p 3000:3000 -e APP_ID=… -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=… ferry
#        (or mount the key and set PRIVATE_KEY_PATH; GHE_HOST for GitHub Enterprise Server).
# Replicas are safe: state lives on each repository's ferry/state branch, written compare-and-swap.
FROM node:20-slim

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000

WORKDIR /app

# Dependencies first, so code changes do not reinstall them. tsx runs the TypeScript sources directly.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

COPY app.yml ./
COPY lifecycles ./lifecycles
COPY schemas ./schemas
COPY src ./src

USER node
EXPOSE 3000

# Probot answers GET /ping with PONG: a liveness probe that needs no credentials.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ping').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

CMD ["npm", "start"]
