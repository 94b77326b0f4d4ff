package uk.nhs.psirf.reference;

/** The LFPSE v5 code systems a report uses, with their exact national displays (reference/lfpse-v5). */
public final class Lfpse {
    public static final CodeList PHYSICAL_HARM = CodeList.of("level-of-physical-harm-5")
            .add(5, "No physical harm")
            .add(4, "Low physical harm")
            .add(3, "Moderate physical harm")
            .add(2, "Severe physical harm")
            .add(1, "Fatal")
            .build();

    public static final CodeList PSYCHOLOGICAL_HARM = CodeList.of("level-of-psychological-harm-5")
            .add(4, "No psychological harm")
            .add(3, "Low psychological harm")
            .add(2, "Moderate psychological harm")
            .add(1, "Severe psychological harm")
            .build();

    public static final CodeList AGE_BRACKETS = CodeList.of("age-brackets-5")
            .add(1, "0-14 days")
            .add(2, "15-28 days")
            .add(3, "1-11 months")
            .add(4, "1-4 years")
            .add(5, "5-9 years")
            .add(6, "10-15 years")
            .add(7, "16 and 17 years")
            .add(8, "18-25 years")
            .add(9, "26-45 years")
            .add(10, "46-65 years")
            .add(11, "66-85 years")
            .add(12, "85+ years")
            .build();

    public static final CodeList GENDERS = CodeList.of("gender-5")
            .add(1, "Female")
            .add(2, "Male")
            .add(3, "I don't know")
            .add(4, "Withheld, not specified or other")
            .build();

    public static final CodeList ETHNICITIES = CodeList.of("ethnicity-5")
            .add(11, "English, Welsh, Scottish, Northern Irish or British")
            .add(12, "Irish")
            .add(13, "Any other White background")
            .add(21, "White and Black Caribbean")
            .add(22, "White and Black African")
            .add(23, "White and Asian")
            .add(24, "Any other mixed or multiple ethnic background")
            .add(31, "Indian")
            .add(32, "Pakistani")
            .add(33, "Bangladeshi")
            .add(34, "Chinese")
            .add(35, "Any other Asian background")
            .add(41, "African")
            .add(42, "Caribbean")
            .add(43, "Any other Black, African or Caribbean background")
            .add(51, "Any other ethnic group")
            .add(52, "I don't know")
            .build();

    public static final CodeList STAFF_TYPES = CodeList.of("staff-type-5")
            .add(1, "Additional clinical services staff, including ambulance services and pharmacy")
            .add(2, "Additional professional, scientific and technical staff, including social care")
            .add(3, "Allied health professional")
            .add(4, "Doctor or dentist")
            .add(5, "Nurse or midwife")
            .add(6, "Administrative and clerical staff")
            .add(7, "Estates and ancillary staff")
            .add(8, "Supplementary roles, including voluntary services")
            .add(9, "Other")
            .build();

    private Lfpse() {
    }
}
