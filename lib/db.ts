import 'server-only';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/db-client';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The one PrismaClient of the process. Cached on globalThis in production too: Next
 * loads this module once per server layer (pages, route handlers), and two clients
 * mean two connections that can wait on each other's write lock (docs/reliability.md).
 */
export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient());
