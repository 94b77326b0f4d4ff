-- A community trust: directorates, services and locations (reference data, not demo data)
insert into directorate (id, name) values
    (1, 'Adult Community Services'),
    (2, 'Children and Families'),
    (3, 'Mental Health'),
    (4, 'Specialist Services');

insert into care_service (id, directorate_id, name) values
    (11, 1, 'District Nursing'),
    (12, 1, 'Community Hospitals'),
    (13, 1, 'Podiatry'),
    (14, 1, 'Community Therapy'),
    (21, 2, 'Health Visiting'),
    (22, 2, 'School Nursing'),
    (23, 2, 'Children''s Community Nursing'),
    (31, 3, 'Community Mental Health Team'),
    (32, 3, 'Inpatient Mental Health'),
    (33, 3, 'Crisis Resolution and Home Treatment'),
    (41, 4, 'Tissue Viability'),
    (42, 4, 'Sexual Health'),
    (43, 4, 'Dental Services');

insert into location (id, code, name, service_id) values
    (101, 'LOC-DN-NORTH', 'District Nursing North Team', 11),
    (102, 'LOC-DN-SOUTH', 'District Nursing South Team', 11),
    (103, 'LOC-DN-EAST', 'District Nursing East Team', 11),
    (104, 'LOC-CH-RIVERSIDE', 'Riverside Community Hospital, Oak Ward', 12),
    (105, 'LOC-CH-HILLTOP', 'Hilltop Community Hospital, Beech Ward', 12),
    (106, 'LOC-POD-CENTRAL', 'Central Podiatry Clinic', 13),
    (107, 'LOC-THER-WEST', 'West Community Therapy Team', 14),
    (201, 'LOC-HV-NORTH', 'Health Visiting North Team', 21),
    (202, 'LOC-HV-SOUTH', 'Health Visiting South Team', 21),
    (203, 'LOC-SN-CITY', 'School Nursing City Team', 22),
    (204, 'LOC-CCN-HUB', 'Children''s Community Nursing Hub', 23),
    (301, 'LOC-CMHT-NORTH', 'Community Mental Health Team North', 31),
    (302, 'LOC-CMHT-SOUTH', 'Community Mental Health Team South', 31),
    (303, 'LOC-IMH-WILLOW', 'Willow Ward (Adult Acute Inpatient)', 32),
    (304, 'LOC-IMH-ASH', 'Ash Ward (Older Adult Inpatient)', 32),
    (305, 'LOC-CRHT-BASE', 'Crisis Resolution and Home Treatment Team', 33),
    (401, 'LOC-TV-CLINIC', 'Tissue Viability Clinic', 41),
    (402, 'LOC-SH-CENTRAL', 'Central Sexual Health Clinic', 42),
    (403, 'LOC-DENT-SPECIAL', 'Special Care Dental Service', 43),
    (404, 'LOC-DENT-MOBILE', 'Mobile Dental Unit', 43);

-- LFPSE v5 mappings: agent-type-5 (4 medications, 3 devices) and healthcare-process-5
insert into event_category (id, code, display, hint, lfpse_system, lfpse_code, sort_order) values
    (1, 'pressure-ulcer', 'Pressure ulcer', 'New or worsening pressure damage', 'healthcare-process-5', '6', 10),
    (2, 'fall', 'Fall', 'A slip, trip or fall, with or without injury', null, null, 20),
    (3, 'medication', 'Medication', 'Prescribing, supply, storage or administration of medicines', 'agent-type-5', '4', 30),
    (4, 'deterioration', 'Deterioration', 'Physical deterioration not recognised or acted on', 'healthcare-process-5', '7', 40),
    (5, 'self-harm', 'Self-harm', 'Self-harm or suicide attempt', null, null, 50),
    (6, 'infection', 'Infection prevention and control', 'Healthcare associated infection or IPC practice', null, null, 60),
    (7, 'communication-handover', 'Communication or handover', 'Information not shared or handed over', 'healthcare-process-5', '8', 70),
    (8, 'discharge-transfer', 'Discharge or transfer', 'Problems with discharge or moves between services', 'healthcare-process-5', '9', 80),
    (9, 'equipment-device', 'Equipment or medical device', 'Equipment missing, faulty or used wrongly', 'agent-type-5', '3', 90),
    (10, 'documentation', 'Documentation', 'Records missing, wrong or late', null, null, 100),
    (11, 'access-delay', 'Access, admission or delay', 'Delay or difficulty getting care', 'healthcare-process-5', '1', 110),
    (12, 'treatment-procedure', 'Treatment or procedure', 'Problems with a treatment, procedure or care given', 'healthcare-process-5', '6', 120),
    (13, 'violence-aggression', 'Violence or aggression', 'Abuse, violence or aggression to or from anyone', null, null, 130),
    (14, 'safeguarding', 'Safeguarding', 'A concern that someone is at risk of abuse or neglect', null, null, 140),
    (15, 'other', 'Other', 'Anything else', null, null, 150);
