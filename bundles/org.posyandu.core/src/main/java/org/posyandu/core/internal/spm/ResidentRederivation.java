package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.posyandu.api.posyandu.PosyanduService;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaChangeListener;
import org.posyandu.api.warga.WargaService;
import org.posyandu.core.internal.db.CoreSchema;
import org.posyandu.core.internal.db.PosyanduChanges;

/**
 * A resident's birth date or sex corrected: every value derived from them (age, z-scores and their classes, N/T,
 * the mother's age, lansia …) is computed again over all the resident's submissions, in one transaction.
 */
@Component(service = WargaChangeListener.class)
public final class ResidentRederivation implements WargaChangeListener {
    private final DataSource dataSource;
    private final Rederivation rederivation;

    @Activate
    public ResidentRederivation(@Reference(target = "(osgi.jndi.service.name=posyandu)") DataSource dataSource,
            @Reference ModuleRegistry registry, @Reference PosyanduService posyandu, @Reference WargaService warga,
            @Reference CoreSchema schema) {
        this.dataSource = dataSource;
        this.rederivation = new Rederivation(registry, posyandu, warga);
    }

    @Override
    public void changed(Warga before, Warga after) {
        if (before == null || Objects.equals(before.tanggalLahir(), after.tanggalLahir())
                && before.jenisKelamin() == after.jenisKelamin()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                PosyanduChanges.touch(c, rederivation.all(c, after.id()));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recomputing the submissions of resident " + after.id() + " failed", e);
        }
    }
}
