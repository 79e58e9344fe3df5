# The API and the page, for docker-compose.yml (Neo4j runs in its own official container).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# The same Node flags as `npm start` (package.json): a bounded heap (README, "Memory").
CMD ["node", "--max-old-space-size=384", "--max-semi-space-size=16", "--import", "tsx", "api/src/main.ts"]
