package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.posyandu.api.error.ForbiddenException;
import org.posyandu.core.internal.db.TxKeyLock;

/**
 * Activation read inside a writing transaction, on its connection, held to its commit: a module disabled meanwhile
 * either waits for the write to commit or is seen here and refuses it. The rule is {@link ActivationServiceImpl}'s.
 */
final class ActivationRows {
    private ActivationRows() {
    }

    /** Whether the menu of the module is enabled for kabupaten {@code kab}, held until {@code c} commits. */
    static boolean enabledHolding(Connection c, String kab, String moduleId, String menuId) throws SQLException {
        TxKeyLock.shared(c, TxKeyLock.ACTIVATION, kab + "|" + moduleId);
        try (PreparedStatement ps = c.prepareStatement("SELECT enabled, menus, diubah, diubah_oleh FROM module_activation "
                + "WHERE kabupaten_kode = ? AND module_id = ?" + TxKeyLock.holdClause(c))) {
            ps.setString(1, kab);
            ps.setString(2, moduleId);
            try (ResultSet rs = ps.executeQuery()) {
                var row = rs.next() ? Optional.of(ActivationServiceImpl.row(rs)) : Optional.<ActivationServiceImpl.Row>empty();
                return ActivationServiceImpl.allows(ActivationServiceImpl.toActivation(kab, moduleId, row), menuId);
            }
        }
    }

    /** The 403 of a submission to a module or menu the kabupaten has not enabled. */
    static ForbiddenException notEnabled(String moduleId, String menuId, String kab) {
        return new ForbiddenException("Modul '" + moduleId + "' menu '" + menuId
                + "' tidak diaktifkan untuk kabupaten/kota " + kab + ".",
                "Module '" + moduleId + "' menu '" + menuId + "' is not enabled for kabupaten/city " + kab + ".");
    }
}
