package org.posyandu.api.security;

import java.util.Set;

/**
 * What part of the data a caller may see and touch: everything (SUPERADMIN), everything under one wilayah
 * (admins; the wilayah itself and every code below it), or a set of Posyandu (kader). Objects are placed by
 * the desa of the Posyandu they belong to. Immutable.
 */
public final class Scope {
    private static final Scope ALL = new Scope(null, Set.of(), true);

    private final String wilayah;
    private final Set<String> posyanduIds;
    private final boolean all;

    private Scope(String wilayah, Set<String> posyanduIds, boolean all) {
        this.wilayah = wilayah;
        this.posyanduIds = posyanduIds;
        this.all = all;
    }

    public static Scope all() {
        return ALL;
    }

    /** Everything within a wilayah code of any level (dotted Kemendagri form). */
    public static Scope wilayah(String kode) {
        if (kode == null || kode.isBlank()) {
            throw new IllegalArgumentException("wilayah code required");
        }
        return new Scope(kode, Set.of(), false);
    }

    /** Only these Posyandu (a kader's). */
    public static Scope posyandu(Set<String> ids) {
        return new Scope(null, Set.copyOf(ids), false);
    }

    public boolean isAll() {
        return all;
    }

    /** The wilayah an admin scope is rooted at, else {@code null}. */
    public String wilayah() {
        return wilayah;
    }

    /** The Posyandu of a kader scope, else empty. */
    public Set<String> posyanduIds() {
        return posyanduIds;
    }

    /**
     * Whether a region lies inside this scope: the same code or any code below it. A Posyandu-bound scope
     * covers no region as a whole.
     */
    public boolean coversWilayah(String kode) {
        if (all) {
            return true;
        }
        if (wilayah == null || kode == null) {
            return false;
        }
        return kode.equals(wilayah) || kode.startsWith(wilayah + ".");
    }

    /** Whether the Posyandu {@code posyanduId}, standing in desa {@code desaKode}, lies inside this scope. */
    public boolean coversPosyandu(String posyanduId, String desaKode) {
        return all || (wilayah != null ? coversWilayah(desaKode) : posyanduIds.contains(posyanduId));
    }

    /** Whether every object of {@code other} is also inside this scope. */
    public boolean contains(Scope other) {
        if (all) {
            return true;
        }
        if (other.all) {
            return false;
        }
        if (other.wilayah != null) {
            return coversWilayah(other.wilayah);
        }
        return wilayah == null && posyanduIds.containsAll(other.posyanduIds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope s && all == s.all && java.util.Objects.equals(wilayah, s.wilayah)
                && posyanduIds.equals(s.posyanduIds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(all, wilayah, posyanduIds);
    }

    @Override
    public String toString() {
        return all ? "Scope[all]" : wilayah != null ? "Scope[wilayah " + wilayah + "]" : "Scope[posyandu " + posyanduIds + "]";
    }
}
