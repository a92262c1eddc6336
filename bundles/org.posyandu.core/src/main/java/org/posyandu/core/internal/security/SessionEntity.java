package org.posyandu.core.internal.security;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A login session: the refresh token's hash, rotated on every refresh, and whether it was revoked. */
@Entity
@Table(name = "auth_session")
public class SessionEntity {
    @Id
    private String id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "refresh_hash")
    private String refreshHash;
    private Timestamp dibuat;
    private Timestamp kedaluwarsa;
    private Timestamp dicabut;

    protected SessionEntity() {
    }

    SessionEntity(String id, String userId, String refreshHash, Instant now, Instant expires) {
        this.id = id;
        this.userId = userId;
        this.refreshHash = refreshHash;
        this.dibuat = Timestamp.from(now);
        this.kedaluwarsa = Timestamp.from(expires);
    }

    String getId() {
        return id;
    }

    String getUserId() {
        return userId;
    }

    boolean isLive(Instant now) {
        return dicabut == null && kedaluwarsa.toInstant().isAfter(now);
    }

    void rotate(String newRefreshHash) {
        this.refreshHash = newRefreshHash;
    }

    void revoke(Instant now) {
        if (dicabut == null) {
            dicabut = Timestamp.from(now);
        }
    }
}
