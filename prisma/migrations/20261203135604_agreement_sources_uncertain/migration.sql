-- Agreement.sourcesUncertain (issue 12, item 6). Written as ADD COLUMN by hand instead of
-- Prisma's table rebuild: the rebuild would drop the agreement_search FTS triggers.
ALTER TABLE "Agreement" ADD COLUMN "sourcesUncertain" BOOLEAN NOT NULL DEFAULT false;
