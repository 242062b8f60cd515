package com.discoverybrief.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An entity with a database identity and an optimistic-locking version. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    /** Incremented by every committed change; a stale version means someone else changed the entity. */
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other != null && getClass() == other.getClass() && id != null
                && id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
