import 'server-only';
import { adminLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';

export const listUsers = adminLoader(async () => {
  return db.user.findMany({
    orderBy: [{ disabledAt: 'asc' }, { name: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, lastSignInAt: true, createdAt: true },
  });
});
