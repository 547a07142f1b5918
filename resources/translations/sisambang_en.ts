<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityCommands</name>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>&amp;Postpone</translation>
    </message>
    <message>
        <source>Ca&amp;ncel activity</source>
        <translation>Ca&amp;ncel activity</translation>
    </message>
    <message>
        <source>Back to p&amp;lanned</source>
        <translation>Back to p&amp;lanned</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Someone else changed this activity in the meantime. The schedule shows it as it is now; try again if still needed.</source>
        <translation>Someone else changed this activity in the meantime. The schedule shows it as it is now; try again if still needed.</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>Cancel activity</translation>
    </message>
    <message>
        <source>Cancel the activity in %1 on %2? It stays in the schedule, struck through.</source>
        <translation>Cancel the activity in %1 on %2? It stays in the schedule, struck through.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>A done or cancelled activity keeps its date. Set it back to planned first.</source>
        <translation>A done or cancelled activity keeps its date. Set it back to planned first.</translation>
    </message>
    <message>
        <source>Accept clash</source>
        <translation>Accept clash</translation>
    </message>
    <message>
        <source>This activity has no clash waiting to be accepted.</source>
        <translation>This activity has no clash waiting to be accepted.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Only a planned activity can be deleted; cancel it instead, so that the record stays.</source>
        <translation>Only a planned activity can be deleted; cancel it instead, so that the record stays.</translation>
    </message>
    <message>
        <source>Delete the activity in %1 on %2? Use this only for an activity entered by mistake.</source>
        <translation>Delete the activity in %1 on %2? Use this only for an activity entered by mistake.</translation>
    </message>
</context>
<context>
    <name>ActivityImport</name>
    <message>
        <source>nobody named &quot;%1&quot; is in the register</source>
        <translation>nobody named &quot;%1&quot; is in the register</translation>
    </message>
    <message>
        <source>%1 people in the register are named &quot;%2&quot;</source>
        <translation>%1 people in the register are named &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Set up the office (its kabupaten/kota) before importing a schedule.</source>
        <translation>Set up the office (its kabupaten/kota) before importing a schedule.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first row must name the columns; missing: %1 (expected tanggal, jam, kecamatan, desa, kegiatan, tempat, petugas).</source>
        <translation>The first row must name the columns; missing: %1 (expected tanggal, jam, kecamatan, desa, kegiatan, tempat, petugas).</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2023-03-06 or 6 Maret 2023)</source>
        <translation>&quot;%1&quot; is not a date (write 2023-03-06 or 6 Maret 2023)</translation>
    </message>
    <message>
        <source>the time is missing</source>
        <translation>the time is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (write 09.00-12.00)</source>
        <translation>&quot;%1&quot; is not a time (write 09.00-12.00)</translation>
    </message>
    <message>
        <source>%1 is not a kecamatan or kelurahan/desa</source>
        <translation>%1 is not a kecamatan or kelurahan/desa</translation>
    </message>
    <message>
        <source>the kecamatan is missing</source>
        <translation>the kecamatan is missing</translation>
    </message>
    <message>
        <source>the activity is missing (e.g. Sambang Desa)</source>
        <translation>the activity is missing (e.g. Sambang Desa)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (Direncanakan, Selesai, Ditunda or Dibatalkan)</source>
        <translation>&quot;%1&quot; is not a status (Direncanakan, Selesai, Ditunda or Dibatalkan)</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 is named twice</translation>
    </message>
    <message>
        <source>already in the schedule (activity %1)</source>
        <translation>already in the schedule (activity %1)</translation>
    </message>
    <message>
        <source>repeats row %1</source>
        <translation>repeats row %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported.</source>
        <translation><numerusform>%n row(s) have errors; nothing was imported.</numerusform><numerusform>%n row(s) have errors; nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>done without attendance: record who came on the Kegiatan page</source>
        <translation>done without attendance: record who came on the Kegiatan page</translation>
    </message>
</context>
<context>
    <name>ActivityPrinter</name>
    <message>
        <source>Nobody is invited yet: choose the participants on the Participants tab first.</source>
        <translation>Nobody is invited yet: choose the participants on the Participants tab first.</translation>
    </message>
    <message>
        <source>The minutes of this activity are not written yet: fill them in on the Minutes tab and save them first.</source>
        <translation>The minutes of this activity are not written yet: fill them in on the Minutes tab and save them first.</translation>
    </message>
    <message>
        <source>Unknown document.</source>
        <translation>Unknown document.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument text (*.odt)</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>There is no activity with id %1.</source>
        <translation>There is no activity with id %1.</translation>
    </message>
    <message>
        <source>Choose the kelurahan/desa or kecamatan.</source>
        <translation>Choose the kelurahan/desa or kecamatan.</translation>
    </message>
    <message>
        <source>The region %1 does not exist.</source>
        <translation>The region %1 does not exist.</translation>
    </message>
    <message>
        <source>An activity takes place in a kelurahan/desa or a kecamatan, not in %1.</source>
        <translation>An activity takes place in a kelurahan/desa or a kecamatan, not in %1.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <source>Start and end time are required.</source>
        <translation>Start and end time are required.</translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation>The activity must end after it starts.</translation>
    </message>
    <message>
        <source>There is no agreement with id %1.</source>
        <translation>There is no agreement with id %1.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>%1 is named twice as an officer.</source>
        <translation>%1 is named twice as an officer.</translation>
    </message>
    <message>
        <source>Activity on %1 in %2</source>
        <translation>Activity on %1 in %2</translation>
    </message>
    <message>
        <source>Move an activity to another date or time with Reschedule, so that the move and its reason are kept.</source>
        <translation>Move an activity to another date or time with Reschedule, so that the move and its reason are kept.</translation>
    </message>
    <message>
        <source>Change an activity&apos;s status with its own command.</source>
        <translation>Change an activity&apos;s status with its own command.</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>Activity changed</translation>
    </message>
    <message>
        <source>Give the reason for the new date.</source>
        <translation>Give the reason for the new date.</translation>
    </message>
    <message>
        <source>The new date needs a start and an end time, the end after the start.</source>
        <translation>The new date needs a start and an end time, the end after the start.</translation>
    </message>
    <message>
        <source>A done or cancelled activity cannot be moved.</source>
        <translation>A done or cancelled activity cannot be moved.</translation>
    </message>
    <message>
        <source>The new date and time are the same as the old ones.</source>
        <translation>The new date and time are the same as the old ones.</translation>
    </message>
    <message>
        <source>Activity moved from %1 to %2: %3</source>
        <translation>Activity moved from %1 to %2: %3</translation>
    </message>
    <message>
        <source>An activity that is %1 cannot become %2.</source>
        <translation>An activity that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>Activity %1 -&gt; %2</source>
        <translation>Activity %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Only a planned activity can be removed; cancel it instead.</source>
        <translation>Only a planned activity can be removed; cancel it instead.</translation>
    </message>
    <message>
        <source>Activity removed</source>
        <translation>Activity removed</translation>
    </message>
    <message>
        <source>Record who came before marking the activity done: tick the invited participants who attended or add the walk-ins.</source>
        <translation>Record who came before marking the activity done: tick the invited participants who attended or add the walk-ins.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>There is no agreement with id %1.</source>
        <translation>There is no agreement with id %1.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>The agreement cannot end before it starts.</translation>
    </message>
    <message>
        <source>Party %1 needs an institution.</source>
        <translation>Party %1 needs an institution.</translation>
    </message>
    <message>
        <source>Each party needs its own position number, starting at 1.</source>
        <translation>Each party needs its own position number, starting at 1.</translation>
    </message>
    <message>
        <source>%1 is not a kelurahan/desa code.</source>
        <translation>%1 is not a kelurahan/desa code.</translation>
    </message>
    <message>
        <source>The signing date is missing.</source>
        <translation>The signing date is missing.</translation>
    </message>
    <message>
        <source>Party %1 is missing.</source>
        <translation>Party %1 is missing.</translation>
    </message>
    <message>
        <source>Party %1 (%2) has no signatory.</source>
        <translation>Party %1 (%2) has no signatory.</translation>
    </message>
    <message>
        <source>Party %1 (%2) has no letter number.</source>
        <translation>Party %1 (%2) has no letter number.</translation>
    </message>
    <message>
        <source>The agreement was changed elsewhere; reload it first.</source>
        <translation>The agreement was changed elsewhere; reload it first.</translation>
    </message>
    <message>
        <source>An agreement that is %1 cannot become %2.</source>
        <translation>An agreement that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet: %1</source>
        <translation>The agreement cannot be signed yet: %1</translation>
    </message>
    <message>
        <source>The agreement has no first party to number.</source>
        <translation>The agreement has no first party to number.</translation>
    </message>
    <message>
        <source>The office already has number %1 for this agreement.</source>
        <translation>The office already has number %1 for this agreement.</translation>
    </message>
</context>
<context>
    <name>AgreementTemplates</name>
    <message>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>Cannot copy %1 into %2.</translation>
    </message>
    <message>
        <source>The attachment path &quot;%1&quot; leaves the attachment folder.</source>
        <translation>The attachment path &quot;%1&quot; leaves the attachment folder.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceRepository</name>
    <message>
        <source>There is no invited participant number %1.</source>
        <translation>There is no invited participant number %1.</translation>
    </message>
    <message>
        <source>%1 (number %2) came to activity %3</source>
        <translation>%1 (number %2) came to activity %3</translation>
    </message>
    <message>
        <source>%1 (number %2) unticked at activity %3</source>
        <translation>%1 (number %2) unticked at activity %3</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>A walk-in needs a name.</translation>
    </message>
    <message>
        <source>Row numbers start at 1.</source>
        <translation>Row numbers start at 1.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet is already taken.</source>
        <translation>Row %1 of the sheet is already taken.</translation>
    </message>
    <message>
        <source>Walk-in %1 (number %2) at activity %3</source>
        <translation>Walk-in %1 (number %2) at activity %3</translation>
    </message>
    <message>
        <source>There is no attendance record with id %1.</source>
        <translation>There is no attendance record with id %1.</translation>
    </message>
    <message>
        <source>An invited participant is unticked, not removed.</source>
        <translation>An invited participant is unticked, not removed.</translation>
    </message>
    <message>
        <source>Walk-in %1 removed</source>
        <translation>Walk-in %1 removed</translation>
    </message>
    <message>
        <source>Only a walk-in can be added to the register from here.</source>
        <translation>Only a walk-in can be added to the register from here.</translation>
    </message>
    <message>
        <source>This walk-in is already in the register.</source>
        <translation>This walk-in is already in the register.</translation>
    </message>
    <message>
        <source>Came to activity %1 on %2 without an invitation.</source>
        <translation>Came to activity %1 on %2 without an invitation.</translation>
    </message>
    <message>
        <source>Institution %1 added for a walk-in</source>
        <translation>Institution %1 added for a walk-in</translation>
    </message>
    <message>
        <source>Walk-in %1 added to the register</source>
        <translation>Walk-in %1 added to the register</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot write %1 into the backup.</source>
        <translation>Cannot write %1 into the backup.</translation>
    </message>
    <message>
        <source>This file is not a SiSambang backup (its manifest is missing or foreign).</source>
        <translation>This file is not a SiSambang backup (its manifest is missing or foreign).</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>%1 is not a SiSambang backup (not a readable zip archive).</source>
        <translation>%1 is not a SiSambang backup (not a readable zip archive).</translation>
    </message>
    <message>
        <source>%1 holds too many files to be a backup.</source>
        <translation>%1 holds too many files to be a backup.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than a backup can hold; it was refused.</source>
        <translation>%1 unpacks to more than a backup can hold; it was refused.</translation>
    </message>
    <message>
        <source>%1 is not a SiSambang backup (manifest or database missing).</source>
        <translation>%1 is not a SiSambang backup (manifest or database missing).</translation>
    </message>
    <message>
        <source>%1 holds a file outside its folders (%2); it was refused.</source>
        <translation>%1 holds a file outside its folders (%2); it was refused.</translation>
    </message>
    <message>
        <source>%1 holds an unexpected file %2; it was refused.</source>
        <translation>%1 holds an unexpected file %2; it was refused.</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2.</source>
        <translation>Cannot read %1 in %2.</translation>
    </message>
    <message>
        <source>The manifest of %1 is too large.</source>
        <translation>The manifest of %1 is too large.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 is larger than declared).</source>
        <translation>%1 is damaged (%2 is larger than declared).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 is damaged: %2 cannot be unpacked.</translation>
    </message>
    <message>
        <source>%1 is damaged: the checksum of %2 does not match.</source>
        <translation>%1 is damaged: the checksum of %2 does not match.</translation>
    </message>
    <message>
        <source>The database in %1 cannot be read: %2</source>
        <translation>The database in %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The database in %1 is not a SiSambang database.</source>
        <translation>The database in %1 is not a SiSambang database.</translation>
    </message>
    <message>
        <source>%1 was made by a newer SiSambang (schema %2, this program knows up to %3).</source>
        <translation>%1 was made by a newer SiSambang (schema %2, this program knows up to %3).</translation>
    </message>
    <message>
        <source>The database in %1 is damaged: %2</source>
        <translation>The database in %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot write a backup into %1: the folder is missing or read-only.</source>
        <translation>Cannot write a backup into %1: the folder is missing or read-only.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the database: %1</source>
        <translation>Cannot take a snapshot of the database: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>Cannot finish writing %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check the backup.</source>
        <translation>Cannot create a temporary folder to check the backup.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>Cannot write in %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; is SiSambang still running on it?</source>
        <translation>Cannot move %1 aside; is SiSambang still running on it?</translation>
    </message>
    <message>
        <source>Cannot move the current database aside; nothing was changed.</source>
        <translation>Cannot move the current database aside; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot move the current attachments aside; nothing was changed.</source>
        <translation>Cannot move the current attachments aside; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place; the current one was kept.</source>
        <translation>Cannot put the restored database in place; the current one was kept.</translation>
    </message>
    <message>
        <source>Cannot finish writing the backup.</source>
        <translation>Cannot finish writing the backup.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Schema version %1, expected %2.</translation>
    </message>
    <message>
        <source>The region table is empty.</source>
        <translation>The region table is empty.</translation>
    </message>
    <message>
        <source>Photo %1 of activity %2: %3</source>
        <translation>Photo %1 of activity %2: %3</translation>
    </message>
    <message>
        <source>Photo %1 of activity %2: the file %3 is missing.</source>
        <translation>Photo %1 of activity %2: the file %3 is missing.</translation>
    </message>
    <message>
        <source>Activity %1: the count of who came does not match its attendance list.</source>
        <translation>Activity %1: the count of who came does not match its attendance list.</translation>
    </message>
