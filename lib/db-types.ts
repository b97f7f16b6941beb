import type { Prisma } from '@/lib/generated/prisma/client';

/** The client handed to a `db.$transaction(async (tx) => …)` callback: what every write takes. */
export type Tx = Prisma.TransactionClient;
