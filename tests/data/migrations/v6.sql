-- Version 6 added activities: a plan, a done rapat koordinasi with its officer,
-- a planned visit moved once, and an accepted clash.
INSERT INTO schedule_plan (id, agreement_id, date_from, date_to, per_day, visits_per_desa)
    VALUES (1, 1, '2023-03-06', '2023-03-31', 2, 1);
INSERT INTO activity (id, kind, agreement_id, region_code, title, venue, date, start_time,
                      end_time, topic, status, host_institution_id)
    VALUES (1, 'coordination_meeting', 1, '19.04.06', 'Rapat Koordinasi Sambang Pengawasan',
            'Gedung Serba Guna Kecamatan Lubuk Besar', '2023-02-20', '09:00', '12:00',
            'Netralitas aparatur desa', 'done', 1);
INSERT INTO activity_officer (activity_id, person_id, role, ordinal) VALUES (1, 1, 'speaker', 1);
INSERT INTO activity (id, kind, agreement_id, plan_id, region_code, date, status, version)
    VALUES (2, 'village_visit', 1, 1, '19.04.06.2003', '2023-03-08', 'planned', 2);
INSERT INTO activity_reschedule (activity_id, old_date, old_start, old_end, new_date, new_start,
                                 new_end, reason, operator)
    VALUES (2, '2023-03-07', '09:00', '12:00', '2023-03-08', '09:00', '12:00',
            'Kepala desa dinas luar', 'uji');
INSERT INTO activity_clash_acceptance (activity_id, rule, reason, operator)
    VALUES (2, 'same_village_same_day', 'Dua acara berbeda', 'uji');