</context>
<context>
    <name>ClashDetector</name>
    <message>
        <source>%1 in %2 falls on a Saturday.</source>
        <translation>%1 in %2 falls on a Saturday.</translation>
    </message>
    <message>
        <source>%1 in %2 falls on a Sunday.</source>
        <translation>%1 in %2 falls on a Sunday.</translation>
    </message>
    <message>
        <source>%1 in %2 falls on a holiday: %3.</source>
        <translation>%1 in %2 falls on a holiday: %3.</translation>
    </message>
    <message>
        <source>%1 in %2 is outside the validity of its agreement (%3 to %4).</source>
        <translation>%1 in %2 is outside the validity of its agreement (%3 to %4).</translation>
    </message>
    <message>
        <source>%1 is not covered by the agreement of the activity on %2.</source>
        <translation>%1 is not covered by the agreement of the activity on %2.</translation>
    </message>
    <message>
        <source>Two activities in %1 on %2.</source>
        <translation>Two activities in %1 on %2.</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>officer %1</translation>
    </message>
    <message>
        <source>%1 would be in two places at once on %2: %3 and %4.</source>
        <translation>%1 would be in two places at once on %2: %3 and %4.</translation>
    </message>
    <message>
        <source>Give the reason for accepting the clash.</source>
        <translation>Give the reason for accepting the clash.</translation>
    </message>
    <message>
        <source>This clash is between two activities: name the other one.</source>
        <translation>This clash is between two activities: name the other one.</translation>
    </message>
    <message>
        <source>This clash concerns one activity only.</source>
        <translation>This clash concerns one activity only.</translation>
    </message>
    <message>
        <source>Activity %1 has no such clash to accept.</source>
        <translation>Activity %1 has no such clash to accept.</translation>
    </message>
    <message>
        <source>This clash was accepted already: %1</source>
        <translation>This clash was accepted already: %1</translation>
    </message>
    <message>
        <source>Clash accepted (%1): %2</source>
        <translation>Clash accepted (%1): %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is read-only.</source>
        <translation>Cannot create a database in %1: the folder is read-only.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SiSambang database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 is not a SiSambang database (it is not an SQLite file). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the file or its folder is read-only.</source>
        <translation>%1 cannot be opened for writing: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (QSQLITE).</source>
        <translation>The SQLite driver for Qt is not installed (QSQLITE).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a SiSambang database. It was left untouched.</source>
        <translation>%1 is an SQLite database of another program, not a SiSambang database. It was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SiSambang (schema version %2; this program knows up to %3). Install the newer SiSambang to open it; the file was left untouched.</source>
        <translation>%1 was written by a newer SiSambang (schema version %2; this program knows up to %3). Install the newer SiSambang to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but no backup could be written first, so it was left untouched: %1</source>
        <translation>The database needs an upgrade, but no backup could be written first, so it was left untouched: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo needs a new, empty database; this one is already set up for an office.</source>
        <translation>The demo needs a new, empty database; this one is already set up for an office.</translation>
    </message>
    <message>
        <source>The demo&apos;s kecamatan are missing from the region table.</source>
        <translation>The demo&apos;s kecamatan are missing from the region table.</translation>
    </message>
    <message>
        <source>The demo register lacks %1.</source>
        <translation>The demo register lacks %1.</translation>
    </message>
    <message>
        <source>The demo plan has no visit on 15 March 2023.</source>
        <translation>The demo plan has no visit on 15 March 2023.</translation>
    </message>
    <message>
        <source>The demo visit %1 has no officials to invite.</source>
        <translation>The demo visit %1 has no officials to invite.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Choose a file name ending in .%1.</source>
        <translation>Choose a file name ending in .%1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 exists already; choose another name.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 (same name, id %2)</source>
        <translation>%1 (same name, id %2)</translation>
    </message>
    <message>
        <source>%1 (same name in %2, id %3)</source>
        <translation>%1 (same name in %2, id %3)</translation>
    </message>
    <message>
        <source>%1 (same phone %2, id %3)</source>
        <translation>%1 (same phone %2, id %3)</translation>
    </message>
</context>
<context>
    <name>EmailAddresses</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: the @ is missing.</source>
        <translation>&quot;%1&quot; is not an e-mail address: the @ is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>There is no follow-up item with id %1.</source>
        <translation>There is no follow-up item with id %1.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>Follow-up of activity %1 added</source>
        <translation>Follow-up of activity %1 added</translation>
    </message>
    <message>
        <source>Follow-up changed</source>
        <translation>Follow-up changed</translation>
    </message>
    <message>
        <source>The closing date is required.</source>
        <translation>The closing date is required.</translation>
    </message>
    <message>
        <source>This follow-up item is already closed.</source>
        <translation>This follow-up item is already closed.</translation>
    </message>
    <message>
        <source>A follow-up item cannot be closed before its activity.</source>
        <translation>A follow-up item cannot be closed before its activity.</translation>
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation>Follow-up closed</translation>
    </message>
    <message>
        <source>This follow-up item is open.</source>
        <translation>This follow-up item is open.</translation>
    </message>
    <message>
        <source>Follow-up reopened</source>
        <translation>Follow-up reopened</translation>
    </message>
    <message>
        <source>Follow-up removed</source>
        <translation>Follow-up removed</translation>
    </message>
</context>
<context>
    <name>HolidayRepository</name>
    <message>
        <source>The holiday needs a valid date.</source>
        <translation>The holiday needs a valid date.</translation>
    </message>
    <message>
        <source>The holiday on %1 needs a description.</source>
        <translation>The holiday on %1 needs a description.</translation>
    </message>
    <message>
        <source>A holiday file must start with the header tanggal,keterangan,jenis.</source>
        <translation>A holiday file must start with the header tanggal,keterangan,jenis.</translation>
    </message>
    <message>
        <source>Line %1: expected tanggal, keterangan and jenis.</source>
        <translation>Line %1: expected tanggal, keterangan and jenis.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>Line %1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Line %1: jenis must be &quot;libur&quot; or &quot;cuti_bersama&quot;, not &quot;%2&quot;.</source>
        <translation>Line %1: jenis must be &quot;libur&quot; or &quot;cuti_bersama&quot;, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1: keterangan is empty.</source>
        <translation>Line %1: keterangan is empty.</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>There is no institution with id %1.</source>
        <translation>There is no institution with id %1.</translation>
    </message>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation>The institution&apos;s name is required.</translation>
    </message>
</context>
<context>
    <name>LetterNumbering</name>
    <message>
        <source>The number format must contain {seq} and {year}, or two letters could get the same number.</source>
        <translation>The number format must contain {seq} and {year}, or two letters could get the same number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a classification code such as PM or PM.04.</source>
        <translation>&quot;%1&quot; is not a classification code such as PM or PM.04.</translation>
    </message>
    <message>
        <source>The classification %1 needs a description.</source>
        <translation>The classification %1 needs a description.</translation>
    </message>
    <message>
        <source>A letter number needs the letter&apos;s date.</source>
        <translation>A letter number needs the letter&apos;s date.</translation>
    </message>
    <message>
        <source>There is no classification code %1; add it in Pengaturan first.</source>
        <translation>There is no classification code %1; add it in Pengaturan first.</translation>
    </message>
    <message>
        <source>The number %1 was already given; the number format probably lacks a part that tells letters apart.</source>
        <translation>The number %1 was already given; the number format probably lacks a part that tells letters apart.</translation>
    </message>
    <message>
        <source>The number %1 was never given.</source>
        <translation>The number %1 was never given.</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migration %1 is missing from the program.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Cannot read the schema version.</translation>
    </message>
</context>
<context>
    <name>MinutesRepository</name>
    <message>
        <source>Start and end time are required.</source>
        <translation>Start and end time are required.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>The meeting must end after it starts.</translation>
    </message>
    <message>
        <source>Point %1 has no text.</source>
        <translation>Point %1 has no text.</translation>
    </message>
    <message>
        <source>Someone else wrote minutes for this activity meanwhile.</source>
        <translation>Someone else wrote minutes for this activity meanwhile.</translation>
    </message>
    <message>
        <source>Someone else changed these minutes meanwhile; read them again.</source>
        <translation>Someone else changed these minutes meanwhile; read them again.</translation>
    </message>
    <message>
        <source>These minutes were removed meanwhile.</source>
        <translation>These minutes were removed meanwhile.</translation>
    </message>
    <message>
        <source>Minutes written</source>
        <translation>Minutes written</translation>
    </message>
    <message>
        <source>Minutes changed</source>
        <translation>Minutes changed</translation>
    </message>
    <message>
        <source>This activity has no minutes.</source>
        <translation>This activity has no minutes.</translation>
    </message>
    <message>
        <source>Minutes removed</source>
        <translation>Minutes removed</translation>
    </message>
</context>
<context>
    <name>MouPrinter</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>MoU print preview</source>
        <translation>MoU print preview</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the MoU</source>
        <translation>Export the MoU</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument text (*.odt)</translation>
    </message>
</context>
<context>
    <name>OfficeProfileStore</name>
    <message>
        <source>Choose the kabupaten/kota the office serves: %1</source>
        <translation>Choose the kabupaten/kota the office serves: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not a kabupaten/kota.</source>
        <translation>%1 (%2) is not a kabupaten/kota.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>A NIP holds digits only (18 digits for civil servants).</source>
        <translation>A NIP holds digits only (18 digits for civil servants).</translation>
    </message>
    <message>
        <source>Page margins are between 5 and 60 mm.</source>
        <translation>Page margins are between 5 and 60 mm.</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>There is no invited participant with id %1.</source>
        <translation>There is no invited participant with id %1.</translation>
    </message>
    <message>
        <source>Attendance has been recorded by the numbers of the printed sheet; the invitation list can only grow now.</source>
        <translation>Attendance has been recorded by the numbers of the printed sheet; the invitation list can only grow now.</translation>
    </message>
    <message>
        <source>%1 invited as number %2 to activity %3</source>
        <translation>%1 invited as number %2 to activity %3</translation>
    </message>
    <message>
        <source>This person is already invited.</source>
        <translation>This person is already invited.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>Position %1 is not held by this person.</source>
        <translation>Position %1 is not held by this person.</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>A guest needs a name.</translation>
    </message>
    <message>
        <source>The usual officials are those of a kelurahan/desa; this activity is for a whole kecamatan.</source>
        <translation>The usual officials are those of a kelurahan/desa; this activity is for a whole kecamatan.</translation>
    </message>
    <message>
        <source>%1 no longer invited to activity %2</source>
        <translation>%1 no longer invited to activity %2</translation>
    </message>
    <message>
        <source>The new order must name every invited participant once.</source>
        <translation>The new order must name every invited participant once.</translation>
    </message>
    <message>
        <source>Invited participants reordered</source>
        <translation>Invited participants reordered</translation>
    </message>
