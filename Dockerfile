# One image for both Vigía processes: `vigia web` (default) and `vigia worker`.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["node", "bin/vigia.mjs", "web"]
