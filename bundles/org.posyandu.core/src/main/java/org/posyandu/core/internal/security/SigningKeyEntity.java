package org.posyandu.core.internal.security;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Cacheable;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The token signing key: made once, never changed (so cached on every node). */
@Cacheable
@Entity
@Table(name = "signing_key")
public class SigningKeyEntity {
    @Id
    private int id;
    private String secret;
    private Timestamp dibuat;

    protected SigningKeyEntity() {
    }

    SigningKeyEntity(int id, String secret, Instant now) {
        this.id = id;
        this.secret = secret;
        this.dibuat = Timestamp.from(now);
    }

    String getSecret() {
        return secret;
    }
}
