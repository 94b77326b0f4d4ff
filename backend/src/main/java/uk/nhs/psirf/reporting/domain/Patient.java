package uk.nhs.psirf.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The patient on a report; everything but the demographic codes is patient-identifiable. */
@Embeddable
public class Patient {
    @Column(name = "patient_name", length = 200)
    private String name;

    @Column(name = "patient_nhs_number", length = 10)
    private String nhsNumber;

    @Column(name = "patient_date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "patient_address", length = 500)
    private String address;

    @Column(name = "patient_age_bracket")
    private Integer ageBracket;

    @Column(name = "patient_gender")
    private Integer gender;

    @Column(name = "patient_ethnicity")
    private Integer ethnicity;

    protected Patient() {
    }

    public Patient(String name, String nhsNumber, LocalDate dateOfBirth, String address, Integer ageBracket,
                   Integer gender, Integer ethnicity) {
        this.name = name;
        this.nhsNumber = nhsNumber;
        this.dateOfBirth = dateOfBirth;
        this.address = address;
        this.ageBracket = ageBracket;
        this.gender = gender;
        this.ethnicity = ethnicity;
    }

    public String name() {
        return name;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String address() {
        return address;
    }

    public Integer ageBracket() {
        return ageBracket;
    }

    public Integer gender() {
        return gender;
    }

    public Integer ethnicity() {
        return ethnicity;
    }
}
