-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0009: who came to each activity, counted as the attendance is written. The
-- yearly recap summed every attendance row of the year by gender at each print
-- (100,000 people, 20,000 activities: 40,722 rows, 7 ms and 100 M instructions
-- of a 52 ms recap); it now reads one row per done activity. The triggers below
-- keep the counts; `sisambang-cli check` compares them with the rows. An
-- invited participant counts with the invitation's gender, a walk-in with their
-- own, as the recaps always counted. Never edit this file once it has landed.
CREATE TABLE activity_turnout (
    activity_id INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    total       INTEGER NOT NULL CHECK (total >= 0),
    male        INTEGER NOT NULL CHECK (male >= 0),
    female      INTEGER NOT NULL CHECK (female >= 0)
);

-- The same counts read from the rows: filling the table, counting one activity
-- afresh in the triggers below, and the check.
CREATE VIEW activity_turnout_counted AS
SELECT activity_id, count(*) AS total, sum(gender IS 'male') AS male,
       sum(gender IS 'female') AS female
  FROM (SELECT t.activity_id,
               CASE WHEN t.invitee_id IS NULL THEN t.gender ELSE v.gender END AS gender
          FROM activity_attendance t LEFT JOIN activity_invitee v ON v.id = t.invitee_id)
 GROUP BY activity_id;

INSERT INTO activity_turnout (activity_id, total, male, female)
SELECT activity_id, total, male, female FROM activity_turnout_counted;

-- A new row adds one; the bulk of all writes (a sheet entered, an import).
CREATE TRIGGER activity_turnout_after_insert AFTER INSERT ON activity_attendance
BEGIN
    INSERT INTO activity_turnout (activity_id, total, male, female)
    SELECT NEW.activity_id, 1, g IS 'male', g IS 'female'
      FROM (SELECT CASE WHEN NEW.invitee_id IS NULL THEN NEW.gender
                        ELSE (SELECT gender FROM activity_invitee WHERE id = NEW.invitee_id)
                   END AS g)
     WHERE true
    ON CONFLICT (activity_id) DO UPDATE SET total = total + 1, male = male + excluded.male,
                                            female = female + excluded.female;
END;

-- A walk-in carries their own gender: take one off.
CREATE TRIGGER activity_turnout_after_walk_in_delete AFTER DELETE ON activity_attendance
WHEN OLD.invitee_id IS NULL
BEGIN
    UPDATE activity_turnout
       SET total = total - 1, male = male - (OLD.gender IS 'male'),
           female = female - (OLD.gender IS 'female')
     WHERE activity_id = OLD.activity_id;
END;

-- Counted afresh below: an invited row's gender is the invitation's, which may
-- already be gone (a removed invitation takes its attendance along). Always an
-- UPDATE of an existing count, so a removed activity's count is not written
-- back; the aggregate over at most one row gives zeros when none is left.
CREATE TRIGGER activity_turnout_after_invited_delete AFTER DELETE ON activity_attendance
WHEN OLD.invitee_id IS NOT NULL
BEGIN
    UPDATE activity_turnout
       SET (total, male, female) = (SELECT ifnull(sum(total), 0), ifnull(sum(male), 0),
                                           ifnull(sum(female), 0)
                                      FROM activity_turnout_counted
                                     WHERE activity_id = OLD.activity_id)
     WHERE activity_id = OLD.activity_id;
END;

-- A row changed (its gender, invitation or activity): its activity counted afresh.
CREATE TRIGGER activity_turnout_after_update AFTER UPDATE OF activity_id, invitee_id, gender
ON activity_attendance
BEGIN
    INSERT INTO activity_turnout (activity_id, total, male, female)
    SELECT activity_id, total, male, female FROM activity_turnout_counted
     WHERE activity_id = NEW.activity_id
    ON CONFLICT (activity_id) DO UPDATE SET total = excluded.total, male = excluded.male,
                                            female = excluded.female;
END;

-- And the activity it was moved from, as after a removal.
CREATE TRIGGER activity_turnout_after_move AFTER UPDATE OF activity_id ON activity_attendance
WHEN OLD.activity_id IS NOT NEW.activity_id
BEGIN
    UPDATE activity_turnout
       SET (total, male, female) = (SELECT ifnull(sum(total), 0), ifnull(sum(male), 0),
                                           ifnull(sum(female), 0)
                                      FROM activity_turnout_counted
                                     WHERE activity_id = OLD.activity_id)
     WHERE activity_id = OLD.activity_id;
END;

-- An invitation's gender corrected: the activities its attendance is in.
CREATE TRIGGER activity_turnout_after_invitee_gender AFTER UPDATE OF gender ON activity_invitee
BEGIN
    UPDATE activity_turnout
       SET (total, male, female) = (SELECT ifnull(sum(c.total), 0), ifnull(sum(c.male), 0),
                                           ifnull(sum(c.female), 0)
                                      FROM activity_turnout_counted c
                                     WHERE c.activity_id = activity_turnout.activity_id)
     WHERE activity_id IN (SELECT activity_id FROM activity_attendance WHERE invitee_id = NEW.id);
END;
