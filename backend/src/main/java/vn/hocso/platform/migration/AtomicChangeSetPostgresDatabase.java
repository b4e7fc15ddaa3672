package vn.hocso.platform.migration;

import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;

/**
 * PostgreSQL, with each changeset committed together with its databasechangelog row.
 * Liquibase 4.33 commits a changeset's statements (ChangeSet.execute) and only then
 * inserts and commits its row (UpdateVisitor): a node killed between the two left, say, a
 * created table that the next start tried to create again and failed on ("relation
 * already exists"). Here the first commit is left to the second, so a changeset and its
 * record are one transaction: applied and recorded, or neither. (H2 commits DDL by
 * itself; this cannot help there.)
 */
public class AtomicChangeSetPostgresDatabase extends PostgresDatabase {

	private static final StackWalker CALLERS = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	@Override
	public int getPriority() {
		return super.getPriority() + 1;
	}

	@Override
	public void commit() throws DatabaseException {
		if (calledByChangeSetExecute()) {
			return;
		}
		super.commit();
	}

	private static boolean calledByChangeSetExecute() {
		return CALLERS.walk(frames -> frames.skip(1)
			.filter(frame -> !frame.getDeclaringClass().isAssignableFrom(AtomicChangeSetPostgresDatabase.class))
			.findFirst()
			.map(frame -> frame.getDeclaringClass() == ChangeSet.class && frame.getMethodName().equals("execute"))
			.orElse(false));
	}

}
