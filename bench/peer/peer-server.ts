/**
 * Starts the peer API: @neo4j/graphql's schema over @apollo/server 5 on Express 5 at POST /graphql
 * (the same HTTP stack as ours, without our guards, logging and metrics).
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { peerTypeDefs } from './type-defs';

/** A started peer; `close()` stops Apollo and the HTTP server (the caller owns the driver). */
export interface PeerServer { url: string; close(): Promise<void> }

/** Builds the peer schema on `driver` and listens on 127.0.0.1 (a free port). */
export async function startPeerServer(driver: Driver): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => { await apollo.stop(); await new Promise((r) => server.close(r)); },
  };
}
