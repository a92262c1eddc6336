package org.posyandu.core.internal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.security.User;

@Entity
@Table(name = "app_user")
public class UserEntity {
    @Id
    private String id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    private String role;
    @Column(name = "wilayah_kode")
    private String wilayahKode;
    private boolean aktif;
    /** Access tokens issued before this second are refused (Accounts.verify reads it on every check). */
    @Column(name = "sesi_sejak")
    private Timestamp sesiSejak;
    private Timestamp dibuat;
    private Timestamp diubah;
    @Column(name = "dibuat_oleh")
    private String dibuatOleh;
    @Version
    private int versi;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_posyandu", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "posyandu_id")
    private Set<String> posyanduIds = new HashSet<>();

    protected UserEntity() {
    }

    UserEntity(String id, String username, String passwordHash, Role role, String wilayahKode,
            Set<String> posyanduIds, String dibuatOleh, Instant now) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role.name();
        this.wilayahKode = wilayahKode;
        this.posyanduIds = new HashSet<>(posyanduIds);
        this.aktif = true;
        this.dibuatOleh = dibuatOleh;
        this.sesiSejak = Timestamp.from(now);
        this.dibuat = Timestamp.from(now);
        this.diubah = Timestamp.from(now);
    }

    String getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return Role.valueOf(role);
    }

    String getWilayahKode() {
        return wilayahKode;
    }

    Set<String> getPosyanduIds() {
        return posyanduIds;
    }

    boolean isAktif() {
        return aktif;
    }

    void setPasswordHash(String hash, Instant now, boolean endSessions) {
        this.passwordHash = hash;
        touch(now, endSessions);
    }

    void setAktif(boolean aktif, Instant now) {
        this.aktif = aktif;
        touch(now, !aktif);
    }

    private void touch(Instant now, boolean endSessions) {
        this.diubah = Timestamp.from(now);
        if (endSessions) {
            this.sesiSejak = Timestamp.from(now);
        }
    }

    Scope scope() {
        Role r = getRole();
        if (r == Role.SUPERADMIN) {
            return Scope.all();
        }
        return r == Role.KADER ? Scope.posyandu(posyanduIds) : Scope.wilayah(wilayahKode);
    }

    Caller toCaller() {
        return new Caller(id, username, getRole(), scope());
    }

    User toUser() {
        return new User(id, username, getRole(), wilayahKode, List.copyOf(new java.util.TreeSet<>(posyanduIds)),
                aktif, dibuat.toInstant(), diubah.toInstant(), dibuatOleh);
    }
}
