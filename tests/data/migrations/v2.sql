-- Version 2 added the stakeholder register.
INSERT INTO institution (id, name, name_key, kind, region_code)
    VALUES (1, 'Kantor Camat Lubuk Besar', 'kantor camat lubuk besar', 'district_office', '19.04.06');
INSERT INTO person (id, core_name, name_key, prefix_titles, suffix_titles, full_name, gender, category)
    VALUES (1, 'Sahabudin', 'sahabudin', 'H.', 'S.Sos.', 'H. Sahabudin, S.Sos.', 'male', 'government');
INSERT INTO person_phone (person_id, number) VALUES (1, '+6281271000001');
INSERT INTO position (person_id, institution_id, title, title_key, start_date)
    VALUES (1, 1, 'Sekretaris Camat', 'sekretaris camat', '2021-01-04');
