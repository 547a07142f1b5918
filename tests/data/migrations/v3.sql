-- Version 3 added letter numbers.
INSERT INTO letter_number (classification, year, seq, suffix, number, dated, subject)
    VALUES ('PM.04', 2023, 1, 0, '001/PM.04/K.BB-04/02/2023', '2023-02-20', 'MoU Kecamatan Lubuk Besar');
