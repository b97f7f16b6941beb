import 'server-only';
import { db } from '@/lib/db';

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ disabledAt: 'asc' }, { name: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, lastSignInAt: true, createdAt: true },
  });
}
