# Briefly's image: built in one stage, run from a slim one with production dependencies only.
# tests/ops/image.test.ts runs these very instructions outside a container (see README, "Running it
# as a service"); keep to FROM, WORKDIR, COPY, RUN, ENV, USER, EXPOSE, VOLUME, HEALTHCHECK and CMD.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# better-sqlite3 comes as a prebuilt binary for linux x64 and arm64 (glibc), so no compiler is needed.
RUN npm ci --loglevel=error
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build --loglevel=error
RUN npm prune --omit=dev --loglevel=error
RUN mkdir -p data

FROM node:20-slim
ENV NODE_ENV=production \
    OPS_PORT=9464 \
    OPS_HOST=0.0.0.0 \
    CONTENT_DIR=./content \
    DATABASE_URL=sqlite:./data/briefly.db
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY content ./content
COPY --from=build --chown=node:node /app/data ./data
USER node
VOLUME ["/app/data"]
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/src/ops/healthcheck.js"]
# node itself is PID 1: Briefly handles SIGTERM and SIGINT (and starts no child processes).
CMD ["node", "dist/src/main.js"]
