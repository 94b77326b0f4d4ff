package uk.nhs.psirf.investigation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** An account taken from someone involved: their role, optionally their name, when it was taken and what they said. */
@Embeddable
public class FirstHandAccount {
    @Column(nullable = false, length = 200)
    private String role;

    @Column(length = 200)
    private String name;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(nullable = false, length = 10000)
    private String account;

    protected FirstHandAccount() {
    }

    public FirstHandAccount(String role, String name, LocalDate takenOn, String account) {
        this.role = role;
        this.name = name;
        this.takenOn = takenOn;
        this.account = account;
    }

    public String role() {
        return role;
    }

    public String name() {
        return name;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public String account() {
        return account;
    }
}