</context>
<context>
    <name>PersonMerge</name>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <source>Someone else changed one of the two people after you opened them. Reload both, then merge again.</source>
        <translation>Someone else changed one of the two people after you opened them. Reload both, then merge again.</translation>
    </message>
    <message>
        <source>%1.%2: %3 moved, %4 duplicates dropped</source>
        <translation>%1.%2: %3 moved, %4 duplicates dropped</translation>
    </message>
    <message>
        <source>%1 is still referenced after the merge: %2</source>
        <translation>%1 is still referenced after the merge: %2</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>A NIP has only digits.</source>
        <translation>A NIP has only digits.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it contains letters.</source>
        <translation>&quot;%1&quot; is not a phone number: it contains letters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: unexpected &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not a phone number: unexpected &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an Indonesian number (+62).</source>
        <translation>%1 is not an Indonesian number (+62).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it must start with 0, 62 or +62.</source>
        <translation>&quot;%1&quot; is not a phone number: it must start with 0, 62 or +62.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has one zero too many after the country code.</source>
        <translation>&quot;%1&quot; has one zero too many after the country code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a mobile number.</source>
        <translation>&quot;%1&quot; is too short for a mobile number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>&quot;%1&quot; is too short for a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a mobile number.</source>
        <translation>&quot;%1&quot; is too long for a mobile number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>&quot;%1&quot; is too long for a phone number.</translation>
    </message>
</context>
<context>
    <name>PhotoCodec</name>
    <message>
        <source>Cannot write the picture: %1</source>
        <translation>Cannot write the picture: %1</translation>
    </message>
    <message>
        <source>The file is not a JPEG or PNG picture.</source>
        <translation>The file is not a JPEG or PNG picture.</translation>
    </message>
    <message>
        <source>The picture is damaged or too large.</source>
        <translation>The picture is damaged or too large.</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>The picture cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>PhotoRepository</name>
    <message>
        <source>There is no photo with id %1.</source>
        <translation>There is no photo with id %1.</translation>
    </message>
    <message>
        <source>The photo was taken on %1, not on the day of the activity (%2). Is it the right photo?</source>
        <translation>The photo was taken on %1, not on the day of the activity (%2). Is it the right photo?</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>The photo is larger than %1 MB.</translation>
    </message>
    <message>
        <source>Photo %1 added to activity %2</source>
        <translation>Photo %1 added to activity %2</translation>
    </message>
    <message>
        <source>Photo caption changed</source>
        <translation>Photo caption changed</translation>
    </message>
    <message>
        <source>The new order must name every photo of the activity once.</source>
        <translation>The new order must name every photo of the activity once.</translation>
    </message>
    <message>
        <source>Photos reordered</source>
        <translation>Photos reordered</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Photo removed</translation>
    </message>
</context>
<context>
    <name>PositionRepository</name>
    <message>
        <source>There is no position with id %1.</source>
        <translation>There is no position with id %1.</translation>
    </message>
    <message>
        <source>The jabatan is required.</source>
        <translation>The jabatan is required.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <source>Choose the person who holds the position.</source>
        <translation>Choose the person who holds the position.</translation>
    </message>
    <message>
        <source>Choose the institution.</source>
        <translation>Choose the institution.</translation>
    </message>
    <message>
        <source>Give the last day in office.</source>
        <translation>Give the last day in office.</translation>
    </message>
    <message>
        <source>Give the date the successor takes office.</source>
        <translation>Give the date the successor takes office.</translation>
    </message>
    <message>
        <source>This position already ended on %1; only a current holder can be replaced.</source>
        <translation>This position already ended on %1; only a current holder can be replaced.</translation>
    </message>
    <message>
        <source>The successor must take office after %1, when the current holder started.</source>
        <translation>The successor must take office after %1, when the current holder started.</translation>
    </message>
    <message>
        <source>The successor is the current holder.</source>
        <translation>The successor is the current holder.</translation>
    </message>
</context>
<context>
    <name>QtMessages</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RecapBuilder</name>
    <message>
        <source>The recap needs a period whose end is not before its start.</source>
        <translation>The recap needs a period whose end is not before its start.</translation>
    </message>
    <message>
        <source>%1 is not a year a recap can be made for.</source>
        <translation>%1 is not a year a recap can be made for.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>The record no longer exists; someone else removed it.</source>
        <translation>The record no longer exists; someone else removed it.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it to see their change, then make yours again.</source>
        <translation>Someone else changed this record after you opened it. Reload it to see their change, then make yours again.</translation>
    </message>
    <message>
        <source>There is no region with code %1.</source>
        <translation>There is no region with code %1.</translation>
    </message>
</context>
<context>
    <name>RegionData</name>
    <message>
        <source>The region data must start with the header kode,nama,level,induk_kode.</source>
        <translation>The region data must start with the header kode,nama,level,induk_kode.</translation>
    </message>
    <message>
        <source>Region data line %1: expected 4 fields, found %2.</source>
        <translation>Region data line %1: expected 4 fields, found %2.</translation>
    </message>
    <message>
        <source>Region data line %1: %2 is not a valid code for level &quot;%3&quot;.</source>
        <translation>Region data line %1: %2 is not a valid code for level &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Region data line %1: the parent %2 of %3 is not listed before it.</source>
        <translation>Region data line %1: the parent %2 of %3 is not listed before it.</translation>
    </message>
    <message>
        <source>Region data line %1: %2</source>
        <translation>Region data line %1: %2</translation>
    </message>
    <message>
        <source>The region data is missing from the program.</source>
        <translation>The region data is missing from the program.</translation>
    </message>
</context>
<context>
    <name>RegionLabels</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Urban village</source>
        <translation>Urban village</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Customary village</source>
        <translation>Customary village</translation>
    </message>
</context>
<context>
    <name>RegionMatcher</name>
    <message>
        <source>%1 (Kecamatan %2)</source>
        <translation>%1 (Kecamatan %2)</translation>
    </message>
    <message>
        <source>Unknown kecamatan &quot;%1&quot; in %2; closest: %3.</source>
        <translation>Unknown kecamatan &quot;%1&quot; in %2; closest: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several kelurahan/desa: %2. Fill in the kecamatan.</source>
        <translation>&quot;%1&quot; is the name of several kelurahan/desa: %2. Fill in the kecamatan.</translation>
    </message>
    <message>
        <source>%1 is in Kecamatan %2, not in Kecamatan %3.</source>
        <translation>%1 is in Kecamatan %2, not in Kecamatan %3.</translation>
    </message>
    <message>
        <source>Unknown kelurahan/desa &quot;%1&quot;; closest: %2.</source>
        <translation>Unknown kelurahan/desa &quot;%1&quot;; closest: %2.</translation>
    </message>
    <message>
        <source>The region code %1 is not in %2.</source>
        <translation>The region code %1 is not in %2.</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>There is no region with code %1.</source>
        <translation>There is no region with code %1.</translation>
    </message>
</context>
<context>
    <name>ScheduleExportActions</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 exists already; choose another name.</translation>
    </message>
    <message>
        <source>Export the schedule as PDF</source>
        <translation>Export the schedule as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf.</source>
        <translation>Choose a file name ending in .pdf.</translation>
    </message>
    <message>
        <source>Export the schedule as a spreadsheet</source>
        <translation>Export the schedule as a spreadsheet</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>Choose a file name ending in .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <source>there is no working day between %1 and %2</source>
        <translation>there is no working day between %1 and %2</translation>
    </message>
    <message>
        <source>no free slot is left between %1 and %2 (%3 working days, at most %4 visits a day)</source>
        <translation>no free slot is left between %1 and %2 (%3 working days, at most %4 visits a day)</translation>
    </message>
</context>
<context>
    <name>SchedulePlanner</name>
    <message>
        <source>A team needs at least one officer.</source>
        <translation>A team needs at least one officer.</translation>
    </message>
    <message>
        <source>There is no person with id %1 to send as an officer.</source>
        <translation>There is no person with id %1 to send as an officer.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the plan, in order.</source>
        <translation>Give the first and the last day of the plan, in order.</translation>
    </message>
    <message>
        <source>Visits a day and visits per desa must be at least 1.</source>
        <translation>Visits a day and visits per desa must be at least 1.</translation>
    </message>
    <message>
        <source>Agreement %1 covers no kelurahan/desa.</source>
        <translation>Agreement %1 covers no kelurahan/desa.</translation>
    </message>
    <message numerus="yes">
        <source>%n kelurahan/desa did not fit into the plan (%1); nothing was saved. Widen the window, allow more visits a day, or save the plan without them.</source>
        <translation><numerusform>%n kelurahan/desa did not fit into the plan (%1); nothing was saved. Widen the window, allow more visits a day, or save the plan without them.</numerusform><numerusform>%n kelurahan/desa did not fit into the plan (%1); nothing was saved. Widen the window, allow more visits a day, or save the plan without them.</numerusform></translation>
    </message>
    <message>
        <source>The plan holds no visit to save.</source>
        <translation>The plan holds no visit to save.</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n visit(s) for agreement %1</source>
        <translation><numerusform>Plan of %n visit(s) for agreement %1</numerusform><numerusform>Plan of %n visit(s) for agreement %1</numerusform></translation>
    </message>
    <message>
        <source>Agreement %1 has ended; plan visits under a draft or signed one.</source>
        <translation>Agreement %1 has ended; plan visits under a draft or signed one.</translation>
    </message>
    <message>
        <source>Agreement %1 was cancelled; plan visits under a draft or signed one.</source>
        <translation>Agreement %1 was cancelled; plan visits under a draft or signed one.</translation>
    </message>
</context>
<context>
    <name>ScheduleSnapshot</name>
    <message>
        <source>Officer in two places</source>
        <translation>Officer in two places</translation>
    </message>
    <message>
        <source>Two activities in one desa</source>
        <translation>Two activities in one desa</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>Outside the agreement&apos;s validity</source>
        <translation>Outside the agreement&apos;s validity</translation>
    </message>
    <message>
        <source>Desa not covered by the agreement</source>
        <translation>Desa not covered by the agreement</translation>
    </message>
    <message>
        <source>%1 (accepted: %2)</source>
        <translation>%1 (accepted: %2)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Sambang desa</source>
        <translation>Sambang desa</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Coordination meeting</translation>
    </message>
    <message>
        <source>Socialisation</source>
        <translation>Socialisation</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Other activity</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Minute taker</source>
        <translation>Minute taker</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>StakeholderColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Titles before the name</source>
        <translation>Titles before the name</translation>
    </message>
    <message>
        <source>Titles after the name</source>
        <translation>Titles after the name</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Position (jabatan)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Institution kind</source>
        <translation>Institution kind</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>In office since</source>
        <translation>In office since</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>Unknown gender &quot;%1&quot;: write L or P.</source>
        <translation>Unknown gender &quot;%1&quot;: write L or P.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; known: %2.</source>
        <translation>Unknown category &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>Unknown institution kind &quot;%1&quot;.</source>
        <translation>Unknown institution kind &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2023-02-20 or 20/02/2023).</source>
        <translation>&quot;%1&quot; is not a date (write 2023-02-20 or 20/02/2023).</translation>
    </message>
    <message>
        <source>The jabatan &quot;%1&quot; needs an institution or a desa/kecamatan.</source>
        <translation>The jabatan &quot;%1&quot; needs an institution or a desa/kecamatan.</translation>
    </message>
    <message>
        <source>No jabatan: the institution %1 is not recorded for this person.</source>
        <translation>No jabatan: the institution %1 is not recorded for this person.</translation>
    </message>
    <message>
        <source>Repeats line %1.</source>
        <translation>Repeats line %1.</translation>
    </message>
    <message>
        <source>Likely already in the register: %1. Merge or correct by hand.</source>
        <translation>Likely already in the register: %1. Merge or correct by hand.</translation>
    </message>
    <message>
        <source>name written as %1</source>
        <translation>name written as %1</translation>
    </message>
    <message>
        <source>phone %1 added</source>
        <translation>phone %1 added</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>gender %1</source>
        <translation>gender %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <source>notes added</source>
        <translation>notes added</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>new position %1</source>
        <translation>new position %1</translation>
    </message>
    <message>
        <source>%1 already has a current %2: %3. Both will be current; use &quot;replace holder&quot; if one has left.</source>
        <translation>%1 already has a current %2: %3. Both will be current; use &quot;replace holder&quot; if one has left.</translation>
    </message>
    <message>
        <source>Set up the office (its kabupaten/kota) before importing stakeholders.</source>
        <translation>Set up the office (its kabupaten/kota) before importing stakeholders.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>No column holds the names: the first row must be a header with &quot;Nama&quot; (or &quot;Name&quot;) above the names.</source>
        <translation>No column holds the names: the first row must be a header with &quot;Nama&quot; (or &quot;Name&quot;) above the names.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported.</source>
        <translation><numerusform>%n row(s) have errors; nothing was imported.</numerusform><numerusform>%n row(s) have errors; nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>StakeholderKinds</name>
    <message>
        <source>Bawaslu office</source>
        <translation>Bawaslu office</translation>
    </message>
    <message>
        <source>District office (kecamatan)</source>
        <translation>District office (kecamatan)</translation>
    </message>
    <message>
        <source>Village office (desa/kelurahan)</source>
        <translation>Village office (desa/kelurahan)</translation>
    </message>
    <message>
        <source>Police (Polsek)</source>
        <translation>Police (Polsek)</translation>
    </message>
    <message>
        <source>Military (Koramil)</source>
        <translation>Military (Koramil)</translation>
    </message>
    <message>
        <source>Mass organisation (ormas)</source>
        <translation>Mass organisation (ormas)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Definitive</source>
        <translation>Definitive</translation>
    </message>
    <message>
        <source>Plt. (acting, pelaksana tugas)</source>
        <translation>Plt. (acting, pelaksana tugas)</translation>
    </message>
    <message>
        <source>Pj. (acting, penjabat)</source>
        <translation>Pj. (acting, penjabat)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Village apparatus</source>
        <translation>Village apparatus</translation>
    </message>
    <message>
        <source>Security forces (TNI/Polri)</source>
        <translation>Security forces (TNI/Polri)</translation>
    </message>
    <message>
        <source>Bawaslu</source>
        <translation>Bawaslu</translation>
    </message>
    <message>
        <source>Community leader</source>
        <translation>Community leader</translation>
    </message>
    <message>
        <source>Religious leader</source>
        <translation>Religious leader</translation>
    </message>
    <message>
        <source>Mass organisation</source>
        <translation>Mass organisation</translation>
    </message>
