package uk.nhs.psirf.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Someone who may lead, join or oversee learning responses; linked to their sign-in by e-mail address. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "job_role", length = 200)
    private String jobRole;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
    }

    public static Person add(String name, String email, String jobRole, Instant at) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.name = name;
        person.email = email;
        person.jobRole = jobRole;
        person.active = true;
        person.createdAt = at;
        person.updatedAt = at;
        return person;
    }

    public void change(String newName, String newEmail, String newJobRole, boolean nowActive, Instant at) {
        name = newName;
        email = newEmail;
        jobRole = newJobRole;
        active = nowActive;
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String jobRole() {
        return jobRole;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
