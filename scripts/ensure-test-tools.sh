#!/usr/bin/env bash
# Runs before `npm test` (the `pretest` script): makes sure what the tests need is on the machine.
# - Java 17+ and Maven: needed to fetch and run Neo4j when NEO4J_URI is not set (db/neo4j.ts).
# - Debian's Chromium: the browser tests drive it with playwright-core (never a browser download).
# - Docker Compose (the client only): the tests validate docker-compose.yml with `config`.
# Installs Chromium with apt-get when running as root on Debian; otherwise says what to install.
set -euo pipefail
missing=0
if [ -z "${NEO4J_URI:-}" ]; then
  command -v java >/dev/null || { echo "Java is missing: install a JDK 17+ (apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to a running Neo4j 5." >&2; missing=1; }
  command -v mvn >/dev/null || [ -f db/.neo4j/lib/.complete-5.26.30 ] || { echo "Maven is missing: install it (apt-get install maven), or set NEO4J_URI to a running Neo4j 5." >&2; missing=1; }
fi
if [ -z "${CHROMIUM_PATH:-}" ] && ! [ -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's Chromium for the browser tests (apt-get install chromium)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || { echo "apt-get could not install chromium: install it by hand, or set CHROMIUM_PATH to a Chromium binary." >&2; missing=1; }
  else
    echo "Chromium is missing for the browser tests: run 'sudo apt-get install chromium', or set CHROMIUM_PATH to a Chromium binary." >&2
    missing=1
  fi
fi
# docker-compose: `docker compose config` validates docker-compose.yml without a Docker engine.
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing docker-compose to check docker-compose.yml (apt-get install docker-compose)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null) \
      || { echo "apt-get could not install docker-compose: install Docker Compose by hand." >&2; missing=1; }
  else
    echo "Docker Compose is missing (to check docker-compose.yml): install docker-compose or the docker compose plugin." >&2
    missing=1
  fi
fi
exit "$missing"