</context>
<context>
    <name>StakeholderQuery</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 files cannot be read; save the sheet as .xlsx or .csv in the spreadsheet program.</source>
        <translation>%1 files cannot be read; save the sheet as .xlsx or .csv in the spreadsheet program.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB).</source>
        <translation>%1 is too large to import (%2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file is not text (CSV): it holds binary data.</source>
        <translation>The file is not text (CSV): it holds binary data.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>A part of the change failed, so none of it was saved.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive. Save it from the spreadsheet program as .xlsx or .csv.</source>
        <translation>%1 is not an Excel workbook (.xlsx): it is not a zip archive. Save it from the spreadsheet program as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>it holds %1 parts</source>
        <translation>it holds %1 parts</translation>
    </message>
    <message>
        <source>the part %1 unpacks to %2 MB</source>
        <translation>the part %1 unpacks to %2 MB</translation>
    </message>
    <message>
        <source>the part %1 is compressed %2 times, as zip bombs are</source>
        <translation>the part %1 is compressed %2 times, as zip bombs are</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part %1 is missing.</source>
        <translation>The workbook is damaged: the part %1 is missing.</translation>
    </message>
    <message>
        <source>The workbook is damaged: cannot unpack %1.</source>
        <translation>The workbook is damaged: cannot unpack %1.</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than it declares</source>
        <translation>the part %1 unpacks to more than it declares</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 does not unpack cleanly.</source>
        <translation>The workbook is damaged: %1 does not unpack cleanly.</translation>
    </message>
    <message>
        <source>The workbook is refused as too large or malformed: %1.</source>
        <translation>The workbook is refused as too large or malformed: %1.</translation>
    </message>
    <message>
        <source>%1 is damaged: its zip directory cannot be read.</source>
        <translation>%1 is damaged: its zip directory cannot be read.</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 line %2: %3</source>
        <translation>The workbook is damaged: %1 line %2: %3</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>The file is a zip archive but not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook holds a text of %1 characters; a cell holds at most %2.</source>
        <translation>The workbook holds a text of %1 characters; a cell holds at most %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a cell refers to a text that does not exist.</source>
        <translation>The workbook is damaged: a cell refers to a text that does not exist.</translation>
    </message>
    <message>
        <source>A cell holds %1 characters; a cell holds at most %2.</source>
        <translation>A cell holds %1 characters; a cell holds at most %2.</translation>
    </message>
    <message>
        <source>The sheet has more rows than Excel allows.</source>
        <translation>The sheet has more rows than Excel allows.</translation>
    </message>
    <message>
        <source>The sheet has more columns than Excel allows.</source>
        <translation>The sheet has more columns than Excel allows.</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>The workbook has no sheet number %1.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AboutDialog</name>
    <message>
        <source>About SiSambang</source>
        <translation>About SiSambang</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SiSambang %1&lt;/h2&gt;&lt;p&gt;Sistem Informasi Sambang Pengawasan&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SiSambang %1&lt;/h2&gt;&lt;p&gt;Sistem Informasi Sambang Pengawasan&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The secretariat&apos;s program for the Sambang Pengawasan work of a Bawaslu Kabupaten/Kota: stakeholders, MoUs, visit schedules, attendance sheets, minutes and monthly recaps, offline on one office PC.&lt;/p&gt;&lt;p&gt;SiSambang is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The secretariat&apos;s program for the Sambang Pengawasan work of a Bawaslu Kabupaten/Kota: stakeholders, MoUs, visit schedules, attendance sheets, minutes and monthly recaps, offline on one office PC.&lt;/p&gt;&lt;p&gt;SiSambang is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The regions of Indonesia (38 provinces, 514 kabupaten/kota, 7,285 kecamatan and 83,762 kelurahan/desa, after Kepmendagri 300.2.2-2430 of 2025) come from &lt;a href=&quot;https://github.com/cahyadsn/wilayah&quot;&gt;cahyadsn/wilayah&lt;/a&gt;, under the MIT licence:</source>
        <translation>The regions of Indonesia (38 provinces, 514 kabupaten/kota, 7,285 kecamatan and 83,762 kelurahan/desa, after Kepmendagri 300.2.2-2430 of 2025) come from &lt;a href=&quot;https://github.com/cahyadsn/wilayah&quot;&gt;cahyadsn/wilayah&lt;/a&gt;, under the MIT licence:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The initial holiday table (2023 to 2026) lists the national holidays and collective leave days (cuti bersama) set by the joint decrees (SKB) of the Minister of Religious Affairs, the Minister of Manpower and the Minister for Administrative and Bureaucratic Reform for each year, as later amended, and the election days declared holidays by presidential decree (Keppres 10/2024 for 14 February 2024, Keppres 33/2024 for 27 November 2024). Regional holidays are not included.&lt;/p&gt;&lt;p&gt;Later decrees may move a holiday: the table can be edited and a CSV file imported under Pengaturan &amp;gt; Hari Libur.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The initial holiday table (2023 to 2026) lists the national holidays and collective leave days (cuti bersama) set by the joint decrees (SKB) of the Minister of Religious Affairs, the Minister of Manpower and the Minister for Administrative and Bureaucratic Reform for each year, as later amended, and the election days declared holidays by presidential decree (Keppres 10/2024 for 14 February 2024, Keppres 33/2024 for 27 November 2024). Regional holidays are not included.&lt;/p&gt;&lt;p&gt;Later decrees may move a holiday: the table can be edited and a CSV file imported under Pengaturan &amp;gt; Hari Libur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Region Data</source>
        <translation>Region Data</translation>
    </message>
    <message>
        <source>Holiday Data</source>
        <translation>Holiday Data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The licence text is missing from this build of SiSambang.</source>
        <translation>The licence text is missing from this build of SiSambang.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityBrowser</name>
    <message>
        <source>Search desa, activity, venue (Ctrl+F)</source>
        <translation>Search desa, activity, venue (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Recent and upcoming</source>
        <translation>Recent and upcoming</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Done, but without attendance, minutes or photos</source>
        <translation>Done, but without attendance, minutes or photos</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>Done, but still without: %1</source>
        <translation>Done, but still without: %1</translation>
    </message>
    <message>
        <source>%1
Done, but still without: %2</source>
        <translation>%1
Done, but still without: %2</translation>
    </message>
    <message>
        <source>No activity matches. Try &quot;All periods&quot; or another search; new activities are planned on the Jadwal page.</source>
        <translation>No activity matches. Try &quot;All periods&quot; or another search; new activities are planned on the Jadwal page.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation><numerusform>%n activities</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n activities; %1 done without all records</source>
        <translation><numerusform>%n activities; %1 done without all records</numerusform><numerusform>%n activities; %1 done without all records</numerusform></translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityDialog</name>
    <message>
        <source>&amp;Reschedule...</source>
        <translation>&amp;Reschedule...</translation>
    </message>
    <message>
        <source>(not under an MoU)</source>
        <translation>(not under an MoU)</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <source>empty: the kind of activity</source>
        <translation>empty: the kind of activity</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;MoU</source>
        <translation>&amp;MoU</translation>
    </message>
    <message>
        <source>Kecamatan and &amp;desa</source>
        <translation>Kecamatan and &amp;desa</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>Da&amp;te and time</source>
        <translation>Da&amp;te and time</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <source>O&amp;fficers</source>
        <translation>O&amp;fficers</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Save and close (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Activity in %1</source>
        <translation>Activity in %1</translation>
    </message>
    <message>
        <source>(the whole kecamatan)</source>
        <translation>(the whole kecamatan)</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>New activity, not saved yet</source>
        <translation>New activity, not saved yet</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Someone else changed this activity after you opened it. Reload it (your changes are lost) or keep editing?</source>
        <translation>Someone else changed this activity after you opened it. Reload it (your changes are lost) or keep editing?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Accept clash</source>
        <translation>Accept clash</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityHeader</name>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up item(s) agreed at earlier activities in %1 still open: raise them, and close each once settled.</source>
        <translation><numerusform>%n follow-up item(s) agreed at earlier activities in %1 still open: raise them, and close each once settled.</numerusform><numerusform>%n follow-up item(s) agreed at earlier activities in %1 still open: raise them, and close each once settled.</numerusform></translation>
    </message>
    <message>
        <source>Invited %1  ·  present %2  ·  minutes %3  ·  photos %4  ·  follow-up items %5 (%6 open)</source>
        <translation>Invited %1  ·  present %2  ·  minutes %3  ·  photos %4  ·  follow-up items %5 (%6 open)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Clash</translation>
    </message>
    <message>
        <source>%1, visit %2</source>
        <translation>%1, visit %2</translation>
    </message>
    <message>
        <source>%1 (draft MoU)</source>
        <translation>%1 (draft MoU)</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation><numerusform>%n clash(es)</numerusform><numerusform>%n clash(es)</numerusform></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityPage</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Whom to invite (Alt+1)</source>
        <translation>Whom to invite (Alt+1)</translation>
    </message>
    <message>
        <source>Who came (Alt+2)</source>
        <translation>Who came (Alt+2)</translation>
    </message>
    <message>
        <source>Notulen and follow-up items (Alt+3)</source>
        <translation>Notulen and follow-up items (Alt+3)</translation>
    </message>
    <message>
        <source>Photos (Alt+4)</source>
        <translation>Photos (Alt+4)</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Choose an activity</translation>
    </message>
    <message>
        <source>Choose an activity on the left to prepare it (whom to invite, the invitation and the attendance sheet) or to record it afterwards (who came, the minutes, follow-up items and photos, the report). New activities are planned on the Jadwal page.</source>
        <translation>Choose an activity on the left to prepare it (whom to invite, the invitation and the attendance sheet) or to record it afterwards (who came, the minutes, follow-up items and photos, the report). New activities are planned on the Jadwal page.</translation>
    </message>
    <message>
        <source>Prepare a visit, record it afterwards, print its papers</source>
        <translation>Prepare a visit, record it afterwards, print its papers</translation>
    </message>
    <message>
        <source>&amp;Reschedule...</source>
        <translation>&amp;Reschedule...</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Invitation (Surat Undangan)...</source>
        <translation>&amp;Invitation (Surat Undangan)...</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet (Daftar Hadir)...</source>
        <translation>&amp;Attendance sheet (Daftar Hadir)...</translation>
    </message>
    <message>
        <source>&amp;Minutes (Notulen)...</source>
        <translation>&amp;Minutes (Notulen)...</translation>
    </message>
    <message>
        <source>Activity &amp;report (Laporan Kegiatan)...</source>
        <translation>Activity &amp;report (Laporan Kegiatan)...</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>The activity no longer exists; someone may have removed it.</source>
        <translation>The activity no longer exists; someone may have removed it.</translation>
    </message>
    <message>
        <source>The minutes of the activity you leave have changes that are not saved. Save them now?</source>
        <translation>The minutes of the activity you leave have changes that are not saved. Save them now?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Record who came first: tick the participants present on the Attendance tab, or add the walk-ins. An activity is done once its attendance is recorded.</source>
        <translation>Record who came first: tick the participants present on the Attendance tab, or add the walk-ins. An activity is done once its attendance is recorded.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AgreementEditor</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Cancel agreement</source>
        <translation>Cancel agreement</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Export PDF/ODT</source>
        <translation>Export PDF/ODT</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+P)</source>
        <translation>Print preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Memorandum of understanding (Nota Kesepahaman)</source>
        <translation>Memorandum of understanding (Nota Kesepahaman)</translation>
    </message>
    <message>
        <source>Cooperation agreement (Perjanjian Kerja Sama)</source>
        <translation>Cooperation agreement (Perjanjian Kerja Sama)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Give the office&apos;s number</source>
        <translation>Give the office&apos;s number</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Attach scan...</source>
        <translation>Attach scan...</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Open scan</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>New, not saved</source>
        <translation>New, not saved</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet:
%1</source>
        <translation>The agreement cannot be signed yet:
%1</translation>
    </message>
    <message>
        <source>Mark the agreement as signed? Its fields can no longer be changed.</source>
        <translation>Mark the agreement as signed? Its fields can no longer be changed.</translation>
    </message>
    <message>
        <source>Mark the agreement as ended?</source>
        <translation>Mark the agreement as ended?</translation>
    </message>
    <message>
        <source>Cancel the agreement? This cannot be undone.</source>
        <translation>Cancel the agreement? This cannot be undone.</translation>
    </message>
    <message>
        <source>Attach the signed copy</source>
        <translation>Attach the signed copy</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>No program could open %1.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AgreementPage</name>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Memoranda of understanding and cooperation agreements</source>
        <translation>Memoranda of understanding and cooperation agreements</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>New MoU</source>
        <translation>New MoU</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Second party</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Coverage of signed MoUs per kecamatan</source>
        <translation>Coverage of signed MoUs per kecamatan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa covered</source>
        <translation>Desa covered</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Ends within 90 days</source>
        <translation>Ends within 90 days</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::Application</name>
    <message>
        <source>SiSambang databases (*.db *.sqlite);;All files (*)</source>
        <translation>SiSambang databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>SiSambang: the stakeholders, MoUs, visit schedules, attendance sheets, minutes and monthly recaps of the Sambang Pengawasan programme of a Bawaslu Kabupaten/Kota.</source>
        <translation>SiSambang: the stakeholders, MoUs, visit schedules, attendance sheets, minutes and monthly recaps of the Sambang Pengawasan programme of a Bawaslu Kabupaten/Kota.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: $SISAMBANG_DB, else the last one opened, else %1).</source>
        <translation>Open the database FILE (default: $SISAMBANG_DB, else the last one opened, else %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open the demo database of Kabupaten Bangka Tengah (%1), building it first if it does not exist.</source>
        <translation>Open the demo database of Kabupaten Bangka Tengah (%1), building it first if it does not exist.</translation>
    </message>
    <message>
        <source>Quit as soon as the first window has been drawn (for benchmarks and package tests); errors go to standard error instead of dialogs.</source>
        <translation>Quit as soon as the first window has been drawn (for benchmarks and package tests); errors go to standard error instead of dialogs.</translation>
    </message>
    <message>
        <source>sisambang: unexpected argument %1; use --db FILE to open a database.
</source>
        <translation>sisambang: unexpected argument %1; use --db FILE to open a database.
</translation>
    </message>
    <message>
        <source>The demo database could not be built in %1: %2</source>
        <translation>The demo database could not be built in %1: %2</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>Demo Database</translation>
    </message>
    <message>
        <source>Open another database file, or quit SiSambang?</source>
        <translation>Open another database file, or quit SiSambang?</translation>
    </message>
    <message>
        <source>Open another database file, or keep working with the one that is open?</source>
        <translation>Open another database file, or keep working with the one that is open?</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <source>Open Another File...</source>
        <translation>Open Another File...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keep Current</source>
        <translation>Keep Current</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>%1 already exists. SiSambang never overwrites a file: choose another name, or open it with File &gt; Open Database.</source>
        <translation>%1 already exists. SiSambang never overwrites a file: choose another name, or open it with File &gt; Open Database.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

The database was left as it was.</source>
        <translation>The backup was not restored: %1

The database was left as it was.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup %1 is now the open database.</source>
        <translation>The backup %1 is now the open database.</translation>
    </message>
    <message>
        <source>The backup %1 is now the open database. The database as it was before is kept as %2.</source>
        <translation>The backup %1 is now the open database. The database as it was before is kept as %2.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ArticleEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Load template</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Heading, e.g. MAKSUD DAN TUJUAN</source>
        <translation>Heading, e.g. MAKSUD DAN TUJUAN</translation>
    </message>
    <message>
        <source>One paragraph per line. Placeholders such as {kecamatan} are filled when printing.</source>
        <translation>One paragraph per line. Placeholders such as {kecamatan} are filled when printing.</translation>
    </message>
    <message>
        <source>NEW ARTICLE</source>
        <translation>NEW ARTICLE</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Article %1: %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>There is no article template.</source>
        <translation>There is no article template.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n article(s) by the template &quot;%1&quot;?</source>
        <translation><numerusform>Replace the %n article(s) by the template &quot;%1&quot;?</numerusform><numerusform>Replace the %n article(s) by the template &quot;%1&quot;?</numerusform></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Make these articles the template &quot;%1&quot; for new agreements?</source>
        <translation>Make these articles the template &quot;%1&quot; for new agreements?</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AttendanceTab</name>
    <message>
        <source>Tick &amp;all invited</source>
        <translation>Tick &amp;all invited</translation>
    </message>
    <message>
        <source>Add &amp;walk-in...</source>
        <translation>Add &amp;walk-in...</translation>
    </message>
    <message>
        <source>&amp;Remove walk-in</source>
        <translation>&amp;Remove walk-in</translation>
    </message>
    <message>
        <source>Add to the re&amp;gister</source>
        <translation>Add to the re&amp;gister</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Tick who came (Space ticks the chosen row)</source>
        <translation>Tick who came (Space ticks the chosen row)</translation>
    </message>
    <message>
        <source>Someone who came uninvited and signed a blank row (Ctrl+Shift+K)</source>
        <translation>Someone who came uninvited and signed a blank row (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Creates the walk-in as a person of the stakeholder register</source>
        <translation>Creates the walk-in as a person of the stakeholder register</translation>
    </message>
    <message>
        <source>Tick who came, on the list numbered as the printed attendance sheet; walk-ins follow the invited.</source>
        <translation>Tick who came, on the list numbered as the printed attendance sheet; walk-ins follow the invited.</translation>
    </message>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (walk-in)</translation>
    </message>
    <message>
        <source>Not in the register yet</source>
        <translation>Not in the register yet</translation>
    </message>
    <message>
        <source>Present: %1 of %2 invited, and %3 walk-in(s): %4 in all.</source>
        <translation>Present: %1 of %2 invited, and %3 walk-in(s): %4 in all.</translation>
    </message>
    <message>
        <source>Men %1, women %2, not known %3.</source>
        <translation>Men %1, women %2, not known %3.</translation>
    </message>
    <message>
        <source>By institution: %1.</source>
        <translation>By institution: %1.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Add walk-in</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>Add to the register</translation>
    </message>
    <message>
        <source>%1 is not in the stakeholder register. Add them as a new person, so that the next invitation can pick them?</source>
        <translation>%1 is not in the stakeholder register. Add them as a new person, so that the next invitation can pick them?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>%1 is now in the stakeholder register.</source>
        <translation>%1 is now in the stakeholder register.</translation>
    </message>
    <message>
        <source>Remove walk-in</source>
        <translation>Remove walk-in</translation>
    </message>
    <message>
        <source>Remove %1 (number %2) from the attendance?</source>
        <translation>Remove %1 (number %2) from the attendance?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AuditPanel</name>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Export CSV...</translation>
    </message>
    <message>
        <source>Sa&amp;ve Name</source>
        <translation>Sa&amp;ve Name</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Text in the summary, before or after</source>
        <translation>Text in the summary, before or after</translation>
    </message>
    <message>
        <source>Choose an entry to see the record before and after.</source>
        <translation>Choose an entry to see the record before and after.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Your &amp;name in the log:</source>
        <translation>Your &amp;name in the log:</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Every operator</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>Every kind of record</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>No entries match.</translation>
    </message>
    <message>
        <source>The newest %1 entries; scroll for more.</source>
        <translation>The newest %1 entries; scroll for more.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation><numerusform>%n entries.</numerusform><numerusform>%n entries.</numerusform></translation>
    </message>
    <message>
        <source>%1 — %2 — %3
%4

Before:
%5
After:
%6</source>
        <translation>%1 — %2 — %3
%4

Before:
%5
After:
%6</translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>Export the Audit Log</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv.</source>
        <translation>Choose a file name ending in .csv.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 exists already; choose another name.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation><numerusform>%n entries written to %1.</numerusform><numerusform>%n entries written to %1.</numerusform></translation>
    </message>
    <message>
        <source>Cannot Save the Name</source>
        <translation>Cannot Save the Name</translation>
    </message>
    <message>
        <source>Changes are recorded under the name %1.</source>
        <translation>Changes are recorded under the name %1.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::BackupPanel</name>
    <message>
        <source>Choose &amp;Folder...</source>
        <translation>Choose &amp;Folder...</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>&amp;Restore Selected...</source>
        <translation>&amp;Restore Selected...</translation>
    </message>
    <message>
        <source>Restore from &amp;File...</source>
        <translation>Restore from &amp;File...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SiSambang backs up the database and its attachments once a day when it starts, and before every upgrade; it keeps 7 daily, 4 weekly and 12 monthly backups. A USB stick or a shared folder keeps them safe from a broken disk. Manual backups are never deleted. A restore keeps the current database aside as a copy.</source>
        <translation>SiSambang backs up the database and its attachments once a day when it starts, and before every upgrade; it keeps 7 daily, 4 weekly and 12 monthly backups. A USB stick or a shared folder keeps them safe from a broken disk. Manual backups are never deleted. A restore keeps the current database aside as a copy.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Backup folder:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in all.</source>
        <translation><numerusform>%n backup(s), %1 in all.</numerusform><numerusform>%n backup(s), %1 in all.</numerusform></translation>
    </message>
    <message>
        <source>Choose the Backup Folder</source>
        <translation>Choose the Backup Folder</translation>
    </message>
    <message>
        <source>Cannot Change the Backup Folder</source>
        <translation>Cannot Change the Backup Folder</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>No backup was written: %1</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>The database and its attachments were saved and checked in %1.</source>
        <translation>The database and its attachments were saved and checked in %1.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restore a Backup</translation>
    </message>
    <message>
        <source>SiSambang backup (*.zip)</source>
        <translation>SiSambang backup (*.zip)</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Cannot Restore</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2

Nothing was changed.</source>
        <translation>%1 cannot be restored: %2

Nothing was changed.</translation>
    </message>
    <message>
        <source>Restore the Backup?</source>
        <translation>Restore the Backup?</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup of %1 (%n attachment(s))?

The database now open is closed and kept aside as a copy beside it (nothing is deleted); the backup takes its place and SiSambang opens it again. Changes made since the backup are only in that copy.</source>
        <translation><numerusform>Restore the backup of %1 (%n attachment(s))?

The database now open is closed and kept aside as a copy beside it (nothing is deleted); the backup takes its place and SiSambang opens it again. Changes made since the backup are only in that copy.</numerusform><numerusform>Restore the backup of %1 (%n attachment(s))?

The database now open is closed and kept aside as a copy beside it (nothing is deleted); the backup takes its place and SiSambang opens it again. Changes made since the backup are only in that copy.</numerusform></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::CalendarModel</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation>national holiday</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::CandidatePicker</name>
    <message>
        <source>&amp;Invite chosen</source>
        <translation>&amp;Invite chosen</translation>
    </message>
    <message>
        <source>This desa</source>
        <translation>This desa</translation>
    </message>
    <message>
        <source>Whole kecamatan</source>
        <translation>Whole kecamatan</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>Name, jabatan or institution</source>
        <translation>Name, jabatan or institution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Adds the chosen people at the end of the list (Enter)</source>
        <translation>Adds the chosen people at the end of the list (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the register&lt;/b&gt;</source>
        <translation>&lt;b&gt;From the register&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Invited already</source>
        <translation>Invited already</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ClashAcceptDialog</name>
    <message>
        <source>Accept clash</source>
        <translation>Accept clash</translation>
    </message>
    <message>
        <source>The activity breaks these rules of the schedule. Accepting keeps your reason with it; the clash is then shown as accepted.</source>
        <translation>The activity breaks these rules of the schedule. Accepting keeps your reason with it; the clash is then shown as accepted.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ClashPanel</name>
    <message>
        <source>Reason for accepting the clash</source>
        <translation>Reason for accepting the clash</translation>
    </message>
    <message>
        <source>Give the reason for accepting the clash, or change the activity so that it does not clash.</source>
        <translation>Give the reason for accepting the clash, or change the activity so that it does not clash.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::DashboardPanel</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>Next 14 days</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>MoUs ending within 90 days</source>
        <translation>MoUs ending within 90 days</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Second party</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Double-click or press Enter to open.</translation>
    </message>
    <message>
        <source>Done but records missing</source>
        <translation>Done but records missing</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Open follow-up items</source>
        <translation>Open follow-up items</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here; the %2 page shows all %3.</source>
        <translation>Only the first %1 are listed here; the %2 page shows all %3.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::EndPositionDialog</name>
    <message>
        <source>End position</source>
        <translation>End position</translation>
    </message>
    <message>
        <source>Last day in office:</source>
        <translation>Last day in office:</translation>
    </message>
    <message>
        <source>The last day cannot be before the start date.</source>
        <translation>The last day cannot be before the start date.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SiSambang</source>
        <translation>Welcome to SiSambang</translation>
    </message>
    <message>
        <source>&lt;p&gt;SiSambang keeps the Sambang Pengawasan work of a Bawaslu Kabupaten/Kota: the register of stakeholders, the MoUs with the kecamatan, the schedule of visits to every kelurahan/desa, attendance sheets, minutes and the monthly recap.&lt;/p&gt;&lt;p&gt;This database is new. Two steps set it up for your office:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;the kabupaten/kota the office supervises;&lt;/li&gt;&lt;li&gt;the office profile: name, address, letterhead logo, the Ketua and the Kepala Sekretariat, paper size and the unit code of letter numbers.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything but the kabupaten/kota can be changed later under &lt;b&gt;Pengaturan&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SiSambang keeps the Sambang Pengawasan work of a Bawaslu Kabupaten/Kota: the register of stakeholders, the MoUs with the kecamatan, the schedule of visits to every kelurahan/desa, attendance sheets, minutes and the monthly recap.&lt;/p&gt;&lt;p&gt;This database is new. Two steps set it up for your office:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;the kabupaten/kota the office supervises;&lt;/li&gt;&lt;li&gt;the office profile: name, address, letterhead logo, the Ketua and the Kepala Sekretariat, paper size and the unit code of letter numbers.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything but the kabupaten/kota can be changed later under &lt;b&gt;Pengaturan&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>What the letterhead and the signature blocks of printed documents show. Only the office name is required now.</source>
        <translation>What the letterhead and the signature blocks of printed documents show. Only the office name is required now.</translation>
    </message>
    <message>
        <source>Cannot Save the Profile</source>
        <translation>Cannot Save the Profile</translation>
    </message>
    <message>
        <source>Set Up SiSambang</source>
        <translation>Set Up SiSambang</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::FollowUpList</name>
    <message>
        <source>&amp;Close item</source>
        <translation>&amp;Close item</translation>
    </message>
    <message>
        <source>Follow-up item</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Whom</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Agreed at</translation>
    </message>
    <message>
        <source>How it was settled (closing note)</source>
        <translation>How it was settled (closing note)</translation>
    </message>
    <message>
        <source>Closes the chosen item today with the note</source>
        <translation>Closes the chosen item today with the note</translation>
    </message>
    <message>
        <source>New follow-up item: what is to be done</source>
        <translation>New follow-up item: what is to be done</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>Closed %1: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Close follow-up item</source>
        <translation>Close follow-up item</translation>
    </message>
    <message>
        <source>Reopen follow-up item</source>
        <translation>Reopen follow-up item</translation>
    </message>
    <message>
        <source>Remove follow-up item</source>
        <translation>Remove follow-up item</translation>
    </message>
    <message>
        <source>Remove the follow-up item &quot;%1&quot;? An item that was settled is better closed, so the record stays.</source>
        <translation>Remove the follow-up item &quot;%1&quot;? An item that was settled is better closed, so the record stays.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::GeneratorDialog</name>
    <message>
        <source>Make &amp;draft</source>
        <translation>Make &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <source>Generate the visit schedule</source>
        <translation>Generate the visit schedule</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Make the draft (Ctrl+Return)</source>
        <translation>Make the draft (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save every visit of the draft (Ctrl+S)</source>
        <translation>Save every visit of the draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>Make draft</source>
        <translation>Make draft</translation>
    </message>
    <message>
        <source>There is no draft or signed MoU to plan visits for.</source>
        <translation>There is no draft or signed MoU to plan visits for.</translation>
    </message>
    <message>
        <source>Incomplete plan</source>
        <translation>Incomplete plan</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are not in the plan (see &quot;Did not fit&quot;). Save the visits that are, as a partial plan, or go back and widen the window?</source>
        <translation><numerusform>%n visit(s) are not in the plan (see &quot;Did not fit&quot;). Save the visits that are, as a partial plan, or go back and widen the window?</numerusform><numerusform>%n visit(s) are not in the plan (see &quot;Did not fit&quot;). Save the visits that are, as a partial plan, or go back and widen the window?</numerusform></translation>
    </message>
    <message>
        <source>Save partial plan</source>
        <translation>Save partial plan</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::GeneratorOptions</name>
    <message>
        <source>Plan visited desa again</source>
        <translation>Plan visited desa again</translation>
    </message>
    <message>
        <source>DRAFT: %1</source>
        <translation>DRAFT: %1</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Desa that already have a visit under this MoU are left out unless this is ticked.</source>
        <translation>Desa that already have a visit under this MoU are left out unless this is ticked.</translation>
    </message>
    <message>
        <source>e.g. Netralitas aparatur desa dalam pemilu</source>
        <translation>e.g. Netralitas aparatur desa dalam pemilu</translation>
    </message>
    <message>
        <source>&amp;MoU</source>
        <translation>&amp;MoU</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Visits a &amp;day (K)</source>
        <translation>Visits a &amp;day (K)</translation>
    </message>
    <message>
        <source>Visits per d&amp;esa (N)</source>
        <translation>Visits per d&amp;esa (N)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Days &amp;off</source>
        <translation>Days &amp;off</translation>
    </message>
    <message>
        <source>Officer &amp;teams</source>
        <translation>Officer &amp;teams</translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation>To&amp;pic</translation>
    </message>
    <message>
        <source>Extra days without visits, e.g. election day; weekends and the holiday table are left out anyway.</source>
        <translation>Extra days without visits, e.g. election day; weekends and the holiday table are left out anyway.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HolidayDialog</name>
    <message>
        <source>Add Holiday</source>
        <translation>Add Holiday</translation>
    </message>
    <message>
        <source>e.g. Hari Raya Nyepi Tahun Baru Saka 1945</source>
        <translation>e.g. Hari Raya Nyepi Tahun Baru Saka 1945</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Describe the holiday, as the SKB names it.</source>
        <translation>Describe the holiday, as the SKB names it.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HolidayModel</name>
    <message>
        <source>Collective leave (cuti bersama)</source>
        <translation>Collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HolidayPanel</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Import CSV...</translation>
    </message>
    <message>
        <source>The national holidays and collective leave days (cuti bersama) that schedules skip. A CSV file to import has the columns tanggal,keterangan,jenis, with jenis &quot;libur&quot; or &quot;cuti_bersama&quot;; a file with any wrong row is refused whole.</source>
        <translation>The national holidays and collective leave days (cuti bersama) that schedules skip. A CSV file to import has the columns tanggal,keterangan,jenis, with jenis &quot;libur&quot; or &quot;cuti_bersama&quot;; a file with any wrong row is refused whole.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>%1 national holidays and %2 cuti bersama days</source>
        <translation>%1 national holidays and %2 cuti bersama days</translation>
    </message>
    <message>
        <source>Replace Holiday</source>
        <translation>Replace Holiday</translation>
    </message>
    <message>
        <source>%1 is already a holiday: &quot;%2&quot;. Replace it?</source>
        <translation>%1 is already a holiday: &quot;%2&quot;. Replace it?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Cannot Add the Holiday</source>
        <translation>Cannot Add the Holiday</translation>
    </message>
    <message>
        <source>Remove Holidays</source>
        <translation>Remove Holidays</translation>
    </message>
    <message>
        <source>Remove these holidays?

%1</source>
        <translation>Remove these holidays?

%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cannot Remove the Holidays</source>
        <translation>Cannot Remove the Holidays</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Import Holidays</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Nothing was imported from %1.

%2</translation>
    </message>
    <message>
        <source>Holidays Imported</source>
        <translation>Holidays Imported</translation>
    </message>
    <message>
        <source>%1 holidays were added or updated from %2.</source>
        <translation>%1 holidays were added or updated from %2.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <source>%1, Provinsi %2 (code %3)</source>
        <translation>%1, Provinsi %2 (code %3)</translation>
    </message>
    <message>
        <source>Office not set up</source>
        <translation>Office not set up</translation>
    </message>
    <message>
        <source>No address, telephone or e-mail yet: add them under Pengaturan.</source>
        <translation>No address, telephone or e-mail yet: add them under Pengaturan.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Covered by MoU</source>
        <translation>Covered by MoU</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Work area and coverage by kecamatan</source>
        <translation>Work area and coverage by kecamatan</translation>
    </message>
    <message>
        <source>no MoU</source>
        <translation>no MoU</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Every covered kelurahan/desa has been visited.</source>
        <translation>Every covered kelurahan/desa has been visited.</translation>
    </message>
    <message>
        <source>Not visited yet: %1</source>
        <translation>Not visited yet: %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Default paper:</source>
        <translation>Default paper:</translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <source>Ketua:</source>
        <translation>Ketua:</translation>
    </message>
    <message>
        <source>Kepala Sekretariat:</source>
        <translation>Kepala Sekretariat:</translation>
    </message>
    <message>
        <source>Holidays in %1:</source>
        <translation>Holidays in %1:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ImportDialog</name>
    <message>
        <source>Leave out the rows with errors</source>
        <translation>Leave out the rows with errors</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Import stakeholders</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Reading %1...</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Checking every row...</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 duplicates, %5 errors</source>
        <translation>%1 new, %2 to update, %3 unchanged, %4 duplicates, %5 errors</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importing...</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Added: %1 (lines %2)
Updated: %3 (lines %4)
Skipped: %5 (lines %6)
Failed: %7 (lines %8)
New institutions: %9</source>
        <translation>Added: %1 (lines %2)
Updated: %3 (lines %4)
Skipped: %5 (lines %6)
Failed: %7 (lines %8)
New institutions: %9</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::MainWindow</name>
    <message>
        <source>SiSambang</source>
        <translation>SiSambang</translation>
    </message>
    <message>
        <source>%1 - SiSambang</source>
        <translation>%1 - SiSambang</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>&amp;New Database...</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>&amp;Open Database...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SiSambang</source>
        <translation>&amp;About SiSambang</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>Daily backup written: %1</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::MinutesTab</name>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Save minutes</translation>
    </message>
    <message>
        <source>Who led the meeting</source>
        <translation>Who led the meeting</translation>
    </message>
    <message>
        <source>Who took the minutes</source>
        <translation>Who took the minutes</translation>
    </message>
    <message>
        <source>e.g. Rapat koordinasi pengawasan partisipatif</source>
        <translation>e.g. Rapat koordinasi pengawasan partisipatif</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>What the meeting concluded</source>
        <translation>What the meeting concluded</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>&amp;Chaired by (pimpinan rapat):</source>
        <translation>&amp;Chaired by (pimpinan rapat):</translation>
    </message>
    <message>
        <source>Minutes ta&amp;ken by (notulis):</source>
        <translation>Minutes ta&amp;ken by (notulis):</translation>
    </message>
    <message>
        <source>A&amp;genda (acara):</source>
        <translation>A&amp;genda (acara):</translation>
    </message>
    <message>
        <source>Add &amp;point</source>
        <translation>Add &amp;point</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Remove point</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discussion&lt;/b&gt; (pembahasan): who said what</source>
        <translation>&lt;b&gt;Discussion&lt;/b&gt; (pembahasan): who said what</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conclusion&lt;/b&gt; (kesimpulan)</source>
        <translation>&lt;b&gt;Conclusion&lt;/b&gt; (kesimpulan)</translation>
    </message>
    <message>
        <source>Follow-up items (tindak lanjut): what, by whom, by when</source>
        <translation>Follow-up items (tindak lanjut): what, by whom, by when</translation>
    </message>
    <message>
        <source>Changed, not saved yet (Ctrl+S saves).</source>
        <translation>Changed, not saved yet (Ctrl+S saves).</translation>
    </message>
    <message>
        <source>No minutes written yet.</source>
        <translation>No minutes written yet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes changed elsewhere</source>
        <translation>Minutes changed elsewhere</translation>
    </message>
    <message>
        <source>Someone else saved the minutes of this activity after you opened them.

%1</source>
        <translation>Someone else saved the minutes of this activity after you opened them.

%1</translation>
    </message>
    <message>
        <source>Show their minutes</source>
        <translation>Show their minutes</translation>
    </message>
    <message>
        <source>Keep mine to save again</source>
        <translation>Keep mine to save again</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::NumberingPanel</name>
    <message>
        <source>&amp;Add Code</source>
        <translation>&amp;Add Code</translation>
    </message>
    <message>
        <source>Save &amp;Numbering</source>
        <translation>Save &amp;Numbering</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Parts of the format: {seq} the number within the code and year, {classification} the code, {unit} the unit code of the office profile, {month} and {year} of the letter&apos;s date. A backdated letter gets a suffix such as 005.1.</source>
        <translation>Parts of the format: {seq} the number within the code and year, {classification} the code, {unit} the unit code of the office profile, {month} and {year} of the letter&apos;s date. A backdated letter gets a suffix such as 005.1.</translation>
    </message>
    <message>
        <source>Classification codes:</source>
        <translation>Classification codes:</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Numbering not saved</source>
        <translation>Numbering not saved</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Number format:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::OfficeProfileForm</name>
    <message>
        <source>e.g. Bawaslu Kabupaten Bangka Tengah</source>
        <translation>e.g. Bawaslu Kabupaten Bangka Tengah</translation>
    </message>
    <message>
        <source>Street, town, postal code</source>
        <translation>Street, town, postal code</translation>
    </message>
    <message>
        <source>e.g. (0718) 123456</source>
        <translation>e.g. (0718) 123456</translation>
    </message>
    <message>
        <source>18 digits, if any</source>
        <translation>18 digits, if any</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>e.g. K.BB-04</source>
        <translation>e.g. K.BB-04</translation>
    </message>
    <message>
        <source>Part of the office&apos;s letter numbers, e.g. 001/PM.04/K.BB-04/02/2023.</source>
        <translation>Part of the office&apos;s letter numbers, e.g. 001/PM.04/K.BB-04/02/2023.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Choose &amp;Image...</source>
        <translation>Choose &amp;Image...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>Letterhead logo:</translation>
    </message>
    <message>
        <source>Heads of the office</source>
        <translation>Heads of the office</translation>
    </message>
    <message>
        <source>&amp;Ketua:</source>
        <translation>&amp;Ketua:</translation>
    </message>
    <message>
        <source>NIP Ketua:</source>
        <translation>NIP Ketua:</translation>
    </message>
    <message>
        <source>Kepala &amp;Sekretariat:</source>
        <translation>Kepala &amp;Sekretariat:</translation>
    </message>
    <message>
        <source>NIP Kepala Sekretariat:</source>
        <translation>NIP Kepala Sekretariat:</translation>
    </message>
    <message>
        <source>Letters and documents</source>
        <translation>Letters and documents</translation>
    </message>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <source>F4 / Folio (215 x 330 mm)</source>
        <translation>F4 / Folio (215 x 330 mm)</translation>
    </message>
    <message>
        <source>Default &amp;paper:</source>
        <translation>Default &amp;paper:</translation>
    </message>
    <message>
        <source>&amp;Unit code:</source>
        <translation>&amp;Unit code:</translation>
    </message>
    <message>
        <source>Used in letter numbers such as 001/PM.04/&lt;b&gt;K.BB-04&lt;/b&gt;/02/2023.</source>
        <translation>Used in letter numbers such as 001/PM.04/&lt;b&gt;K.BB-04&lt;/b&gt;/02/2023.</translation>
    </message>
    <message>
        <source>Choose the Letterhead Logo</source>
        <translation>Choose the Letterhead Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not an image SiSambang can read (%1).</source>
        <translation>This file is not an image SiSambang can read (%1).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>A telephone number holds digits, spaces, +, - and brackets only.</source>
        <translation>A telephone number holds digits, spaces, +, - and brackets only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (e.g. nama@bawaslu.go.id).</source>
        <translation>&quot;%1&quot; is not an e-mail address (e.g. nama@bawaslu.go.id).</translation>
    </message>
    <message>
        <source>A NIP holds digits only.</source>
        <translation>A NIP holds digits only.</translation>
    </message>
    <message>
        <source>A NIP has %1 digits; this one has %2.</source>
        <translation>A NIP has %1 digits; this one has %2.</translation>
    </message>
    <message>
        <source>The unit code is one part of a letter number: no slashes (/) or spaces.</source>
        <translation>The unit code is one part of a letter number: no slashes (/) or spaces.</translation>
    </message>
    <message>
        <source>e.g. nama@bawaslu.go.id</source>
        <translation>e.g. nama@bawaslu.go.id</translation>
    </message>
    <message>
        <source>Office na&amp;me:</source>
        <translation>Office na&amp;me:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>top</source>
        <translation>top</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bottom</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Page margins:</source>
        <translation>Page margins:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::OfficerTable</name>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No Bawaslu member or staff is in the register yet.</source>
        <translation>No Bawaslu member or staff is in the register yet.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Add an officer</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ParticipantsTab</name>
    <message>
        <source>Invite the &amp;usual officials of this desa</source>
        <translation>Invite the &amp;usual officials of this desa</translation>
    </message>
    <message>
        <source>Add &amp;guest...</source>
        <translation>Add &amp;guest...</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>&amp;Undo removal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>The kepala desa or lurah, sekretaris desa, ketua BPD, Bhabinkamtibmas and Babinsa holding their posts on the activity&apos;s date</source>
        <translation>The kepala desa or lurah, sekretaris desa, ketua BPD, Bhabinkamtibmas and Babinsa holding their posts on the activity&apos;s date</translation>
    </message>
    <message>
        <source>Someone not in the register (Ctrl+Shift+G)</source>
        <translation>Someone not in the register (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Alt+Shift+Up</source>
        <translation>Alt+Shift+Up</translation>
    </message>
    <message>
        <source>Alt+Shift+Down</source>
        <translation>Alt+Shift+Down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invited&lt;/b&gt; (numbered as on the attendance sheet)</source>
        <translation>&lt;b&gt;Invited&lt;/b&gt; (numbered as on the attendance sheet)</translation>
    </message>
    <message>
        <source>Guest, not in the register</source>
        <translation>Guest, not in the register</translation>
    </message>
    <message>
        <source>Attendance has been recorded against these numbers: people can still be added at the end, but not moved or removed.</source>
        <translation>Attendance has been recorded against these numbers: people can still be added at the end, but not moved or removed.</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Start with the usual officials of the desa, then add people from the register or guests.</source>
        <translation>Nobody is invited yet. Start with the usual officials of the desa, then add people from the register or guests.</translation>
    </message>
    <message numerus="yes">
        <source>%n invited.</source>
        <translation><numerusform>%n invited.</numerusform><numerusform>%n invited.</numerusform></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Invite the usual officials</source>
        <translation>Invite the usual officials</translation>
    </message>
    <message>
        <source>No one was added: the usual officials of this desa are invited already, or the register names no holder of those posts on the activity&apos;s date. Add them on the Stakeholders page, or invite people from the register list.</source>
        <translation>No one was added: the usual officials of this desa are invited already, or the register names no holder of those posts on the activity&apos;s date. Add them on the Stakeholders page, or invite people from the register list.</translation>
    </message>
    <message>
        <source>Invite a guest</source>
        <translation>Invite a guest</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Puts %1 back as number %2</source>
        <translation>Puts %1 back as number %2</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>Undo removal</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PartyEditor</name>
    <message>
        <source>First party (the office)</source>
        <translation>First party (the office)</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Second party</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Party %1</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>(choose an institution)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>the party&apos;s own number for this agreement</source>
        <translation>the party&apos;s own number for this agreement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Search the register by name</source>
        <translation>Search the register by name</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>As signed</source>
        <translation>As signed</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No signatory chosen.</source>
        <translation>No signatory chosen.</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PersonDialog</name>
    <message>
        <source>Add position...</source>
        <translation>Add position...</translation>
    </message>
    <message>
        <source>End position...</source>
        <translation>End position...</translation>
    </message>
    <message>
        <source>Replace holder...</source>
        <translation>Replace holder...</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dr. Ir. Hj.</source>
        <translation>Dr. Ir. Hj.</translation>
    </message>
    <message>
        <source>S.Sos., M.Si.</source>
        <translation>S.Sos., M.Si.</translation>
    </message>
    <message>
        <source>One number per line</source>
        <translation>One number per line</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Printed as:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Kecamatan or desa:</source>
        <translation>Kecamatan or desa:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>Positions over time</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Likely duplicate</translation>
    </message>
    <message>
        <source>This person is probably already in the register:
%1</source>
        <translation>This person is probably already in the register:
%1</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Someone else changed this person after you opened it. Reload their data (your changes are lost) or keep editing?</source>
        <translation>Someone else changed this person after you opened it. Reload their data (your changes are lost) or keep editing?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Positions can be added once the person is saved.</source>
        <translation>Positions can be added once the person is saved.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation>%1, %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>Titles before the name</source>
        <translation>Titles before the name</translation>
    </message>
    <message>
        <source>The name without titles</source>
        <translation>The name without titles</translation>
    </message>
    <message>
        <source>Titles after the name</source>
        <translation>Titles after the name</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PersonEntryDialog</name>
    <message>
        <source>Invite a guest</source>
        <translation>Invite a guest</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Add a walk-in</translation>
    </message>
    <message>
        <source>Full name with titles</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <source>e.g. Tokoh Masyarakat</source>
        <translation>e.g. Tokoh Masyarakat</translation>
    </message>
    <message>
        <source>e.g. Polsek Koba</source>
        <translation>e.g. Polsek Koba</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Institution &amp;kind:</source>
        <translation>Institution &amp;kind:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PhotosTab</name>
    <message>
        <source>&amp;Add photo...</source>
        <translation>&amp;Add photo...</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Move &amp;left</translation>
    </message>
    <message>
        <source>Move ri&amp;ght</source>
        <translation>Move ri&amp;ght</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Remove photo</translation>
    </message>
    <message>
        <source>Caption printed under the photo in the report (Enter saves)</source>
        <translation>Caption printed under the photo in the report (Enter saves)</translation>
    </message>
    <message>
        <source>A JPEG or PNG file (Ctrl+Shift+F)</source>
        <translation>A JPEG or PNG file (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>No photos yet. Add the documentation photos of the activity; the report lays them out two per row with their captions.</source>
        <translation>No photos yet. Add the documentation photos of the activity; the report lays them out two per row with their captions.</translation>
    </message>
    <message>
        <source>%1, %2 x %3 pixels</source>
        <translation>%1, %2 x %3 pixels</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Taken %1</translation>
    </message>
    <message>
        <source>The file does not say when it was taken.</source>
        <translation>The file does not say when it was taken.</translation>
    </message>
    <message>
        <source>Add a documentation photo</source>
        <translation>Add a documentation photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>Photo date</source>
        <translation>Photo date</translation>
    </message>
    <message>
        <source>%1

The photo was added; remove it if it belongs to another activity.</source>
        <translation>%1

The photo was added; remove it if it belongs to another activity.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Reorder photos</source>
        <translation>Reorder photos</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Remove photo %1 (%2) from the activity? Its stored copy is deleted; the file it was added from stays where it is.</source>
        <translation>Remove photo %1 (%2) from the activity? Its stored copy is deleted; the file it was added from stays where it is.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PlanDraftView</name>
    <message>
        <source>&amp;Move...</source>
        <translation>&amp;Move...</translation>
    </message>
    <message>
        <source>D&amp;rop visit</source>
        <translation>D&amp;rop visit</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Did not fit</source>
        <translation>Did not fit</translation>
    </message>
    <message>
        <source>Leave the chosen visit out of the plan (Delete)</source>
        <translation>Leave the chosen visit out of the plan (Delete)</translation>
    </message>
    <message>
        <source>Choose the MoU and the window, then press &quot;Make draft&quot; to see the plan before anything is saved.</source>
        <translation>Choose the MoU and the window, then press &quot;Make draft&quot; to see the plan before anything is saved.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>%1, visit %2: %3</source>
        <translation>%1, visit %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: left out, already visited under this MoU</source>
        <translation>%1: left out, already visited under this MoU</translation>
    </message>
    <message>
        <source>Did not fit (%1)</source>
        <translation>Did not fit (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) planned on working days from %1 to %2.</source>
        <translation><numerusform>%n visit(s) planned on working days from %1 to %2.</numerusform><numerusform>%n visit(s) planned on working days from %1 to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) did not fit: see &quot;Did not fit&quot;.</source>
        <translation><numerusform>%n visit(s) did not fit: see &quot;Did not fit&quot;.</numerusform><numerusform>%n visit(s) did not fit: see &quot;Did not fit&quot;.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) clash with the schedule.</source>
        <translation><numerusform>%n visit(s) clash with the schedule.</numerusform><numerusform>%n visit(s) clash with the schedule.</numerusform></translation>
    </message>
    <message>
        <source>The MoU is still a draft: the visits are marked as planned under a draft.</source>
        <translation>The MoU is still a draft: the visits are marked as planned under a draft.</translation>
    </message>
    <message>
        <source>left out of the draft by the clerk</source>
        <translation>left out of the draft by the clerk</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>Move the visit to %1</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>The visit must end after it starts.</source>
        <translation>The visit must end after it starts.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PositionDialog</name>
    <message>
        <source>Ended on:</source>
        <translation>Ended on:</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Add position</translation>
    </message>
    <message>
        <source>Kepala Desa</source>
        <translation>Kepala Desa</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>Held as:</source>
        <translation>Held as:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PrintOptionsDialog</name>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>One letter with the list of invitees attached</source>
        <translation>One letter with the list of invitees attached</translation>
    </message>
    <message>
        <source>One letter per invitee</source>
        <translation>One letter per invitee</translation>
    </message>
    <message>
        <source>Ketua (chair)</source>
        <translation>Ketua (chair)</translation>
    </message>
    <message>
        <source>Kepala Sekretariat (head of the secretariat)</source>
        <translation>Kepala Sekretariat (head of the secretariat)</translation>
    </message>
    <message>
        <source>Numbered empty rows after the invited, for walk-ins</source>
        <translation>Numbered empty rows after the invited, for walk-ins</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation>&amp;Letters:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Blank rows:</translation>
    </message>
    <message>
        <source>Pre&amp;view and print...</source>
        <translation>Pre&amp;view and print...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF or ODT...</source>
        <translation>Save as &amp;PDF or ODT...</translation>
    </message>
    <message>
        <source>None yet: written in by hand</source>
        <translation>None yet: written in by hand</translation>
    </message>
    <message>
        <source>Gives the letter the next number of the office in this classification; the number stays with this invitation when it is printed again.</source>
        <translation>Gives the letter the next number of the office in this classification; the number stays with this invitation when it is printed again.</translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <source>Letter number:</source>
        <translation>Letter number:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::RegionPage</name>
    <message>
        <source>Search province</source>
        <translation>Search province</translation>
    </message>
    <message>
        <source>Type to search, e.g. bangka tengah</source>
        <translation>Type to search, e.g. bangka tengah</translation>
    </message>
    <message>
        <source>Where does the office work?</source>
        <translation>Where does the office work?</translation>
    </message>
    <message>
        <source>Choose the province, then the kabupaten/kota the office supervises. Its kecamatan and kelurahan/desa are what every list in SiSambang offers.</source>
        <translation>Choose the province, then the kabupaten/kota the office supervises. Its kecamatan and kelurahan/desa are what every list in SiSambang offers.</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/Kota</source>
        <translation>&amp;Kabupaten/Kota</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>No kabupaten/kota chosen yet: pick one from the list.</source>
        <translation>No kabupaten/kota chosen yet: pick one from the list.</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2), province %3</source>
        <translation>Chosen: %1 (%2), province %3</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ReplaceHolderDialog</name>
    <message>
        <source>Replace holder</source>
        <translation>Replace holder</translation>
    </message>
    <message>
        <source>%1 at %2, now held by %3.</source>
        <translation>%1 at %2, now held by %3.</translation>
    </message>
    <message>
        <source>Search the successor by name</source>
        <translation>Search the successor by name</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Successor:</source>
        <translation>Successor:</translation>
    </message>
    <message>
        <source>In office from:</source>
        <translation>In office from:</translation>
    </message>
    <message>
        <source>Held as:</source>
        <translation>Held as:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the successor from the list.</source>
        <translation>Choose the successor from the list.</translation>
    </message>
    <message>
        <source>The successor must start after %1 took office.</source>
        <translation>The successor must start after %1 took office.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ReportPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Monthly recap for the province, and the year view</source>
        <translation>Monthly recap for the province, and the year view</translation>
    </message>
    <message>
        <source>Coverage per kecamatan</source>
        <translation>Coverage per kecamatan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation>&amp;Monthly</translation>
    </message>
    <message>
        <source>&amp;Yearly</source>
        <translation>&amp;Yearly</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>&amp;Preview and Print...</source>
        <translation>&amp;Preview and Print...</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <source>PDF, ODT, XLSX or CSV (Ctrl+E)</source>
        <translation>PDF, ODT, XLSX or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>M&amp;oU:</source>
        <translation>M&amp;oU:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Desa visited in the period</source>
        <translation>Desa visited in the period</translation>
    </message>
    <message>
        <source>Desa visited so far</source>
        <translation>Desa visited so far</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>All agreements</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Not visited yet: %1</source>
        <translation>Not visited yet: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Monthly recap print preview</source>
        <translation>Monthly recap print preview</translation>
    </message>
    <message>
        <source>Yearly recap print preview</source>
        <translation>Yearly recap print preview</translation>
    </message>
    <message>
        <source>Export the monthly recap</source>
        <translation>Export the monthly recap</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the yearly recap</source>
        <translation>Export the yearly recap</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::RescheduleDialog</name>
    <message>
        <source>Reschedule %1</source>
        <translation>Reschedule %1</translation>
    </message>
    <message>
        <source>Now: %1 %2 at %3</source>
        <translation>Now: %1 %2 at %3</translation>
    </message>
    <message>
        <source>e.g. the kepala desa asked for another day</source>
        <translation>e.g. the kepala desa asked for another day</translation>
    </message>
    <message>
        <source>&amp;New date and time</source>
        <translation>&amp;New date and time</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Earlier moves</source>
        <translation>Earlier moves</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation>The activity must end after it starts.</translation>
    </message>
    <message>
        <source>Choose a date or time other than the current one.</source>
        <translation>Choose a date or time other than the current one.</translation>
    </message>
    <message>
        <source>Give the reason for the move; it is kept with the activity.</source>
        <translation>Give the reason for the move; it is kept with the activity.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Someone else changed this activity after you opened it. It is reloaded; move it again if still needed.</source>
        <translation>Someone else changed this activity after you opened it. It is reloaded; move it again if still needed.</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ScheduleFilterBar</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>All MoUs</source>
        <translation>All MoUs</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Sambang visits and other activities: calendar, list, clashes and the generator</source>
        <translation>Sambang visits and other activities: calendar, list, clashes and the generator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <source>&amp;Generate...</source>
        <translation>&amp;Generate...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Reschedule...</source>
        <translation>&amp;Reschedule...</translation>
    </message>
    <message>
        <source>&amp;Accept clash...</source>
        <translation>&amp;Accept clash...</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;PDF...</source>
        <translation>&amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;XLSX/CSV...</source>
        <translation>&amp;XLSX/CSV...</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Previous week (PgUp)</source>
        <translation>Previous week (PgUp)</translation>
    </message>
    <message>
        <source>Previous month (PgUp)</source>
        <translation>Previous month (PgUp)</translation>
    </message>
    <message>
        <source>Next week (PgDown)</source>
        <translation>Next week (PgDown)</translation>
    </message>
    <message>
        <source>Next month (PgDown)</source>
        <translation>Next month (PgDown)</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation><numerusform>%n activity(ies)</numerusform><numerusform>%n activity(ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with open clashes</source>
        <translation><numerusform>%1, %n with open clashes</numerusform><numerusform>%1, %n with open clashes</numerusform></translation>
    </message>
    <message>
        <source>No activities in this period. New activity: Ctrl+N; a plan from an MoU: Ctrl+G.</source>
        <translation>No activities in this period. New activity: Ctrl+N; a plan from an MoU: Ctrl+G.</translation>
    </message>
    <message>
        <source>Choose an activity in the calendar or the list to act on it.</source>
        <translation>Choose an activity in the calendar or the list to act on it.</translation>
    </message>
    <message>
        <source>No officers assigned.</source>
        <translation>No officers assigned.</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>Officers: %1</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan saved</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were added to the schedule.</source>
        <translation><numerusform>%n visit(s) were added to the schedule.</numerusform><numerusform>%n visit(s) were added to the schedule.</numerusform></translation>
    </message>
</context>
<context>
    <name>sisambang::ui::SettingsPage</name>
    <message>
        <source>Office Profile</source>
        <translation>Office Profile</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages. Printed documents (MoU, invitations, attendance sheets, minutes, recaps) are always in Bahasa Indonesia.</source>
        <translation>The language of menus, pages and messages. Printed documents (MoU, invitations, attendance sheets, minutes, recaps) are always in Bahasa Indonesia.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work area:&lt;/b&gt; %1 (code %2). The kabupaten/kota is fixed when a database is set up; for another one create a new database (File &amp;gt; New Database).</source>
        <translation>&lt;b&gt;Work area:&lt;/b&gt; %1 (code %2). The kabupaten/kota is fixed when a database is set up; for another one create a new database (File &amp;gt; New Database).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work area:&lt;/b&gt; not set up.</source>
        <translation>&lt;b&gt;Work area:&lt;/b&gt; not set up.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Cannot Save the Profile</source>
        <translation>Cannot Save the Profile</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>Sa&amp;ve Profile</translation>
    </message>
    <message>
        <source>Undo &amp;Changes</source>
        <translation>Undo &amp;Changes</translation>
    </message>
    <message>
        <source>Letter Numbers</source>
        <translation>Letter Numbers</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>The office profile printed on every document, the holidays schedules skip, letter numbers, the language of SiSambang, backups and the audit log.</source>
        <translation>The office profile printed on every document, the holidays schedules skip, letter numbers, the language of SiSambang, backups and the audit log.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::SlotEdit</name>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::StakeholderFilterBar</name>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>Search name, position, institution, desa (Ctrl+F)</source>
        <translation>Search name, position, institution, desa (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All kelurahan/desa</source>
        <translation>All kelurahan/desa</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::StakeholderModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::StakeholderPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>People and institutions the office works with</source>
        <translation>People and institutions the office works with</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Import...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <source>Merge...</source>
        <translation>Merge...</translation>
    </message>
    <message>
        <source>Select two rows that are the same person</source>
        <translation>Select two rows that are the same person</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n people</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message>
        <source>Remove %1 from the register? A person referred to by positions or documents is kept as inactive instead.</source>
        <translation>Remove %1 from the register? A person referred to by positions or documents is kept as inactive instead.</translation>
    </message>
    <message>
        <source>%1 was deleted: nothing referred to them.</source>
        <translation>%1 was deleted: nothing referred to them.</translation>
    </message>
    <message>
        <source>%1 is now inactive: their records are kept and they are hidden unless &quot;Show inactive&quot; is ticked.</source>
        <translation>%1 is now inactive: their records are kept and they are hidden unless &quot;Show inactive&quot; is ticked.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Select the two rows that are the same person.</source>
        <translation>Select the two rows that are the same person.</translation>
    </message>
    <message>
        <source>Which record is kept? The other one is merged into it and removed.</source>
        <translation>Which record is kept? The other one is merged into it and removed.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 is merged into %2:
- %3 position(s) move to %2
- %4 phone number(s) and any empty fields are taken over
- every other reference moves to %2
%1 is then removed; the merge is recorded.</source>
        <translation>%1 is merged into %2:
- %3 position(s) move to %2
- %4 phone number(s) and any empty fields are taken over
- every other reference moves to %2
%1 is then removed; the merge is recorded.</translation>
    </message>
    <message>
        <source>Merged: %1 position(s) moved, %2 phone number(s) added.</source>
        <translation>Merged: %1 position(s) moved, %2 phone number(s) added.</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Import stakeholders</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Export stakeholders</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation><numerusform>%n people written to %1.</numerusform><numerusform>%n people written to %1.</numerusform></translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Writing %1...</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::TeamEditor</name>
    <message>
        <source>Add team...</source>
        <translation>Add team...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No Bawaslu member or staff is in the register yet.</source>
        <translation>No Bawaslu member or staff is in the register yet.</translation>
    </message>
    <message>
        <source>A team visits together, one desa per half day.</source>
        <translation>A team visits together, one desa per half day.</translation>
    </message>
    <message>
        <source>No teams: visits are planned without officers.</source>
        <translation>No teams: visits are planned without officers.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::VillageChecklist</name>
    <message>
        <source>Kelurahan/desa covered</source>
        <translation>Kelurahan/desa covered</translation>
    </message>
</context>
</TS>
