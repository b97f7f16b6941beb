import 'server-only';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/db-client';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one PrismaClient of the app, reused across hot reloads in development. */
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
