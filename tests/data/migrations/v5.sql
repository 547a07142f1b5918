-- Version 5 added agreements (MoU) with parties, covered desa and articles.
INSERT INTO agreement (id, title, programme, signed_on, place, valid_from, valid_until, status)
    VALUES (1, 'Sambang Pengawasan di Kecamatan Lubuk Besar', 'Sambang Pengawasan', '2023-02-20',
            'Lubuk Besar', '2023-02-20', '2025-02-19', 'signed');
INSERT INTO agreement_party (agreement_id, ordinal, institution_id, letter_number,
                             signatory_person_id, signatory_name, signatory_jabatan)
    VALUES (1, 2, 1, '100/12/LB/2023', 1, 'H. Sahabudin, S.Sos.', 'Sekretaris Camat');
INSERT INTO agreement_village (agreement_id, region_code) VALUES (1, '19.04.06.2001'), (1, '19.04.06.2003');
INSERT INTO agreement_article (agreement_id, ordinal, heading, body)
    VALUES (1, 1, 'MAKSUD DAN TUJUAN', 'Landasan kerja sama.');
