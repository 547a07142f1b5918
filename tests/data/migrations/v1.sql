-- Data an office had at schema version 1: its profile, an extra holiday.
INSERT INTO setting (key, value) VALUES ('office.region', '19.04'),
    ('office.name', 'Bawaslu Kabupaten Bangka Tengah'),
    ('office.secretary.name', 'Win Iskandar'),
    ('document.paper', 'F4');
INSERT INTO holiday (date, description, kind) VALUES ('2027-01-01', 'Tahun Baru 2027', 'national');
