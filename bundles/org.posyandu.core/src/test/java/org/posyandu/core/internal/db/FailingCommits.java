package org.posyandu.core.internal.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * A database whose next commit of a transaction that appended an audit line fails once armed: the write and its line
 * were sent, the commit is what fails (a full disk, a lost connection, a kill). The real transaction is rolled back,
 * as the database would, and the commit throws.
 */
public final class FailingCommits {
    private final DataSource db;
    private volatile boolean armed;

    public FailingCommits(DataSource db) {
        this.db = db;
    }

    /** The next commit after an audit append fails (once). */
    public void arm() {
        armed = true;
    }

    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    Object result = call(db, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private Connection connection(Connection real) {
        boolean[] appended = { false };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("prepare") && args != null && args[0] instanceof String sql
                            && sql.toLowerCase(Locale.ROOT).contains("audit_log")) {
                        appended[0] = true;
                    } else if (name.equals("rollback") && (args == null || args.length == 0)) {
                        appended[0] = false;
                    } else if (name.equals("commit") && armed && appended[0]) {
                        armed = false;
                        appended[0] = false;
                        real.rollback();
                        throw new SQLException("forced failure of a commit after the audit append", "08006");
                    } else if (name.equals("commit")) {
                        appended[0] = false;
                    }
                    return call(real, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
