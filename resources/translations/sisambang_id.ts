<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActivityCommands</name>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>Tun&amp;da</translation>
    </message>
    <message>
        <source>Ca&amp;ncel activity</source>
        <translation>Batalkan ke&amp;giatan</translation>
    </message>
    <message>
        <source>Back to p&amp;lanned</source>
        <translation>Kembalikan ke Di&amp;rencanakan</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Diubah di tempat lain</translation>
    </message>
    <message>
        <source>Someone else changed this activity in the meantime. The schedule shows it as it is now; try again if still needed.</source>
        <translation>Pengguna lain telah mengubah kegiatan ini sementara itu. Jadwal kini menampilkan keadaan terbarunya; ulangi jika masih diperlukan.</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>Batalkan kegiatan</translation>
    </message>
    <message>
        <source>Cancel the activity in %1 on %2? It stays in the schedule, struck through.</source>
        <translation>Batalkan kegiatan di %1 pada %2? Kegiatan tetap ada di jadwal, dengan tanda coret.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Jadwalkan ulang</translation>
    </message>
    <message>
        <source>A done or cancelled activity keeps its date. Set it back to planned first.</source>
        <translation>Kegiatan yang sudah terlaksana atau dibatalkan tetap pada tanggalnya. Kembalikan terlebih dahulu ke status Direncanakan.</translation>
    </message>
    <message>
        <source>Accept clash</source>
        <translation>Terima bentrok</translation>
    </message>
    <message>
        <source>This activity has no clash waiting to be accepted.</source>
        <translation>Kegiatan ini tidak memiliki bentrok yang menunggu untuk diterima.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Only a planned activity can be deleted; cancel it instead, so that the record stays.</source>
        <translation>Hanya kegiatan yang masih direncanakan yang dapat dihapus; batalkan saja agar catatannya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Delete the activity in %1 on %2? Use this only for an activity entered by mistake.</source>
        <translation>Hapus kegiatan di %1 pada %2? Gunakan ini hanya untuk kegiatan yang keliru dimasukkan.</translation>
    </message>
</context>
<context>
    <name>ActivityImport</name>
    <message>
        <source>nobody named &quot;%1&quot; is in the register</source>
        <translation>tidak ada orang bernama &quot;%1&quot; dalam daftar</translation>
    </message>
    <message>
        <source>%1 people in the register are named &quot;%2&quot;</source>
        <translation>ada %1 orang bernama &quot;%2&quot; dalam daftar</translation>
    </message>
    <message>
        <source>Set up the office (its kabupaten/kota) before importing a schedule.</source>
        <translation>Atur kantor (kabupaten/kotanya) terlebih dahulu sebelum mengimpor jadwal.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The first row must name the columns; missing: %1 (expected tanggal, jam, kecamatan, desa, kegiatan, tempat, petugas).</source>
        <translation>Baris pertama harus berisi nama kolom; belum ada: %1 (yang diharapkan: tanggal, jam, kecamatan, desa, kegiatan, tempat, petugas).</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>tanggal belum diisi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2023-03-06 or 6 Maret 2023)</source>
        <translation>&quot;%1&quot; bukan tanggal (tulis 2023-03-06 atau 6 Maret 2023)</translation>
    </message>
    <message>
        <source>the time is missing</source>
        <translation>jam belum diisi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (write 09.00-12.00)</source>
        <translation>&quot;%1&quot; bukan jam (tulis 09.00-12.00)</translation>
    </message>
    <message>
        <source>%1 is not a kecamatan or kelurahan/desa</source>
        <translation>%1 bukan kecamatan atau kelurahan/desa</translation>
    </message>
    <message>
        <source>the kecamatan is missing</source>
        <translation>kecamatan belum diisi</translation>
    </message>
    <message>
        <source>the activity is missing (e.g. Sambang Desa)</source>
        <translation>kegiatan belum diisi (mis. Sambang Desa)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (Direncanakan, Selesai, Ditunda or Dibatalkan)</source>
        <translation>&quot;%1&quot; bukan status (Direncanakan, Selesai, Ditunda atau Dibatalkan)</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 disebut dua kali</translation>
    </message>
    <message>
        <source>already in the schedule (activity %1)</source>
        <translation>sudah ada di jadwal (kegiatan %1)</translation>
    </message>
    <message>
        <source>repeats row %1</source>
        <translation>mengulang baris %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported.</source>
        <translation>
            <numerusform>%n baris berisi kesalahan; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>done without attendance: record who came on the Kegiatan page</source>
        <translation>terlaksana tanpa daftar hadir: catat siapa yang hadir di halaman Kegiatan</translation>
    </message>
</context>
<context>
    <name>ActivityPrinter</name>
    <message>
        <source>Nobody is invited yet: choose the participants on the Participants tab first.</source>
        <translation>Belum ada yang diundang: pilih dulu peserta di tab Peserta.</translation>
    </message>
    <message>
        <source>The minutes of this activity are not written yet: fill them in on the Minutes tab and save them first.</source>
        <translation>Notulen kegiatan ini belum ditulis: isi dan simpan dulu di tab Notulen.</translation>
    </message>
    <message>
        <source>Unknown document.</source>
        <translation>Dokumen tidak dikenal.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Simpan %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Teks OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>There is no activity with id %1.</source>
        <translation>Tidak ada kegiatan dengan id %1.</translation>
    </message>
    <message>
        <source>Choose the kelurahan/desa or kecamatan.</source>
        <translation>Pilih kelurahan/desa atau kecamatan.</translation>
    </message>
    <message>
        <source>The region %1 does not exist.</source>
        <translation>Wilayah %1 tidak ada.</translation>
    </message>
    <message>
        <source>An activity takes place in a kelurahan/desa or a kecamatan, not in %1.</source>
        <translation>Kegiatan berlangsung di kelurahan/desa atau kecamatan, bukan di %1.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Tanggal wajib diisi.</translation>
    </message>
    <message>
        <source>Start and end time are required.</source>
        <translation>Jam mulai dan jam selesai wajib diisi.</translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation>Kegiatan harus selesai setelah dimulai.</translation>
    </message>
    <message>
        <source>There is no agreement with id %1.</source>
        <translation>Tidak ada MoU dengan id %1.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Tidak ada orang dengan id %1.</translation>
    </message>
    <message>
        <source>%1 is named twice as an officer.</source>
        <translation>%1 disebut dua kali sebagai petugas.</translation>
    </message>
    <message>
        <source>Activity on %1 in %2</source>
        <translation>Kegiatan tanggal %1 di %2</translation>
    </message>
    <message>
        <source>Move an activity to another date or time with Reschedule, so that the move and its reason are kept.</source>
        <translation>Pindahkan kegiatan ke tanggal atau jam lain dengan Jadwal Ulang, agar perpindahan dan alasannya tercatat.</translation>
    </message>
    <message>
        <source>Change an activity&apos;s status with its own command.</source>
        <translation>Ubah status kegiatan dengan perintahnya sendiri.</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>Kegiatan diubah</translation>
    </message>
    <message>
        <source>Give the reason for the new date.</source>
        <translation>Isi alasan tanggal baru.</translation>
    </message>
    <message>
        <source>The new date needs a start and an end time, the end after the start.</source>
        <translation>Tanggal baru memerlukan jam mulai dan jam selesai, jam selesai setelah jam mulai.</translation>
    </message>
    <message>
        <source>A done or cancelled activity cannot be moved.</source>
        <translation>Kegiatan yang sudah terlaksana atau dibatalkan tidak dapat dipindahkan.</translation>
    </message>
    <message>
        <source>The new date and time are the same as the old ones.</source>
        <translation>Tanggal dan jam baru sama dengan yang lama.</translation>
    </message>
    <message>
        <source>Activity moved from %1 to %2: %3</source>
        <translation>Kegiatan dipindahkan dari %1 ke %2: %3</translation>
    </message>
    <message>
        <source>An activity that is %1 cannot become %2.</source>
        <translation>Kegiatan berstatus %1 tidak dapat menjadi %2.</translation>
    </message>
    <message>
        <source>Activity %1 -&gt; %2</source>
        <translation>Kegiatan %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Only a planned activity can be removed; cancel it instead.</source>
        <translation>Hanya kegiatan yang masih direncanakan yang dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Activity removed</source>
        <translation>Kegiatan dihapus</translation>
    </message>
    <message>
        <source>Record who came before marking the activity done: tick the invited participants who attended or add the walk-ins.</source>
        <translation>Catat kehadiran sebelum menandai kegiatan selesai: centang peserta undangan yang hadir atau tambahkan peserta tanpa undangan.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 pada %2: %3</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>There is no agreement with id %1.</source>
        <translation>Tidak ada MoU dengan id %1.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Judul wajib diisi.</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>MoU tidak dapat berakhir sebelum mulai berlaku.</translation>
    </message>
    <message>
        <source>Party %1 needs an institution.</source>
        <translation>Pihak %1 memerlukan instansi.</translation>
    </message>
    <message>
        <source>Each party needs its own position number, starting at 1.</source>
        <translation>Setiap pihak memerlukan nomor urut sendiri, mulai dari 1.</translation>
    </message>
    <message>
        <source>%1 is not a kelurahan/desa code.</source>
        <translation>%1 bukan kode kelurahan/desa.</translation>
    </message>
    <message>
        <source>The signing date is missing.</source>
        <translation>Tanggal penandatanganan belum diisi.</translation>
    </message>
    <message>
        <source>Party %1 is missing.</source>
        <translation>Pihak %1 belum ada.</translation>
    </message>
    <message>
        <source>Party %1 (%2) has no signatory.</source>
        <translation>Pihak %1 (%2) belum memiliki penanda tangan.</translation>
    </message>
    <message>
        <source>Party %1 (%2) has no letter number.</source>
        <translation>Pihak %1 (%2) belum memiliki nomor surat.</translation>
    </message>
    <message>
        <source>The agreement was changed elsewhere; reload it first.</source>
        <translation>MoU telah diubah di tempat lain; muat ulang terlebih dahulu.</translation>
    </message>
    <message>
        <source>An agreement that is %1 cannot become %2.</source>
        <translation>MoU berstatus %1 tidak dapat menjadi %2.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet: %1</source>
        <translation>MoU belum dapat ditandatangani: %1</translation>
    </message>
    <message>
        <source>The agreement has no first party to number.</source>
        <translation>MoU belum memiliki pihak pertama untuk diberi nomor.</translation>
    </message>
    <message>
        <source>The office already has number %1 for this agreement.</source>
        <translation>Kantor sudah memiliki nomor %1 untuk MoU ini.</translation>
    </message>
</context>
<context>
    <name>AgreementTemplates</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Templat memerlukan nama.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>%1 tidak dapat disalin ke %2.</translation>
    </message>
    <message>
        <source>The attachment path &quot;%1&quot; leaves the attachment folder.</source>
        <translation>Jalur lampiran &quot;%1&quot; keluar dari folder lampiran.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceRepository</name>
    <message>
        <source>There is no invited participant number %1.</source>
        <translation>Tidak ada peserta undangan nomor %1.</translation>
    </message>
    <message>
        <source>%1 (number %2) came to activity %3</source>
        <translation>%1 (nomor %2) hadir pada kegiatan %3</translation>
    </message>
    <message>
        <source>%1 (number %2) unticked at activity %3</source>
        <translation>Tanda hadir %1 (nomor %2) pada kegiatan %3 dibatalkan</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Peserta tanpa undangan harus diberi nama.</translation>
    </message>
    <message>
        <source>Row numbers start at 1.</source>
        <translation>Nomor baris dimulai dari 1.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet is already taken.</source>
        <translation>Baris %1 pada daftar hadir sudah terisi.</translation>
    </message>
    <message>
        <source>Walk-in %1 (number %2) at activity %3</source>
        <translation>Peserta tanpa undangan %1 (nomor %2) pada kegiatan %3</translation>
    </message>
    <message>
        <source>There is no attendance record with id %1.</source>
        <translation>Tidak ada catatan kehadiran dengan id %1.</translation>
    </message>
    <message>
        <source>An invited participant is unticked, not removed.</source>
        <translation>Peserta undangan dibatalkan tanda hadirnya, bukan dihapus.</translation>
    </message>
    <message>
        <source>Walk-in %1 removed</source>
        <translation>Peserta tanpa undangan %1 dihapus</translation>
    </message>
    <message>
        <source>Only a walk-in can be added to the register from here.</source>
        <translation>Hanya peserta tanpa undangan yang dapat ditambahkan ke daftar pemangku kepentingan dari sini.</translation>
    </message>
    <message>
        <source>This walk-in is already in the register.</source>
        <translation>Peserta tanpa undangan ini sudah ada di daftar pemangku kepentingan.</translation>
    </message>
    <message>
        <source>Came to activity %1 on %2 without an invitation.</source>
        <translation>Hadir pada kegiatan %1 tanggal %2 tanpa undangan.</translation>
    </message>
    <message>
        <source>Institution %1 added for a walk-in</source>
        <translation>Instansi %1 ditambahkan untuk peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Walk-in %1 added to the register</source>
        <translation>Peserta tanpa undangan %1 ditambahkan ke daftar pemangku kepentingan</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Cannot write %1 into the backup.</source>
        <translation>%1 tidak dapat ditulis ke dalam cadangan.</translation>
    </message>
    <message>
        <source>This file is not a SiSambang backup (its manifest is missing or foreign).</source>
        <translation>Berkas ini bukan cadangan SiSambang (manifesnya tidak ada atau milik program lain).</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Tidak ada cadangan di %1.</translation>
    </message>
    <message>
        <source>%1 is not a SiSambang backup (not a readable zip archive).</source>
        <translation>%1 bukan cadangan SiSambang (bukan arsip zip yang dapat dibaca).</translation>
    </message>
    <message>
        <source>%1 holds too many files to be a backup.</source>
        <translation>%1 berisi terlalu banyak berkas untuk sebuah cadangan.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than a backup can hold; it was refused.</source>
        <translation>%1 terurai menjadi lebih besar daripada yang mungkin bagi sebuah cadangan; berkas ditolak.</translation>
    </message>
    <message>
        <source>%1 is not a SiSambang backup (manifest or database missing).</source>
        <translation>%1 bukan cadangan SiSambang (manifes atau database tidak ada).</translation>
    </message>
    <message>
        <source>%1 holds a file outside its folders (%2); it was refused.</source>
        <translation>%1 berisi berkas di luar foldernya (%2); berkas ditolak.</translation>
    </message>
    <message>
        <source>%1 holds an unexpected file %2; it was refused.</source>
        <translation>%1 berisi berkas tak terduga %2; berkas ditolak.</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2.</source>
        <translation>%1 di dalam %2 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The manifest of %1 is too large.</source>
        <translation>Manifes %1 terlalu besar.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 is larger than declared).</source>
        <translation>%1 rusak (%2 lebih besar daripada yang dinyatakan).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 rusak: %2 tidak dapat diurai.</translation>
    </message>
    <message>
        <source>%1 is damaged: the checksum of %2 does not match.</source>
        <translation>%1 rusak: checksum %2 tidak cocok.</translation>
    </message>
    <message>
        <source>The database in %1 cannot be read: %2</source>
        <translation>Database di dalam %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The database in %1 is not a SiSambang database.</source>
        <translation>Database di dalam %1 bukan database SiSambang.</translation>
    </message>
    <message>
        <source>%1 was made by a newer SiSambang (schema %2, this program knows up to %3).</source>
        <translation>%1 dibuat oleh SiSambang yang lebih baru (skema %2, program ini hanya mengenal sampai %3).</translation>
    </message>
    <message>
        <source>The database in %1 is damaged: %2</source>
        <translation>Database di dalam %1 rusak: %2</translation>
    </message>
    <message>
        <source>Cannot write a backup into %1: the folder is missing or read-only.</source>
        <translation>Cadangan tidak dapat ditulis ke %1: folder tidak ada atau hanya-baca.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the database: %1</source>
        <translation>Salinan database tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>Penulisan %1 tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check the backup.</source>
        <translation>Folder sementara untuk memeriksa cadangan tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>Tidak dapat menulis di %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; is SiSambang still running on it?</source>
        <translation>%1 tidak dapat dipindahkan; apakah SiSambang masih membukanya?</translation>
    </message>
    <message>
        <source>Cannot move the current database aside; nothing was changed.</source>
        <translation>Database saat ini tidak dapat dipindahkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cannot move the current attachments aside; nothing was changed.</source>
        <translation>Lampiran saat ini tidak dapat dipindahkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place; the current one was kept.</source>
        <translation>Database hasil pemulihan tidak dapat dipasang; database saat ini tetap dipakai.</translation>
    </message>
    <message>
        <source>Cannot finish writing the backup.</source>
        <translation>Penulisan cadangan tidak dapat diselesaikan.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Versi skema %1, seharusnya %2.</translation>
    </message>
    <message>
        <source>The region table is empty.</source>
        <translation>Tabel wilayah kosong.</translation>
    </message>
    <message>
        <source>Photo %1 of activity %2: %3</source>
        <translation>Foto %1 kegiatan %2: %3</translation>
    </message>
    <message>
        <source>Photo %1 of activity %2: the file %3 is missing.</source>
        <translation>Foto %1 kegiatan %2: berkas %3 tidak ada.</translation>
    </message>
    <message>
        <source>Activity %1: the count of who came does not match its attendance list.</source>
        <translation>Kegiatan %1: jumlah yang hadir tidak sesuai dengan daftar hadirnya.</translation>
    </message>
</context>
<context>
    <name>ClashDetector</name>
    <message>
        <source>%1 in %2 falls on a Saturday.</source>
        <translation>%1 di %2 jatuh pada hari Sabtu.</translation>
    </message>
    <message>
        <source>%1 in %2 falls on a Sunday.</source>
        <translation>%1 di %2 jatuh pada hari Minggu.</translation>
    </message>
    <message>
        <source>%1 in %2 falls on a holiday: %3.</source>
        <translation>%1 di %2 jatuh pada hari libur: %3.</translation>
    </message>
    <message>
        <source>%1 in %2 is outside the validity of its agreement (%3 to %4).</source>
        <translation>%1 di %2 berada di luar masa berlaku MoU-nya (%3 s.d. %4).</translation>
    </message>
    <message>
        <source>%1 is not covered by the agreement of the activity on %2.</source>
        <translation>%1 tidak tercakup dalam MoU kegiatan pada %2.</translation>
    </message>
    <message>
        <source>Two activities in %1 on %2.</source>
        <translation>Dua kegiatan di %1 pada %2.</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>petugas %1</translation>
    </message>
    <message>
        <source>%1 would be in two places at once on %2: %3 and %4.</source>
        <translation>%1 akan berada di dua tempat sekaligus pada %2: %3 dan %4.</translation>
    </message>
    <message>
        <source>Give the reason for accepting the clash.</source>
        <translation>Isi alasan menerima bentrok jadwal ini.</translation>
    </message>
    <message>
        <source>This clash is between two activities: name the other one.</source>
        <translation>Bentrok ini antara dua kegiatan: sebutkan kegiatan yang lain.</translation>
    </message>
    <message>
        <source>This clash concerns one activity only.</source>
        <translation>Bentrok ini hanya menyangkut satu kegiatan.</translation>
    </message>
    <message>
        <source>Activity %1 has no such clash to accept.</source>
        <translation>Kegiatan %1 tidak memiliki bentrok seperti itu untuk diterima.</translation>
    </message>
    <message>
        <source>This clash was accepted already: %1</source>
        <translation>Bentrok ini sudah diterima: %1</translation>
    </message>
    <message>
        <source>Clash accepted (%1): %2</source>
        <translation>Bentrok diterima (%1): %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Baris %1: kolom yang diawali tanda kutip tidak pernah ditutup.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Tidak ada database di %1.</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is read-only.</source>
        <translation>Tidak dapat membuat database di %1: folder itu hanya-baca.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SiSambang database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 bukan database SiSambang (bukan berkas SQLite). Berkas itu tidak diubah sama sekali.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the file or its folder is read-only.</source>
        <translation>%1 tidak dapat dibuka untuk ditulisi: berkas atau foldernya hanya-baca.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Tidak ada berkas database yang diberikan.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (QSQLITE).</source>
        <translation>Driver SQLite untuk Qt (QSQLITE) belum terpasang.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a SiSambang database. It was left untouched.</source>
        <translation>%1 adalah database SQLite milik program lain, bukan database SiSambang. Berkas itu tidak diubah sama sekali.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SiSambang (schema version %2; this program knows up to %3). Install the newer SiSambang to open it; the file was left untouched.</source>
        <translation>%1 ditulis oleh SiSambang yang lebih baru (versi skema %2; program ini hanya mengenal sampai %3). Pasang SiSambang yang lebih baru untuk membukanya; berkas itu tidak diubah sama sekali.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but no backup could be written first, so it was left untouched: %1</source>
        <translation>Database perlu diperbarui, tetapi cadangan tidak dapat ditulis terlebih dahulu, sehingga database tidak diubah: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo needs a new, empty database; this one is already set up for an office.</source>
        <translation>Demo memerlukan database baru yang kosong; database ini sudah disiapkan untuk sebuah kantor.</translation>
    </message>
    <message>
        <source>The demo&apos;s kecamatan are missing from the region table.</source>
        <translation>Kecamatan demo tidak ada di tabel wilayah.</translation>
    </message>
    <message>
        <source>The demo register lacks %1.</source>
        <translation>Data demo tidak memuat %1.</translation>
    </message>
    <message>
        <source>The demo plan has no visit on 15 March 2023.</source>
        <translation>Rencana demo tidak memuat kunjungan pada 15 Maret 2023.</translation>
    </message>
    <message>
        <source>The demo visit %1 has no officials to invite.</source>
        <translation>Kunjungan demo %1 tidak memiliki pejabat untuk diundang.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Choose a file name ending in .%1.</source>
        <translation>Pilih nama berkas yang berakhiran .%1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 sudah ada; pilih nama lain.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 (same name, id %2)</source>
        <translation>%1 (nama sama, id %2)</translation>
    </message>
    <message>
        <source>%1 (same name in %2, id %3)</source>
        <translation>%1 (nama sama di %2, id %3)</translation>
    </message>
    <message>
        <source>%1 (same phone %2, id %3)</source>
        <translation>%1 (nomor HP sama %2, id %3)</translation>
    </message>
</context>
<context>
    <name>EmailAddresses</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: the @ is missing.</source>
        <translation>&quot;%1&quot; bukan alamat e-mail: tanda @ tidak ada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; bukan alamat e-mail.</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>There is no follow-up item with id %1.</source>
        <translation>Tidak ada tindak lanjut dengan id %1.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Tuliskan apa yang harus dilakukan.</translation>
    </message>
    <message>
        <source>Follow-up of activity %1 added</source>
        <translation>Tindak lanjut kegiatan %1 ditambahkan</translation>
    </message>
    <message>
        <source>Follow-up changed</source>
        <translation>Tindak lanjut diubah</translation>
    </message>
    <message>
        <source>The closing date is required.</source>
        <translation>Tanggal penutupan wajib diisi.</translation>
    </message>
    <message>
        <source>This follow-up item is already closed.</source>
        <translation>Tindak lanjut ini sudah ditutup.</translation>
    </message>
    <message>
        <source>A follow-up item cannot be closed before its activity.</source>
        <translation>Tindak lanjut tidak dapat ditutup sebelum tanggal kegiatannya.</translation>
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation>Tindak lanjut ditutup</translation>
    </message>
    <message>
        <source>This follow-up item is open.</source>
        <translation>Tindak lanjut ini masih terbuka.</translation>
    </message>
    <message>
        <source>Follow-up reopened</source>
        <translation>Tindak lanjut dibuka kembali</translation>
    </message>
    <message>
        <source>Follow-up removed</source>
        <translation>Tindak lanjut dihapus</translation>
    </message>
</context>
<context>
    <name>HolidayRepository</name>
    <message>
        <source>The holiday needs a valid date.</source>
        <translation>Hari libur harus memiliki tanggal yang valid.</translation>
    </message>
    <message>
        <source>The holiday on %1 needs a description.</source>
        <translation>Hari libur pada %1 harus memiliki keterangan.</translation>
    </message>
    <message>
        <source>A holiday file must start with the header tanggal,keterangan,jenis.</source>
        <translation>Berkas hari libur harus diawali baris judul tanggal,keterangan,jenis.</translation>
    </message>
    <message>
        <source>Line %1: expected tanggal, keterangan and jenis.</source>
        <translation>Baris %1: seharusnya berisi tanggal, keterangan, dan jenis.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>Baris %1: &quot;%2&quot; bukan tanggal berbentuk YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Line %1: jenis must be &quot;libur&quot; or &quot;cuti_bersama&quot;, not &quot;%2&quot;.</source>
        <translation>Baris %1: jenis harus &quot;libur&quot; atau &quot;cuti_bersama&quot;, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1: keterangan is empty.</source>
        <translation>Baris %1: keterangan kosong.</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>There is no institution with id %1.</source>
        <translation>Tidak ada instansi dengan id %1.</translation>
    </message>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation>Nama instansi wajib diisi.</translation>
    </message>
</context>
<context>
    <name>LetterNumbering</name>
    <message>
        <source>The number format must contain {seq} and {year}, or two letters could get the same number.</source>
        <translation>Format nomor harus memuat {seq} dan {year}; tanpa itu dua surat bisa mendapat nomor yang sama.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a classification code such as PM or PM.04.</source>
        <translation>&quot;%1&quot; bukan kode klasifikasi seperti PM atau PM.04.</translation>
    </message>
    <message>
        <source>The classification %1 needs a description.</source>
        <translation>Klasifikasi %1 memerlukan uraian.</translation>
    </message>
    <message>
        <source>A letter number needs the letter&apos;s date.</source>
        <translation>Nomor surat memerlukan tanggal surat.</translation>
    </message>
    <message>
        <source>There is no classification code %1; add it in Pengaturan first.</source>
        <translation>Kode klasifikasi %1 tidak ada; tambahkan dahulu di Pengaturan.</translation>
    </message>
    <message>
        <source>The number %1 was already given; the number format probably lacks a part that tells letters apart.</source>
        <translation>Nomor %1 sudah pernah diberikan; format nomor kemungkinan tidak memuat bagian yang membedakan surat.</translation>
    </message>
    <message>
        <source>The number %1 was never given.</source>
        <translation>Nomor %1 tidak pernah diberikan.</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migrasi %1 tidak ada di dalam program.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migrasi %1 gagal: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Versi skema tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>MinutesRepository</name>
    <message>
        <source>Start and end time are required.</source>
        <translation>Jam mulai dan jam selesai wajib diisi.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>Waktu selesai rapat harus setelah waktu mulai.</translation>
    </message>
    <message>
        <source>Point %1 has no text.</source>
        <translation>Poin %1 belum berisi teks.</translation>
    </message>
    <message>
        <source>Someone else wrote minutes for this activity meanwhile.</source>
        <translation>Orang lain telah membuat notulen untuk kegiatan ini.</translation>
    </message>
    <message>
        <source>Someone else changed these minutes meanwhile; read them again.</source>
        <translation>Notulen ini telah diubah oleh orang lain; muat ulang terlebih dahulu.</translation>
    </message>
    <message>
        <source>These minutes were removed meanwhile.</source>
        <translation>Notulen ini telah dihapus oleh orang lain.</translation>
    </message>
    <message>
        <source>Minutes written</source>
        <translation>Notulen dibuat</translation>
    </message>
    <message>
        <source>Minutes changed</source>
        <translation>Notulen diubah</translation>
    </message>
    <message>
        <source>This activity has no minutes.</source>
        <translation>Kegiatan ini belum memiliki notulen.</translation>
    </message>
    <message>
        <source>Minutes removed</source>
        <translation>Notulen dihapus</translation>
    </message>
</context>
<context>
    <name>MouPrinter</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>MoU print preview</source>
        <translation>Pratinjau cetak MoU</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Export the MoU</source>
        <translation>Ekspor MoU</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Teks OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>OfficeProfileStore</name>
    <message>
        <source>Choose the kabupaten/kota the office serves: %1</source>
        <translation>Pilih kabupaten/kota wilayah kerja kantor: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not a kabupaten/kota.</source>
        <translation>%1 (%2) bukan kabupaten/kota.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Nama kantor wajib diisi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; bukan alamat e-mail.</translation>
    </message>
    <message>
        <source>A NIP holds digits only (18 digits for civil servants).</source>
        <translation>NIP hanya berisi angka (18 angka untuk PNS).</translation>
    </message>
    <message>
        <source>Page margins are between 5 and 60 mm.</source>
        <translation>Margin halaman antara 5 dan 60 mm.</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>There is no invited participant with id %1.</source>
        <translation>Tidak ada peserta undangan dengan id %1.</translation>
    </message>
    <message>
        <source>Attendance has been recorded by the numbers of the printed sheet; the invitation list can only grow now.</source>
        <translation>Kehadiran sudah dicatat menurut nomor pada daftar hadir yang dicetak; daftar undangan sekarang hanya dapat ditambah.</translation>
    </message>
    <message>
        <source>%1 invited as number %2 to activity %3</source>
        <translation>%1 diundang sebagai nomor %2 pada kegiatan %3</translation>
    </message>
    <message>
        <source>This person is already invited.</source>
        <translation>Orang ini sudah diundang.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Tidak ada orang dengan id %1.</translation>
    </message>
    <message>
        <source>Position %1 is not held by this person.</source>
        <translation>Jabatan %1 tidak dipegang oleh orang ini.</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>Tamu harus diberi nama.</translation>
    </message>
    <message>
        <source>The usual officials are those of a kelurahan/desa; this activity is for a whole kecamatan.</source>
        <translation>Pejabat tetap adalah pejabat kelurahan/desa; kegiatan ini untuk satu kecamatan.</translation>
    </message>
    <message>
        <source>%1 no longer invited to activity %2</source>
        <translation>%1 tidak lagi diundang pada kegiatan %2</translation>
    </message>
    <message>
        <source>The new order must name every invited participant once.</source>
        <translation>Urutan baru harus memuat setiap peserta undangan tepat satu kali.</translation>
    </message>
    <message>
        <source>Invited participants reordered</source>
        <translation>Urutan peserta undangan diubah</translation>
    </message>
</context>
<context>
    <name>PersonMerge</name>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Seseorang tidak dapat digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>Someone else changed one of the two people after you opened them. Reload both, then merge again.</source>
        <translation>Pengguna lain mengubah salah satu dari kedua orang ini setelah Anda membukanya. Muat ulang keduanya, lalu gabungkan lagi.</translation>
    </message>
    <message>
        <source>%1.%2: %3 moved, %4 duplicates dropped</source>
        <translation>%1.%2: %3 dipindahkan, %4 duplikat dibuang</translation>
    </message>
    <message>
        <source>%1 is still referenced after the merge: %2</source>
        <translation>%1 masih dirujuk setelah penggabungan: %2</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Tidak ada orang dengan id %1.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>A NIP has only digits.</source>
        <translation>NIP hanya berisi angka.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Nomor HP kosong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it contains letters.</source>
        <translation>&quot;%1&quot; bukan nomor telepon: berisi huruf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: unexpected &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; bukan nomor telepon: ada &quot;%2&quot; yang tidak semestinya.</translation>
    </message>
    <message>
        <source>%1 is not an Indonesian number (+62).</source>
        <translation>%1 bukan nomor Indonesia (+62).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it must start with 0, 62 or +62.</source>
        <translation>&quot;%1&quot; bukan nomor telepon: harus diawali 0, 62 atau +62.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has one zero too many after the country code.</source>
        <translation>&quot;%1&quot; berisi satu angka nol berlebih setelah kode negara.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a mobile number.</source>
        <translation>&quot;%1&quot; terlalu pendek untuk nomor HP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>&quot;%1&quot; terlalu pendek untuk nomor telepon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a mobile number.</source>
        <translation>&quot;%1&quot; terlalu panjang untuk nomor HP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>&quot;%1&quot; terlalu panjang untuk nomor telepon.</translation>
    </message>
</context>
<context>
    <name>PhotoCodec</name>
    <message>
        <source>Cannot write the picture: %1</source>
        <translation>Gambar tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The file is not a JPEG or PNG picture.</source>
        <translation>Berkas ini bukan gambar JPEG atau PNG.</translation>
    </message>
    <message>
        <source>The picture is damaged or too large.</source>
        <translation>Gambar rusak atau terlalu besar.</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>Gambar tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>PhotoRepository</name>
    <message>
        <source>There is no photo with id %1.</source>
        <translation>Tidak ada foto dengan id %1.</translation>
    </message>
    <message>
        <source>The photo was taken on %1, not on the day of the activity (%2). Is it the right photo?</source>
        <translation>Foto diambil pada %1, bukan pada hari kegiatan (%2). Apakah fotonya benar?</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 lebih besar dari %2 MB.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Foto lebih besar dari %1 MB.</translation>
    </message>
    <message>
        <source>Photo %1 added to activity %2</source>
        <translation>Foto %1 ditambahkan pada kegiatan %2</translation>
    </message>
    <message>
        <source>Photo caption changed</source>
        <translation>Keterangan foto diubah</translation>
    </message>
    <message>
        <source>The new order must name every photo of the activity once.</source>
        <translation>Urutan baru harus memuat setiap foto kegiatan tepat satu kali.</translation>
    </message>
    <message>
        <source>Photos reordered</source>
        <translation>Urutan foto diubah</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Foto dihapus</translation>
    </message>
</context>
<context>
    <name>PositionRepository</name>
    <message>
        <source>There is no position with id %1.</source>
        <translation>Tidak ada jabatan dengan id %1.</translation>
    </message>
    <message>
        <source>The jabatan is required.</source>
        <translation>Jabatan wajib diisi.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Tanggal selesai tidak boleh sebelum tanggal mulai.</translation>
    </message>
    <message>
        <source>Choose the person who holds the position.</source>
        <translation>Pilih orang yang memegang jabatan.</translation>
    </message>
    <message>
        <source>Choose the institution.</source>
        <translation>Pilih instansi.</translation>
    </message>
    <message>
        <source>Give the last day in office.</source>
        <translation>Isi hari terakhir menjabat.</translation>
    </message>
    <message>
        <source>Give the date the successor takes office.</source>
        <translation>Isi tanggal pengganti mulai menjabat.</translation>
    </message>
    <message>
        <source>This position already ended on %1; only a current holder can be replaced.</source>
        <translation>Jabatan ini sudah berakhir pada %1; hanya pemegang jabatan saat ini yang dapat diganti.</translation>
    </message>
    <message>
        <source>The successor must take office after %1, when the current holder started.</source>
        <translation>Pengganti harus mulai menjabat setelah %1, saat pemegang jabatan sekarang mulai.</translation>
    </message>
    <message>
        <source>The successor is the current holder.</source>
        <translation>Pengganti adalah pemegang jabatan saat ini.</translation>
    </message>
</context>
<context>
    <name>QtMessages</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <translation>Rekap memerlukan periode yang akhirnya tidak sebelum awalnya.</translation>
    </message>
    <message>
        <source>%1 is not a year a recap can be made for.</source>
        <translation>%1 bukan tahun yang dapat direkap.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>The record no longer exists; someone else removed it.</source>
        <translation>Data ini sudah tidak ada; pengguna lain telah menghapusnya.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it to see their change, then make yours again.</source>
        <translation>Pengguna lain mengubah data ini setelah Anda membukanya. Muat ulang untuk melihat perubahannya, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>There is no region with code %1.</source>
        <translation>Tidak ada wilayah dengan kode %1.</translation>
    </message>
</context>
<context>
    <name>RegionData</name>
    <message>
        <source>The region data must start with the header kode,nama,level,induk_kode.</source>
        <translation>Data wilayah harus diawali baris judul kode,nama,level,induk_kode.</translation>
    </message>
    <message>
        <source>Region data line %1: expected 4 fields, found %2.</source>
        <translation>Data wilayah baris %1: seharusnya 4 kolom, ternyata %2.</translation>
    </message>
    <message>
        <source>Region data line %1: %2 is not a valid code for level &quot;%3&quot;.</source>
        <translation>Data wilayah baris %1: %2 bukan kode yang valid untuk tingkat &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Region data line %1: the parent %2 of %3 is not listed before it.</source>
        <translation>Data wilayah baris %1: induk %2 dari %3 tidak tercantum sebelumnya.</translation>
    </message>
    <message>
        <source>Region data line %1: %2</source>
        <translation>Data wilayah baris %1: %2</translation>
    </message>
    <message>
        <source>The region data is missing from the program.</source>
        <translation>Data wilayah tidak ada di dalam program.</translation>
    </message>
</context>
<context>
    <name>RegionLabels</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Urban village</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Customary village</source>
        <translation>Desa adat</translation>
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
        <translation>Kecamatan &quot;%1&quot; tidak dikenal di %2; yang paling mirip: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several kelurahan/desa: %2. Fill in the kecamatan.</source>
        <translation>&quot;%1&quot; adalah nama beberapa kelurahan/desa: %2. Isi kecamatannya.</translation>
    </message>
    <message>
        <source>%1 is in Kecamatan %2, not in Kecamatan %3.</source>
        <translation>%1 berada di Kecamatan %2, bukan di Kecamatan %3.</translation>
    </message>
    <message>
        <source>Unknown kelurahan/desa &quot;%1&quot;; closest: %2.</source>
        <translation>Kelurahan/desa &quot;%1&quot; tidak dikenal; yang paling mirip: %2.</translation>
    </message>
    <message>
        <source>The region code %1 is not in %2.</source>
        <translation>Kode wilayah %1 tidak berada di %2.</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>There is no region with code %1.</source>
        <translation>Tidak ada wilayah dengan kode %1.</translation>
    </message>
</context>
<context>
    <name>ScheduleExportActions</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>Export the schedule as PDF</source>
        <translation>Ekspor jadwal sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf.</source>
        <translation>Pilih nama berkas yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>Export the schedule as a spreadsheet</source>
        <translation>Ekspor jadwal sebagai lembar kerja</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>Pilih nama berkas yang berakhiran .xlsx atau .csv.</translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <source>there is no working day between %1 and %2</source>
        <translation>tidak ada hari kerja antara %1 dan %2</translation>
    </message>
    <message>
        <source>no free slot is left between %1 and %2 (%3 working days, at most %4 visits a day)</source>
        <translation>tidak ada lagi slot kosong antara %1 dan %2 (%3 hari kerja, paling banyak %4 kunjungan sehari)</translation>
    </message>
</context>
<context>
    <name>SchedulePlanner</name>
    <message>
        <source>A team needs at least one officer.</source>
        <translation>Satu tim memerlukan paling sedikit satu petugas.</translation>
    </message>
    <message>
        <source>There is no person with id %1 to send as an officer.</source>
        <translation>Tidak ada orang dengan id %1 untuk ditugaskan sebagai petugas.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the plan, in order.</source>
        <translation>Isi hari pertama dan hari terakhir rencana, secara berurutan.</translation>
    </message>
    <message>
        <source>Visits a day and visits per desa must be at least 1.</source>
        <translation>Kunjungan per hari dan kunjungan per desa paling sedikit 1.</translation>
    </message>
    <message>
        <source>Agreement %1 covers no kelurahan/desa.</source>
        <translation>MoU %1 tidak mencakup kelurahan/desa mana pun.</translation>
    </message>
    <message numerus="yes">
        <source>%n kelurahan/desa did not fit into the plan (%1); nothing was saved. Widen the window, allow more visits a day, or save the plan without them.</source>
        <translation>
            <numerusform>%n kelurahan/desa tidak tertampung dalam rencana (%1); tidak ada yang disimpan. Perpanjang rentang tanggal, tambah kunjungan per hari, atau simpan rencana tanpa desa tersebut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan holds no visit to save.</source>
        <translation>Rencana tidak memuat kunjungan untuk disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n visit(s) for agreement %1</source>
        <translation>
            <numerusform>Rencana %n kunjungan untuk MoU %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement %1 has ended; plan visits under a draft or signed one.</source>
        <translation>MoU %1 sudah berakhir; rencanakan kunjungan di bawah MoU yang masih draf atau sudah ditandatangani.</translation>
    </message>
    <message>
        <source>Agreement %1 was cancelled; plan visits under a draft or signed one.</source>
        <translation>MoU %1 sudah dibatalkan; rencanakan kunjungan di bawah MoU yang masih draf atau sudah ditandatangani.</translation>
    </message>
</context>
<context>
    <name>ScheduleSnapshot</name>
    <message>
        <source>Officer in two places</source>
        <translation>Petugas di dua tempat</translation>
    </message>
    <message>
        <source>Two activities in one desa</source>
        <translation>Dua kegiatan di satu desa</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Bukan hari kerja</translation>
    </message>
    <message>
        <source>Outside the agreement&apos;s validity</source>
        <translation>Di luar masa berlaku MoU</translation>
    </message>
    <message>
        <source>Desa not covered by the agreement</source>
        <translation>Desa tidak tercakup dalam MoU</translation>
    </message>
    <message>
        <source>%1 (accepted: %2)</source>
        <translation>%1 (diterima: %2)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Sambang desa</source>
        <translation>Sambang desa</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Rapat koordinasi</translation>
    </message>
    <message>
        <source>Socialisation</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Kegiatan lain</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Minute taker</source>
        <translation>Notulis</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>StakeholderColumns</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Gelar</translation>
    </message>
    <message>
        <source>Titles before the name</source>
        <translation>Gelar di depan nama</translation>
    </message>
    <message>
        <source>Titles after the name</source>
        <translation>Gelar di belakang nama</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Institution kind</source>
        <translation>Jenis instansi</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>In office since</source>
        <translation>Menjabat sejak</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>The name is empty.</source>
        <translation>Nama kosong.</translation>
    </message>
    <message>
        <source>Unknown gender &quot;%1&quot;: write L or P.</source>
        <translation>Jenis kelamin &quot;%1&quot; tidak dikenal: tulis L atau P.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; known: %2.</source>
        <translation>Kategori &quot;%1&quot; tidak dikenal; yang dikenal: %2.</translation>
    </message>
    <message>
        <source>Unknown institution kind &quot;%1&quot;.</source>
        <translation>Jenis instansi &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2023-02-20 or 20/02/2023).</source>
        <translation>&quot;%1&quot; bukan tanggal (tulis 2023-02-20 atau 20/02/2023).</translation>
    </message>
    <message>
        <source>The jabatan &quot;%1&quot; needs an institution or a desa/kecamatan.</source>
        <translation>Jabatan &quot;%1&quot; memerlukan instansi atau desa/kecamatan.</translation>
    </message>
    <message>
        <source>No jabatan: the institution %1 is not recorded for this person.</source>
        <translation>Tanpa jabatan: instansi %1 tidak dicatat untuk orang ini.</translation>
    </message>
    <message>
        <source>Repeats line %1.</source>
        <translation>Mengulang baris %1.</translation>
    </message>
    <message>
        <source>Likely already in the register: %1. Merge or correct by hand.</source>
        <translation>Kemungkinan sudah ada di daftar: %1. Gabungkan atau perbaiki secara manual.</translation>
    </message>
    <message>
        <source>name written as %1</source>
        <translation>nama ditulis sebagai %1</translation>
    </message>
    <message>
        <source>phone %1 added</source>
        <translation>No. HP %1 ditambahkan</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>gender %1</source>
        <translation>jenis kelamin %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>kategori %1</translation>
    </message>
    <message>
        <source>notes added</source>
        <translation>catatan ditambahkan</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>wilayah %1</translation>
    </message>
    <message>
        <source>new position %1</source>
        <translation>jabatan baru %1</translation>
    </message>
    <message>
        <source>%1 already has a current %2: %3. Both will be current; use &quot;replace holder&quot; if one has left.</source>
        <translation>%1 sudah memiliki %2 yang menjabat: %3. Keduanya akan tercatat menjabat; gunakan &quot;ganti pejabat&quot; jika salah satunya sudah berhenti.</translation>
    </message>
    <message>
        <source>Set up the office (its kabupaten/kota) before importing stakeholders.</source>
        <translation>Atur kantor (kabupaten/kota-nya) sebelum mengimpor pemangku kepentingan.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>No column holds the names: the first row must be a header with &quot;Nama&quot; (or &quot;Name&quot;) above the names.</source>
        <translation>Tidak ada kolom berisi nama: baris pertama harus judul kolom dengan &quot;Nama&quot; (atau &quot;Name&quot;) di atas nama-nama.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported.</source>
        <translation>
            <numerusform>%n baris berisi kesalahan; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>StakeholderKinds</name>
    <message>
        <source>Bawaslu office</source>
        <translation>Kantor Bawaslu</translation>
    </message>
    <message>
        <source>District office (kecamatan)</source>
        <translation>Kantor kecamatan</translation>
    </message>
    <message>
        <source>Village office (desa/kelurahan)</source>
        <translation>Kantor desa/kelurahan</translation>
    </message>
    <message>
        <source>Police (Polsek)</source>
        <translation>Kepolisian (Polsek)</translation>
    </message>
    <message>
        <source>Military (Koramil)</source>
        <translation>TNI (Koramil)</translation>
    </message>
    <message>
        <source>Mass organisation (ormas)</source>
        <translation>Organisasi kemasyarakatan (ormas)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Definitive</source>
        <translation>Definitif</translation>
    </message>
    <message>
        <source>Plt. (acting, pelaksana tugas)</source>
        <translation>Plt. (pelaksana tugas)</translation>
    </message>
    <message>
        <source>Pj. (acting, penjabat)</source>
        <translation>Pj. (penjabat)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintahan</translation>
    </message>
    <message>
        <source>Village apparatus</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <source>Security forces (TNI/Polri)</source>
        <translation>TNI/Polri</translation>
    </message>
    <message>
        <source>Bawaslu</source>
        <translation>Bawaslu</translation>
    </message>
    <message>
        <source>Community leader</source>
        <translation>Tokoh masyarakat</translation>
    </message>
    <message>
        <source>Religious leader</source>
        <translation>Tokoh agama</translation>
    </message>
    <message>
        <source>Mass organisation</source>
        <translation>Organisasi kemasyarakatan</translation>
    </message>
</context>
<context>
    <name>StakeholderQuery</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Tidak ada orang dengan id %1.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 files cannot be read; save the sheet as .xlsx or .csv in the spreadsheet program.</source>
        <translation>Berkas %1 tidak dapat dibaca; simpan lembar kerja sebagai .xlsx atau .csv di program lembar kerja.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB).</source>
        <translation>%1 terlalu besar untuk diimpor (%2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file is not text (CSV): it holds binary data.</source>
        <translation>Berkas ini bukan teks (CSV): berisi data biner.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>Sebagian perubahan gagal, sehingga tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive. Save it from the spreadsheet program as .xlsx or .csv.</source>
        <translation>%1 bukan buku kerja Excel (.xlsx): bukan arsip zip. Simpan dari program lembar kerja sebagai .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>it holds %1 parts</source>
        <translation>berisi %1 bagian</translation>
    </message>
    <message>
        <source>the part %1 unpacks to %2 MB</source>
        <translation>bagian %1 terurai menjadi %2 MB</translation>
    </message>
    <message>
        <source>the part %1 is compressed %2 times, as zip bombs are</source>
        <translation>bagian %1 dimampatkan %2 kali lipat, seperti bom zip</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part %1 is missing.</source>
        <translation>Buku kerja rusak: bagian %1 tidak ada.</translation>
    </message>
    <message>
        <source>The workbook is damaged: cannot unpack %1.</source>
        <translation>Buku kerja rusak: %1 tidak dapat diurai.</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than it declares</source>
        <translation>bagian %1 terurai lebih besar daripada yang dinyatakan</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 does not unpack cleanly.</source>
        <translation>Buku kerja rusak: %1 tidak terurai dengan baik.</translation>
    </message>
    <message>
        <source>The workbook is refused as too large or malformed: %1.</source>
        <translation>Buku kerja ditolak karena terlalu besar atau cacat: %1.</translation>
    </message>
    <message>
        <source>%1 is damaged: its zip directory cannot be read.</source>
        <translation>%1 rusak: direktori zip-nya tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 line %2: %3</source>
        <translation>Buku kerja rusak: %1 baris %2: %3</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>Berkas ini arsip zip, tetapi bukan buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook holds a text of %1 characters; a cell holds at most %2.</source>
        <translation>Buku kerja memuat teks sepanjang %1 karakter; satu sel paling banyak %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a cell refers to a text that does not exist.</source>
        <translation>Buku kerja rusak: sebuah sel merujuk ke teks yang tidak ada.</translation>
    </message>
    <message>
        <source>A cell holds %1 characters; a cell holds at most %2.</source>
        <translation>Sebuah sel berisi %1 karakter; satu sel paling banyak %2.</translation>
    </message>
    <message>
        <source>The sheet has more rows than Excel allows.</source>
        <translation>Lembar kerja berisi lebih banyak baris daripada yang diizinkan Excel.</translation>
    </message>
    <message>
        <source>The sheet has more columns than Excel allows.</source>
        <translation>Lembar kerja berisi lebih banyak kolom daripada yang diizinkan Excel.</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>Buku kerja tidak memiliki lembar nomor %1.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AboutDialog</name>
    <message>
        <source>About SiSambang</source>
        <translation>Tentang SiSambang</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SiSambang %1&lt;/h2&gt;&lt;p&gt;Sistem Informasi Sambang Pengawasan&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SiSambang %1&lt;/h2&gt;&lt;p&gt;Sistem Informasi Sambang Pengawasan&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The secretariat&apos;s program for the Sambang Pengawasan work of a Bawaslu Kabupaten/Kota: stakeholders, MoUs, visit schedules, attendance sheets, minutes and monthly recaps, offline on one office PC.&lt;/p&gt;&lt;p&gt;SiSambang is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Program sekretariat untuk kegiatan Sambang Pengawasan Bawaslu Kabupaten/Kota: pemangku kepentingan, MoU, jadwal kunjungan, daftar hadir, notulen, dan rekap bulanan, luring di satu PC kantor.&lt;/p&gt;&lt;p&gt;SiSambang adalah perangkat lunak bebas: Anda boleh menyebarluaskan dan/atau mengubahnya menurut ketentuan GNU General Public License yang diterbitkan Free Software Foundation, versi 3 atau (sesuai pilihan Anda) versi mana pun yang lebih baru (GPL-3.0-or-later). Program ini disebarkan dengan harapan akan bermanfaat, tetapi TANPA JAMINAN APA PUN, bahkan tanpa jaminan tersirat DAPAT DIPERDAGANGKAN atau KESESUAIAN UNTUK TUJUAN TERTENTU. Rincian selengkapnya ada di GNU General Public License: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Dibuat dengan Qt %1 dan SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The regions of Indonesia (38 provinces, 514 kabupaten/kota, 7,285 kecamatan and 83,762 kelurahan/desa, after Kepmendagri 300.2.2-2430 of 2025) come from &lt;a href=&quot;https://github.com/cahyadsn/wilayah&quot;&gt;cahyadsn/wilayah&lt;/a&gt;, under the MIT licence:</source>
        <translation>Data wilayah Indonesia (38 provinsi, 514 kabupaten/kota, 7.285 kecamatan, dan 83.762 kelurahan/desa, menurut Kepmendagri 300.2.2-2430 Tahun 2025) berasal dari &lt;a href=&quot;https://github.com/cahyadsn/wilayah&quot;&gt;cahyadsn/wilayah&lt;/a&gt;, dengan lisensi MIT:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The initial holiday table (2023 to 2026) lists the national holidays and collective leave days (cuti bersama) set by the joint decrees (SKB) of the Minister of Religious Affairs, the Minister of Manpower and the Minister for Administrative and Bureaucratic Reform for each year, as later amended, and the election days declared holidays by presidential decree (Keppres 10/2024 for 14 February 2024, Keppres 33/2024 for 27 November 2024). Regional holidays are not included.&lt;/p&gt;&lt;p&gt;Later decrees may move a holiday: the table can be edited and a CSV file imported under Pengaturan &amp;gt; Hari Libur.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tabel hari libur awal (2023 sampai 2026) memuat hari libur nasional dan cuti bersama yang ditetapkan Surat Keputusan Bersama (SKB) Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi untuk setiap tahun, beserta perubahannya, serta hari pemungutan suara yang dinyatakan sebagai hari libur dengan Keputusan Presiden (Keppres 10/2024 untuk 14 Februari 2024, Keppres 33/2024 untuk 27 November 2024). Hari libur daerah tidak termasuk.&lt;/p&gt;&lt;p&gt;Keputusan yang lebih baru dapat menggeser hari libur: tabel dapat diubah dan berkas CSV dapat diimpor di Pengaturan &amp;gt; Hari Libur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Region Data</source>
        <translation>Data Wilayah</translation>
    </message>
    <message>
        <source>Holiday Data</source>
        <translation>Data Hari Libur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The licence text is missing from this build of SiSambang.</source>
        <translation>Teks lisensi tidak ada di dalam program SiSambang ini.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityBrowser</name>
    <message>
        <source>Search desa, activity, venue (Ctrl+F)</source>
        <translation>Cari desa, kegiatan, tempat (Ctrl+F)</translation>
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
        <translation>Periode</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Recent and upcoming</source>
        <translation>Terbaru dan mendatang</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Semua periode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Done, but without attendance, minutes or photos</source>
        <translation>Terlaksana, tetapi belum ada daftar hadir, notulen atau foto</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>daftar hadir</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>notulen</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>Done, but still without: %1</source>
        <translation>Terlaksana, tetapi belum ada: %1</translation>
    </message>
    <message>
        <source>%1
Done, but still without: %2</source>
        <translation>%1
Terlaksana, tetapi belum ada: %2</translation>
    </message>
    <message>
        <source>No activity matches. Try &quot;All periods&quot; or another search; new activities are planned on the Jadwal page.</source>
        <translation>Tidak ada kegiatan yang cocok. Coba &quot;Semua periode&quot; atau pencarian lain; kegiatan baru direncanakan di halaman Jadwal.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n kegiatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities; %1 done without all records</source>
        <translation>
            <numerusform>%n kegiatan; %1 terlaksana tanpa catatan lengkap</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityDialog</name>
    <message>
        <source>&amp;Reschedule...</source>
        <translation>Jadwalkan &amp;ulang...</translation>
    </message>
    <message>
        <source>(not under an MoU)</source>
        <translation>(tanpa MoU)</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(tanpa nomor)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draf)</translation>
    </message>
    <message>
        <source>empty: the kind of activity</source>
        <translation>jika kosong: jenis kegiatan</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;MoU</source>
        <translation>&amp;MoU</translation>
    </message>
    <message>
        <source>Kecamatan and &amp;desa</source>
        <translation>Kecamatan dan &amp;desa</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Judu&amp;l</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>Da&amp;te and time</source>
        <translation>Tangg&amp;al dan jam</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;opik</translation>
    </message>
    <message>
        <source>O&amp;fficers</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Simpan dan tutup (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Activity in %1</source>
        <translation>Kegiatan di %1</translation>
    </message>
    <message>
        <source>(the whole kecamatan)</source>
        <translation>(seluruh kecamatan)</translation>
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
        <translation>Kegiatan baru, belum disimpan</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Diubah di tempat lain</translation>
    </message>
    <message>
        <source>Someone else changed this activity after you opened it. Reload it (your changes are lost) or keep editing?</source>
        <translation>Pengguna lain mengubah kegiatan ini setelah Anda membukanya. Muat ulang (perubahan Anda hilang) atau lanjutkan menyunting?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan menyunting</translation>
    </message>
    <message>
        <source>Accept clash</source>
        <translation>Terima bentrok</translation>
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
        <translation>
            <numerusform>%n tindak lanjut dari kegiatan sebelumnya di %1 masih terbuka: sampaikan, dan tutup masing-masing setelah selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invited %1  ·  present %2  ·  minutes %3  ·  photos %4  ·  follow-up items %5 (%6 open)</source>
        <translation>Diundang %1  ·  hadir %2  ·  notulen %3  ·  foto %4  ·  tindak lanjut %5 (%6 terbuka)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>sudah ditulis</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityListModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
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
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Bentrok</translation>
    </message>
    <message>
        <source>%1, visit %2</source>
        <translation>%1, kunjungan ke-%2</translation>
    </message>
    <message>
        <source>%1 (draft MoU)</source>
        <translation>%1 (MoU draf)</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n bentrok</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ActivityPage</name>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentasi</translation>
    </message>
    <message>
        <source>Whom to invite (Alt+1)</source>
        <translation>Siapa yang diundang (Alt+1)</translation>
    </message>
    <message>
        <source>Who came (Alt+2)</source>
        <translation>Siapa yang hadir (Alt+2)</translation>
    </message>
    <message>
        <source>Notulen and follow-up items (Alt+3)</source>
        <translation>Notulen dan tindak lanjut (Alt+3)</translation>
    </message>
    <message>
        <source>Photos (Alt+4)</source>
        <translation>Foto (Alt+4)</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Pilih kegiatan</translation>
    </message>
    <message>
        <source>Choose an activity on the left to prepare it (whom to invite, the invitation and the attendance sheet) or to record it afterwards (who came, the minutes, follow-up items and photos, the report). New activities are planned on the Jadwal page.</source>
        <translation>Pilih kegiatan di sebelah kiri untuk menyiapkannya (siapa yang diundang, surat undangan dan daftar hadir) atau mencatatnya sesudahnya (siapa yang hadir, notulen, tindak lanjut dan foto, laporan). Kegiatan baru direncanakan di halaman Jadwal.</translation>
    </message>
    <message>
        <source>Prepare a visit, record it afterwards, print its papers</source>
        <translation>Siapkan kunjungan, catat sesudahnya, cetak dokumennya</translation>
    </message>
    <message>
        <source>&amp;Reschedule...</source>
        <translation>&amp;Jadwalkan ulang...</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Invitation (Surat Undangan)...</source>
        <translation>Surat &amp;Undangan...</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet (Daftar Hadir)...</source>
        <translation>&amp;Daftar Hadir...</translation>
    </message>
    <message>
        <source>&amp;Minutes (Notulen)...</source>
        <translation>&amp;Notulen...</translation>
    </message>
    <message>
        <source>Activity &amp;report (Laporan Kegiatan)...</source>
        <translation>&amp;Laporan Kegiatan...</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>The activity no longer exists; someone may have removed it.</source>
        <translation>Kegiatan ini sudah tidak ada; mungkin telah dihapus orang lain.</translation>
    </message>
    <message>
        <source>The minutes of the activity you leave have changes that are not saved. Save them now?</source>
        <translation>Notulen kegiatan yang Anda tinggalkan memiliki perubahan yang belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Tandai terlaksana</translation>
    </message>
    <message>
        <source>Record who came first: tick the participants present on the Attendance tab, or add the walk-ins. An activity is done once its attendance is recorded.</source>
        <translation>Catat dulu siapa yang hadir: centang peserta yang hadir di tab Kehadiran, atau tambahkan peserta tanpa undangan. Kegiatan terlaksana setelah kehadirannya dicatat.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AgreementEditor</name>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <source>Cancel agreement</source>
        <translation>Batalkan MoU</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Export PDF/ODT</source>
        <translation>Ekspor PDF/ODT</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+P)</source>
        <translation>Pratinjau cetak (Ctrl+P)</translation>
    </message>
    <message>
        <source>Memorandum of understanding (Nota Kesepahaman)</source>
        <translation>Nota Kesepahaman (MoU)</translation>
    </message>
    <message>
        <source>Cooperation agreement (Perjanjian Kerja Sama)</source>
        <translation>Perjanjian Kerja Sama (PKS)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tanggal ditandatangani</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maksud</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Give the office&apos;s number</source>
        <translation>Beri nomor kantor</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Attach scan...</source>
        <translation>Lampirkan pindaian...</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Buka pindaian</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Salinan bertanda tangan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>New, not saved</source>
        <translation>Baru, belum disimpan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet:
%1</source>
        <translation>MoU belum dapat ditandatangani:
%1</translation>
    </message>
    <message>
        <source>Mark the agreement as signed? Its fields can no longer be changed.</source>
        <translation>Tandai MoU sebagai sudah ditandatangani? Isinya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Mark the agreement as ended?</source>
        <translation>Tandai MoU sebagai berakhir?</translation>
    </message>
    <message>
        <source>Cancel the agreement? This cannot be undone.</source>
        <translation>Batalkan MoU? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Attach the signed copy</source>
        <translation>Lampirkan salinan bertanda tangan</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Tidak ada program yang dapat membuka %1.</translation>
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
        <translation>Nota kesepahaman dan perjanjian kerja sama</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>New MoU</source>
        <translation>MoU baru</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tanggal ditandatangani</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Pihak kedua</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Coverage of signed MoUs per kecamatan</source>
        <translation>Cakupan MoU yang ditandatangani per kecamatan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa covered</source>
        <translation>Desa tercakup</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(tanpa nomor)</translation>
    </message>
    <message>
        <source>Ends within 90 days</source>
        <translation>Berakhir dalam 90 hari</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::Application</name>
    <message>
        <source>SiSambang databases (*.db *.sqlite);;All files (*)</source>
        <translation>Database SiSambang (*.db *.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>SiSambang: the stakeholders, MoUs, visit schedules, attendance sheets, minutes and monthly recaps of the Sambang Pengawasan programme of a Bawaslu Kabupaten/Kota.</source>
        <translation>SiSambang: pemangku kepentingan, MoU, jadwal kunjungan, daftar hadir, notulen, dan rekap bulanan program Sambang Pengawasan Bawaslu Kabupaten/Kota.</translation>
    </message>
    <message>
        <source>Open the database FILE (default: $SISAMBANG_DB, else the last one opened, else %1).</source>
        <translation>Buka database BERKAS (bawaan: $SISAMBANG_DB, jika tidak ada database yang terakhir dibuka, jika tidak ada %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Open the demo database of Kabupaten Bangka Tengah (%1), building it first if it does not exist.</source>
        <translation>Buka database demo Kabupaten Bangka Tengah (%1); dibuat lebih dahulu jika belum ada.</translation>
    </message>
    <message>
        <source>Quit as soon as the first window has been drawn (for benchmarks and package tests); errors go to standard error instead of dialogs.</source>
        <translation>Keluar segera setelah jendela pertama tergambar (untuk benchmark dan uji paket); galat ditulis ke standard error, bukan ke dialog.</translation>
    </message>
    <message>
        <source>sisambang: unexpected argument %1; use --db FILE to open a database.
</source>
        <translation>sisambang: argumen %1 tidak dikenal; gunakan --db BERKAS untuk membuka database.
</translation>
    </message>
    <message>
        <source>The demo database could not be built in %1: %2</source>
        <translation>Database demo tidak dapat dibuat di %1: %2</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>Database Demo</translation>
    </message>
    <message>
        <source>Open another database file, or quit SiSambang?</source>
        <translation>Buka berkas database lain, atau keluar dari SiSambang?</translation>
    </message>
    <message>
        <source>Open another database file, or keep working with the one that is open?</source>
        <translation>Buka berkas database lain, atau tetap bekerja dengan database yang sedang terbuka?</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Database Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <source>Open Another File...</source>
        <translation>Buka Berkas Lain...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Keep Current</source>
        <translation>Tetap yang Sekarang</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Buka Database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Database Baru</translation>
    </message>
    <message>
        <source>%1 already exists. SiSambang never overwrites a file: choose another name, or open it with File &gt; Open Database.</source>
        <translation>%1 sudah ada. SiSambang tidak pernah menimpa berkas: pilih nama lain, atau buka berkas itu lewat Berkas &gt; Buka Database.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

The database was left as it was.</source>
        <translation>Cadangan tidak dipulihkan: %1

Basis data dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>The backup %1 is now the open database.</source>
        <translation>Cadangan %1 kini menjadi basis data yang terbuka.</translation>
    </message>
    <message>
        <source>The backup %1 is now the open database. The database as it was before is kept as %2.</source>
        <translation>Cadangan %1 kini menjadi basis data yang terbuka. Basis data sebelumnya disimpan sebagai %2.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ArticleEditor</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Muat templat</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Simpan sebagai templat</translation>
    </message>
    <message>
        <source>Heading, e.g. MAKSUD DAN TUJUAN</source>
        <translation>Judul pasal, mis. MAKSUD DAN TUJUAN</translation>
    </message>
    <message>
        <source>One paragraph per line. Placeholders such as {kecamatan} are filled when printing.</source>
        <translation>Satu ayat per baris. Isian seperti {kecamatan} diisi saat dicetak.</translation>
    </message>
    <message>
        <source>NEW ARTICLE</source>
        <translation>PASAL BARU</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Pasal %1: %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>There is no article template.</source>
        <translation>Tidak ada templat pasal.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n article(s) by the template &quot;%1&quot;?</source>
        <translation>
            <numerusform>Ganti %n pasal dengan templat &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Make these articles the template &quot;%1&quot; for new agreements?</source>
        <translation>Jadikan pasal-pasal ini templat &quot;%1&quot; untuk MoU baru?</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AttendanceTab</name>
    <message>
        <source>Tick &amp;all invited</source>
        <translation>Centang &amp;semua undangan</translation>
    </message>
    <message>
        <source>Add &amp;walk-in...</source>
        <translation>Tambah &amp;tanpa undangan...</translation>
    </message>
    <message>
        <source>&amp;Remove walk-in</source>
        <translation>&amp;Hapus peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Add to the re&amp;gister</source>
        <translation>Tambahkan ke &amp;register</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Tick who came (Space ticks the chosen row)</source>
        <translation>Centang siapa yang hadir (Spasi mencentang baris terpilih)</translation>
    </message>
    <message>
        <source>Someone who came uninvited and signed a blank row (Ctrl+Shift+K)</source>
        <translation>Orang yang datang tanpa undangan dan menandatangani baris kosong (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Creates the walk-in as a person of the stakeholder register</source>
        <translation>Mencatat peserta tanpa undangan sebagai orang di register pemangku kepentingan</translation>
    </message>
    <message>
        <source>Tick who came, on the list numbered as the printed attendance sheet; walk-ins follow the invited.</source>
        <translation>Centang siapa yang hadir, pada daftar bernomor seperti daftar hadir cetak; peserta tanpa undangan menyusul setelah undangan.</translation>
    </message>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (tanpa undangan)</translation>
    </message>
    <message>
        <source>Not in the register yet</source>
        <translation>Belum ada di register</translation>
    </message>
    <message>
        <source>Present: %1 of %2 invited, and %3 walk-in(s): %4 in all.</source>
        <translation>Hadir: %1 dari %2 undangan, dan %3 tanpa undangan: %4 seluruhnya.</translation>
    </message>
    <message>
        <source>Men %1, women %2, not known %3.</source>
        <translation>Laki-laki %1, perempuan %2, tidak diketahui %3.</translation>
    </message>
    <message>
        <source>By institution: %1.</source>
        <translation>Menurut instansi: %1.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Tambah peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>Tambahkan ke register</translation>
    </message>
    <message>
        <source>%1 is not in the stakeholder register. Add them as a new person, so that the next invitation can pick them?</source>
        <translation>%1 belum ada di register pemangku kepentingan. Tambahkan sebagai orang baru, agar dapat dipilih pada undangan berikutnya?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>%1 is now in the stakeholder register.</source>
        <translation>%1 sekarang ada di register pemangku kepentingan.</translation>
    </message>
    <message>
        <source>Remove walk-in</source>
        <translation>Hapus peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Remove %1 (number %2) from the attendance?</source>
        <translation>Hapus %1 (nomor %2) dari daftar kehadiran?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Diaktifkan kembali</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status diubah</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Dibuat otomatis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::AuditPanel</name>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Ekspor CSV...</translation>
    </message>
    <message>
        <source>Sa&amp;ve Name</source>
        <translation>&amp;Simpan Nama</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>semua tanggal</translation>
    </message>
    <message>
        <source>Text in the summary, before or after</source>
        <translation>Teks di ringkasan, sebelum, atau sesudah</translation>
    </message>
    <message>
        <source>Choose an entry to see the record before and after.</source>
        <translation>Pilih satu entri untuk melihat data sebelum dan sesudah.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>s.d.:</translation>
    </message>
    <message>
        <source>Your &amp;name in the log:</source>
        <translation>&amp;Nama Anda di log:</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Semua operator</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>Semua jenis data</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Tidak ada entri yang cocok.</translation>
    </message>
    <message>
        <source>The newest %1 entries; scroll for more.</source>
        <translation>%1 entri terbaru; gulir untuk melihat lebih banyak.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entri.</numerusform>
        </translation>
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

Sebelum:
%5
Sesudah:
%6</translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>Ekspor Log Audit</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv.</source>
        <translation>Pilih nama berkas yang berakhiran .csv.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entri ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save the Name</source>
        <translation>Nama Tidak Dapat Disimpan</translation>
    </message>
    <message>
        <source>Changes are recorded under the name %1.</source>
        <translation>Perubahan dicatat atas nama %1.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::BackupPanel</name>
    <message>
        <source>Choose &amp;Folder...</source>
        <translation>Pilih &amp;Folder...</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Cadangkan Sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore Selected...</source>
        <translation>&amp;Pulihkan yang Dipilih...</translation>
    </message>
    <message>
        <source>Restore from &amp;File...</source>
        <translation>Pulihkan dari &amp;Berkas...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>SiSambang backs up the database and its attachments once a day when it starts, and before every upgrade; it keeps 7 daily, 4 weekly and 12 monthly backups. A USB stick or a shared folder keeps them safe from a broken disk. Manual backups are never deleted. A restore keeps the current database aside as a copy.</source>
        <translation>SiSambang mencadangkan basis data beserta lampirannya sekali sehari saat dibuka, dan sebelum setiap pembaruan; disimpan 7 cadangan harian, 4 mingguan, dan 12 bulanan. Flashdisk atau folder bersama menjaganya dari kerusakan cakram. Cadangan manual tidak pernah dihapus. Pemulihan menyimpan basis data saat ini sebagai salinan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup folder:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Folder cadangan:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>Belum ada cadangan di folder ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in all.</source>
        <translation>
            <numerusform>%n cadangan, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Backup Folder</source>
        <translation>Pilih Folder Cadangan</translation>
    </message>
    <message>
        <source>Cannot Change the Backup Folder</source>
        <translation>Folder Cadangan Tidak Dapat Diubah</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>Tidak ada cadangan yang ditulis: %1</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Cadangan ditulis</translation>
    </message>
    <message>
        <source>The database and its attachments were saved and checked in %1.</source>
        <translation>Basis data beserta lampirannya telah disimpan dan diperiksa di %1.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Pulihkan Cadangan</translation>
    </message>
    <message>
        <source>SiSambang backup (*.zip)</source>
        <translation>Cadangan SiSambang (*.zip)</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Tidak Dapat Memulihkan</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2

Nothing was changed.</source>
        <translation>%1 tidak dapat dipulihkan: %2

Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Restore the Backup?</source>
        <translation>Pulihkan Cadangan?</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup of %1 (%n attachment(s))?

The database now open is closed and kept aside as a copy beside it (nothing is deleted); the backup takes its place and SiSambang opens it again. Changes made since the backup are only in that copy.</source>
        <translation>
            <numerusform>Pulihkan cadangan %1 (%n lampiran)?

Basis data yang sedang terbuka akan ditutup dan disimpan sebagai salinan di sebelahnya (tidak ada yang dihapus); cadangan menggantikannya dan SiSambang membukanya kembali. Perubahan sejak cadangan itu hanya ada di salinan tersebut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::CalendarModel</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation>libur nasional</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::CandidatePicker</name>
    <message>
        <source>&amp;Invite chosen</source>
        <translation>&amp;Undang yang dipilih</translation>
    </message>
    <message>
        <source>This desa</source>
        <translation>Desa ini</translation>
    </message>
    <message>
        <source>Whole kecamatan</source>
        <translation>Seluruh kecamatan</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <source>Name, jabatan or institution</source>
        <translation>Nama, jabatan atau instansi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Adds the chosen people at the end of the list (Enter)</source>
        <translation>Menambahkan orang terpilih di akhir daftar (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the register&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dari register&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Invited already</source>
        <translation>Sudah diundang</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ClashAcceptDialog</name>
    <message>
        <source>Accept clash</source>
        <translation>Terima bentrok</translation>
    </message>
    <message>
        <source>The activity breaks these rules of the schedule. Accepting keeps your reason with it; the clash is then shown as accepted.</source>
        <translation>Kegiatan ini melanggar aturan jadwal berikut. Jika diterima, alasan Anda disimpan bersama kegiatan; bentrok kemudian ditampilkan sebagai diterima.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ClashPanel</name>
    <message>
        <source>Reason for accepting the clash</source>
        <translation>Alasan menerima bentrok</translation>
    </message>
    <message>
        <source>Give the reason for accepting the clash, or change the activity so that it does not clash.</source>
        <translation>Isi alasan menerima bentrok, atau ubah kegiatan agar tidak bentrok.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::DashboardPanel</name>
    <message>
        <source>planned</source>
        <translation>direncanakan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terlaksana</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>14 hari ke depan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>MoUs ending within 90 days</source>
        <translation>MoU berakhir dalam 90 hari</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Pihak kedua</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka.</translation>
    </message>
    <message>
        <source>Done but records missing</source>
        <translation>Terlaksana, catatan belum lengkap</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Open follow-up items</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>daftar hadir</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>notulen</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat batas waktu</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 dari %3)</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here; the %2 page shows all %3.</source>
        <translation>Hanya %1 yang pertama ditampilkan di sini; halaman %2 menampilkan semua %3.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::EndPositionDialog</name>
    <message>
        <source>End position</source>
        <translation>Akhiri jabatan</translation>
    </message>
    <message>
        <source>Last day in office:</source>
        <translation>Hari terakhir menjabat:</translation>
    </message>
    <message>
        <source>The last day cannot be before the start date.</source>
        <translation>Hari terakhir tidak boleh sebelum tanggal mulai.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to SiSambang</source>
        <translation>Selamat Datang di SiSambang</translation>
    </message>
    <message>
        <source>&lt;p&gt;SiSambang keeps the Sambang Pengawasan work of a Bawaslu Kabupaten/Kota: the register of stakeholders, the MoUs with the kecamatan, the schedule of visits to every kelurahan/desa, attendance sheets, minutes and the monthly recap.&lt;/p&gt;&lt;p&gt;This database is new. Two steps set it up for your office:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;the kabupaten/kota the office supervises;&lt;/li&gt;&lt;li&gt;the office profile: name, address, letterhead logo, the Ketua and the Kepala Sekretariat, paper size and the unit code of letter numbers.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything but the kabupaten/kota can be changed later under &lt;b&gt;Pengaturan&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SiSambang mencatat kegiatan Sambang Pengawasan Bawaslu Kabupaten/Kota: daftar pemangku kepentingan, MoU dengan kecamatan, jadwal kunjungan ke setiap kelurahan/desa, daftar hadir, notulen, dan rekap bulanan.&lt;/p&gt;&lt;p&gt;Database ini masih baru. Dua langkah berikut menyiapkannya untuk kantor Anda:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;kabupaten/kota wilayah pengawasan kantor;&lt;/li&gt;&lt;li&gt;profil kantor: nama, alamat, logo kop surat, Ketua dan Kepala Sekretariat, ukuran kertas, serta kode satuan kerja untuk nomor surat.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Semuanya, kecuali kabupaten/kota, dapat diubah kemudian di &lt;b&gt;Pengaturan&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>What the letterhead and the signature blocks of printed documents show. Only the office name is required now.</source>
        <translation>Isi kop surat dan blok tanda tangan pada dokumen yang dicetak. Saat ini hanya nama kantor yang wajib diisi.</translation>
    </message>
    <message>
        <source>Cannot Save the Profile</source>
        <translation>Profil Tidak Dapat Disimpan</translation>
    </message>
    <message>
        <source>Set Up SiSambang</source>
        <translation>Penyiapan SiSambang</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::FollowUpList</name>
    <message>
        <source>&amp;Close item</source>
        <translation>&amp;Tutup butir</translation>
    </message>
    <message>
        <source>Follow-up item</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Oleh siapa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Disepakati pada</translation>
    </message>
    <message>
        <source>How it was settled (closing note)</source>
        <translation>Bagaimana diselesaikan (catatan penutupan)</translation>
    </message>
    <message>
        <source>Closes the chosen item today with the note</source>
        <translation>Menutup butir terpilih hari ini dengan catatan</translation>
    </message>
    <message>
        <source>New follow-up item: what is to be done</source>
        <translation>Tindak lanjut baru: apa yang harus dilakukan</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Oleh siapa</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Paling lambat</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Tambah butir</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Buka kembali</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Hapus butir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Ditutup %1</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>Ditutup %1: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat batas waktu</translation>
    </message>
    <message>
        <source>Close follow-up item</source>
        <translation>Tutup tindak lanjut</translation>
    </message>
    <message>
        <source>Reopen follow-up item</source>
        <translation>Buka kembali tindak lanjut</translation>
    </message>
    <message>
        <source>Remove follow-up item</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>Remove the follow-up item &quot;%1&quot;? An item that was settled is better closed, so the record stays.</source>
        <translation>Hapus tindak lanjut &quot;%1&quot;? Butir yang sudah selesai sebaiknya ditutup, agar catatannya tetap ada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::GeneratorDialog</name>
    <message>
        <source>Make &amp;draft</source>
        <translation>Buat &amp;draf</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Simpan rencana</translation>
    </message>
    <message>
        <source>Generate the visit schedule</source>
        <translation>Susun jadwal kunjungan</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Make the draft (Ctrl+Return)</source>
        <translation>Buat draf (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save every visit of the draft (Ctrl+S)</source>
        <translation>Simpan semua kunjungan dalam draf (Ctrl+S)</translation>
    </message>
    <message>
        <source>Make draft</source>
        <translation>Buat draf</translation>
    </message>
    <message>
        <source>There is no draft or signed MoU to plan visits for.</source>
        <translation>Belum ada MoU berstatus draf atau ditandatangani untuk direncanakan kunjungannya.</translation>
    </message>
    <message>
        <source>Incomplete plan</source>
        <translation>Rencana tidak lengkap</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are not in the plan (see &quot;Did not fit&quot;). Save the visits that are, as a partial plan, or go back and widen the window?</source>
        <translation>
            <numerusform>%n kunjungan tidak masuk rencana (lihat &quot;Tidak tertampung&quot;). Simpan kunjungan yang masuk sebagai rencana sebagian, atau kembali dan perpanjang rentang tanggal?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save partial plan</source>
        <translation>Simpan rencana sebagian</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Simpan rencana</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::GeneratorOptions</name>
    <message>
        <source>Plan visited desa again</source>
        <translation>Rencanakan lagi desa yang sudah dikunjungi</translation>
    </message>
    <message>
        <source>DRAFT: %1</source>
        <translation>DRAF: %1</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(tanpa nomor)</translation>
    </message>
    <message>
        <source>Desa that already have a visit under this MoU are left out unless this is ticked.</source>
        <translation>Desa yang sudah memiliki kunjungan dalam MoU ini dilewati, kecuali pilihan ini dicentang.</translation>
    </message>
    <message>
        <source>e.g. Netralitas aparatur desa dalam pemilu</source>
        <translation>mis. Netralitas aparatur desa dalam pemilu</translation>
    </message>
    <message>
        <source>&amp;MoU</source>
        <translation>&amp;MoU</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;ari</translation>
    </message>
    <message>
        <source>Visits a &amp;day (K)</source>
        <translation>Kunjungan per &amp;hari (K)</translation>
    </message>
    <message>
        <source>Visits per d&amp;esa (N)</source>
        <translation>Kunjungan per d&amp;esa (N)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Days &amp;off</source>
        <translation>Hari &amp;tanpa kunjungan</translation>
    </message>
    <message>
        <source>Officer &amp;teams</source>
        <translation>Tim &amp;petugas</translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation>T&amp;opik</translation>
    </message>
    <message>
        <source>Extra days without visits, e.g. election day; weekends and the holiday table are left out anyway.</source>
        <translation>Hari tambahan tanpa kunjungan, mis. hari pemungutan suara; akhir pekan dan tanggal dalam tabel hari libur sudah otomatis dilewati.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HolidayDialog</name>
    <message>
        <source>Add Holiday</source>
        <translation>Tambah Hari Libur</translation>
    </message>
    <message>
        <source>e.g. Hari Raya Nyepi Tahun Baru Saka 1945</source>
        <translation>mis. Hari Raya Nyepi Tahun Baru Saka 1945</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Describe the holiday, as the SKB names it.</source>
        <translation>Isi keterangan hari libur, sesuai penyebutan dalam SKB.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HolidayModel</name>
    <message>
        <source>Collective leave (cuti bersama)</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HolidayPanel</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Tambah...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Impor CSV...</translation>
    </message>
    <message>
        <source>The national holidays and collective leave days (cuti bersama) that schedules skip. A CSV file to import has the columns tanggal,keterangan,jenis, with jenis &quot;libur&quot; or &quot;cuti_bersama&quot;; a file with any wrong row is refused whole.</source>
        <translation>Hari libur nasional dan cuti bersama yang dilewati saat menyusun jadwal. Berkas CSV yang diimpor berkolom tanggal,keterangan,jenis, dengan jenis &quot;libur&quot; atau &quot;cuti_bersama&quot;; berkas yang memuat satu baris salah pun ditolak seluruhnya.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>T&amp;ahun:</translation>
    </message>
    <message>
        <source>%1 national holidays and %2 cuti bersama days</source>
        <translation>%1 hari libur nasional dan %2 hari cuti bersama</translation>
    </message>
    <message>
        <source>Replace Holiday</source>
        <translation>Ganti Hari Libur</translation>
    </message>
    <message>
        <source>%1 is already a holiday: &quot;%2&quot;. Replace it?</source>
        <translation>%1 sudah tercatat sebagai hari libur: &quot;%2&quot;. Ganti?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Cannot Add the Holiday</source>
        <translation>Hari Libur Tidak Dapat Ditambahkan</translation>
    </message>
    <message>
        <source>Remove Holidays</source>
        <translation>Hapus Hari Libur</translation>
    </message>
    <message>
        <source>Remove these holidays?

%1</source>
        <translation>Hapus hari libur berikut?

%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cannot Remove the Holidays</source>
        <translation>Hari Libur Tidak Dapat Dihapus</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Impor Hari Libur</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Impor Gagal</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Tidak ada yang diimpor dari %1.

%2</translation>
    </message>
    <message>
        <source>Holidays Imported</source>
        <translation>Hari Libur Diimpor</translation>
    </message>
    <message>
        <source>%1 holidays were added or updated from %2.</source>
        <translation>%1 hari libur ditambahkan atau diperbarui dari %2.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Database ini</translation>
    </message>
    <message>
        <source>%1, Provinsi %2 (code %3)</source>
        <translation>%1, Provinsi %2 (kode %3)</translation>
    </message>
    <message>
        <source>Office not set up</source>
        <translation>Kantor belum disiapkan</translation>
    </message>
    <message>
        <source>No address, telephone or e-mail yet: add them under Pengaturan.</source>
        <translation>Alamat, telepon, dan e-mail belum diisi: lengkapi di Pengaturan.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Covered by MoU</source>
        <translation>Dicakup MoU</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Dikunjungi</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Work area and coverage by kecamatan</source>
        <translation>Wilayah kerja dan cakupan per kecamatan</translation>
    </message>
    <message>
        <source>no MoU</source>
        <translation>belum ada MoU</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Every covered kelurahan/desa has been visited.</source>
        <translation>Semua kelurahan/desa yang dicakup sudah dikunjungi.</translation>
    </message>
    <message>
        <source>Not visited yet: %1</source>
        <translation>Belum dikunjungi: %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versi skema:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <source>Default paper:</source>
        <translation>Kertas bawaan:</translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation>Kode satuan kerja:</translation>
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
        <translation>Hari libur tahun %1:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ImportDialog</name>
    <message>
        <source>Leave out the rows with errors</source>
        <translation>Lewati baris yang bermasalah</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Impor pemangku kepentingan</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>update</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>error</source>
        <translation>galat</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Membaca %1...</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Memeriksa setiap baris...</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 duplicates, %5 errors</source>
        <translation>%1 baru, %2 diperbarui, %3 tidak berubah, %4 duplikat, %5 galat</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Mengimpor...</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>Added: %1 (lines %2)
Updated: %3 (lines %4)
Skipped: %5 (lines %6)
Failed: %7 (lines %8)
New institutions: %9</source>
        <translation>Ditambahkan: %1 (baris %2)
Diperbarui: %3 (baris %4)
Dilewati: %5 (baris %6)
Gagal: %7 (baris %8)
Instansi baru: %9</translation>
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
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Pemangku Kepentingan</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>Database &amp;Baru...</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>B&amp;uka Database...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terakhir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About SiSambang</source>
        <translation>&amp;Tentang SiSambang</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Cadangkan Sekarang</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Pencadangan harian gagal: %1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>Cadangan harian ditulis: %1</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::MinutesTab</name>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Simpan notulen</translation>
    </message>
    <message>
        <source>Who led the meeting</source>
        <translation>Yang memimpin rapat</translation>
    </message>
    <message>
        <source>Who took the minutes</source>
        <translation>Yang mencatat notulen</translation>
    </message>
    <message>
        <source>e.g. Rapat koordinasi pengawasan partisipatif</source>
        <translation>mis. Rapat koordinasi pengawasan partisipatif</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Yang disampaikan</translation>
    </message>
    <message>
        <source>What the meeting concluded</source>
        <translation>Kesimpulan rapat</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>&amp;Chaired by (pimpinan rapat):</source>
        <translation>&amp;Pimpinan rapat:</translation>
    </message>
    <message>
        <source>Minutes ta&amp;ken by (notulis):</source>
        <translation>&amp;Notulis:</translation>
    </message>
    <message>
        <source>A&amp;genda (acara):</source>
        <translation>&amp;Acara:</translation>
    </message>
    <message>
        <source>Add &amp;point</source>
        <translation>Tambah &amp;pokok</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Hapus pokok</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discussion&lt;/b&gt; (pembahasan): who said what</source>
        <translation>&lt;b&gt;Pembahasan&lt;/b&gt;: siapa menyampaikan apa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conclusion&lt;/b&gt; (kesimpulan)</source>
        <translation>&lt;b&gt;Kesimpulan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Follow-up items (tindak lanjut): what, by whom, by when</source>
        <translation>Tindak lanjut: apa, oleh siapa, paling lambat kapan</translation>
    </message>
    <message>
        <source>Changed, not saved yet (Ctrl+S saves).</source>
        <translation>Diubah, belum disimpan (Ctrl+S menyimpan).</translation>
    </message>
    <message>
        <source>No minutes written yet.</source>
        <translation>Notulen belum ditulis.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Minutes changed elsewhere</source>
        <translation>Notulen diubah di tempat lain</translation>
    </message>
    <message>
        <source>Someone else saved the minutes of this activity after you opened them.

%1</source>
        <translation>Orang lain menyimpan notulen kegiatan ini setelah Anda membukanya.

%1</translation>
    </message>
    <message>
        <source>Show their minutes</source>
        <translation>Tampilkan notulen mereka</translation>
    </message>
    <message>
        <source>Keep mine to save again</source>
        <translation>Pertahankan milik saya untuk disimpan lagi</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::NumberingPanel</name>
    <message>
        <source>&amp;Add Code</source>
        <translation>&amp;Tambah Kode</translation>
    </message>
    <message>
        <source>Save &amp;Numbering</source>
        <translation>Simpan &amp;Penomoran</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>Parts of the format: {seq} the number within the code and year, {classification} the code, {unit} the unit code of the office profile, {month} and {year} of the letter&apos;s date. A backdated letter gets a suffix such as 005.1.</source>
        <translation>Bagian format: {seq} nomor urut per kode dan tahun, {classification} kode klasifikasi, {unit} kode satuan kerja dari profil kantor, {month} dan {year} dari tanggal surat. Surat bertanggal mundur mendapat akhiran seperti 005.1.</translation>
    </message>
    <message>
        <source>Classification codes:</source>
        <translation>Kode klasifikasi:</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Contoh: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Numbering not saved</source>
        <translation>Penomoran tidak disimpan</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Format nomor:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::OfficeProfileForm</name>
    <message>
        <source>e.g. Bawaslu Kabupaten Bangka Tengah</source>
        <translation>mis. Bawaslu Kabupaten Bangka Tengah</translation>
    </message>
    <message>
        <source>Street, town, postal code</source>
        <translation>Jalan, kota, kode pos</translation>
    </message>
    <message>
        <source>e.g. (0718) 123456</source>
        <translation>mis. (0718) 123456</translation>
    </message>
    <message>
        <source>18 digits, if any</source>
        <translation>18 angka, jika ada</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 angka</translation>
    </message>
    <message>
        <source>e.g. K.BB-04</source>
        <translation>mis. K.BB-04</translation>
    </message>
    <message>
        <source>Part of the office&apos;s letter numbers, e.g. 001/PM.04/K.BB-04/02/2023.</source>
        <translation>Bagian dari nomor surat kantor, mis. 001/PM.04/K.BB-04/02/2023.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Choose &amp;Image...</source>
        <translation>Pilih &amp;Gambar...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>Logo kop surat:</translation>
    </message>
    <message>
        <source>Heads of the office</source>
        <translation>Pimpinan kantor</translation>
    </message>
    <message>
        <source>&amp;Ketua:</source>
        <translation>Ket&amp;ua:</translation>
    </message>
    <message>
        <source>NIP Ketua:</source>
        <translation>NIP Ketua:</translation>
    </message>
    <message>
        <source>Kepala &amp;Sekretariat:</source>
        <translation>Ke&amp;pala Sekretariat:</translation>
    </message>
    <message>
        <source>NIP Kepala Sekretariat:</source>
        <translation>NIP Kepala Sekretariat:</translation>
    </message>
    <message>
        <source>Letters and documents</source>
        <translation>Surat dan dokumen</translation>
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
        <translation>Ukuran ke&amp;rtas:</translation>
    </message>
    <message>
        <source>&amp;Unit code:</source>
        <translation>Ko&amp;de satuan kerja:</translation>
    </message>
    <message>
        <source>Used in letter numbers such as 001/PM.04/&lt;b&gt;K.BB-04&lt;/b&gt;/02/2023.</source>
        <translation>Dipakai dalam nomor surat seperti 001/PM.04/&lt;b&gt;K.BB-04&lt;/b&gt;/02/2023.</translation>
    </message>
    <message>
        <source>Choose the Letterhead Logo</source>
        <translation>Pilih Logo Kop Surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not an image SiSambang can read (%1).</source>
        <translation>Berkas ini bukan gambar yang dapat dibaca SiSambang (%1).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Belum ada logo</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Nama kantor wajib diisi.</translation>
    </message>
    <message>
        <source>A telephone number holds digits, spaces, +, - and brackets only.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, +, -, dan tanda kurung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (e.g. nama@bawaslu.go.id).</source>
        <translation>&quot;%1&quot; bukan alamat e-mail (contoh: nama@bawaslu.go.id).</translation>
    </message>
    <message>
        <source>A NIP holds digits only.</source>
        <translation>NIP hanya berisi angka.</translation>
    </message>
    <message>
        <source>A NIP has %1 digits; this one has %2.</source>
        <translation>NIP terdiri dari %1 angka; yang diisi %2 angka.</translation>
    </message>
    <message>
        <source>The unit code is one part of a letter number: no slashes (/) or spaces.</source>
        <translation>Kode satuan kerja adalah satu bagian nomor surat: tanpa garis miring (/) atau spasi.</translation>
    </message>
    <message>
        <source>e.g. nama@bawaslu.go.id</source>
        <translation>mis. nama@bawaslu.go.id</translation>
    </message>
    <message>
        <source>Office na&amp;me:</source>
        <translation>Na&amp;ma kantor:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source>top</source>
        <translation>atas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>kanan</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bawah</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Page margins:</source>
        <translation>Margin halaman:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::OfficerTable</name>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>No Bawaslu member or staff is in the register yet.</source>
        <translation>Belum ada anggota atau staf Bawaslu dalam daftar.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Tambah petugas</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ParticipantsTab</name>
    <message>
        <source>Invite the &amp;usual officials of this desa</source>
        <translation>Undang &amp;pejabat tetap desa ini</translation>
    </message>
    <message>
        <source>Add &amp;guest...</source>
        <translation>Tambah &amp;tamu...</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>&amp;Batalkan penghapusan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>The kepala desa or lurah, sekretaris desa, ketua BPD, Bhabinkamtibmas and Babinsa holding their posts on the activity&apos;s date</source>
        <translation>Kepala desa atau lurah, sekretaris desa, ketua BPD, Bhabinkamtibmas dan Babinsa yang menjabat pada tanggal kegiatan</translation>
    </message>
    <message>
        <source>Someone not in the register (Ctrl+Shift+G)</source>
        <translation>Orang yang tidak ada di register (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Alt+Shift+Up</source>
        <translation>Alt+Shift+Atas</translation>
    </message>
    <message>
        <source>Alt+Shift+Down</source>
        <translation>Alt+Shift+Bawah</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invited&lt;/b&gt; (numbered as on the attendance sheet)</source>
        <translation>&lt;b&gt;Diundang&lt;/b&gt; (bernomor seperti pada daftar hadir)</translation>
    </message>
    <message>
        <source>Guest, not in the register</source>
        <translation>Tamu, tidak ada di register</translation>
    </message>
    <message>
        <source>Attendance has been recorded against these numbers: people can still be added at the end, but not moved or removed.</source>
        <translation>Kehadiran sudah dicatat menurut nomor-nomor ini: orang masih dapat ditambahkan di akhir, tetapi tidak dapat dipindah atau dihapus.</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Start with the usual officials of the desa, then add people from the register or guests.</source>
        <translation>Belum ada yang diundang. Mulailah dengan pejabat tetap desa, lalu tambahkan orang dari register atau tamu.</translation>
    </message>
    <message numerus="yes">
        <source>%n invited.</source>
        <translation>
            <numerusform>%n diundang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Undang</translation>
    </message>
    <message>
        <source>Invite the usual officials</source>
        <translation>Undang pejabat tetap</translation>
    </message>
    <message>
        <source>No one was added: the usual officials of this desa are invited already, or the register names no holder of those posts on the activity&apos;s date. Add them on the Stakeholders page, or invite people from the register list.</source>
        <translation>Tidak ada yang ditambahkan: pejabat tetap desa ini sudah diundang, atau register tidak mencatat pemegang jabatan tersebut pada tanggal kegiatan. Tambahkan di halaman Pemangku Kepentingan, atau undang orang dari daftar register.</translation>
    </message>
    <message>
        <source>Invite a guest</source>
        <translation>Undang tamu</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Ubah urutan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Puts %1 back as number %2</source>
        <translation>Mengembalikan %1 sebagai nomor %2</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>Batalkan penghapusan</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PartyEditor</name>
    <message>
        <source>First party (the office)</source>
        <translation>Pihak pertama (kantor)</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Pihak kedua</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Pihak %1</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>(pilih instansi)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>the party&apos;s own number for this agreement</source>
        <translation>nomor pihak ini sendiri untuk MoU ini</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Search the register by name</source>
        <translation>Cari nama di daftar pemangku kepentingan</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Pakai</translation>
    </message>
    <message>
        <source>As signed</source>
        <translation>Saat ditandatangani</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No signatory chosen.</source>
        <translation>Belum ada penanda tangan.</translation>
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
        <translation>Tambah jabatan...</translation>
    </message>
    <message>
        <source>End position...</source>
        <translation>Akhiri jabatan...</translation>
    </message>
    <message>
        <source>Replace holder...</source>
        <translation>Ganti pejabat...</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
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
        <translation>Satu nomor per baris</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Tercetak sebagai:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Surel:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Kecamatan or desa:</source>
        <translation>Kecamatan atau desa:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Positions over time</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>This person is probably already in the register:
%1</source>
        <translation>Orang ini kemungkinan sudah ada dalam daftar:
%1</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Buka yang sudah ada</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Tetap tambahkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Diubah di tempat lain</translation>
    </message>
    <message>
        <source>Someone else changed this person after you opened it. Reload their data (your changes are lost) or keep editing?</source>
        <translation>Orang lain mengubah data orang ini setelah Anda membukanya. Muat ulang datanya (perubahan Anda hilang) atau lanjutkan menyunting?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan menyunting</translation>
    </message>
    <message>
        <source>Positions can be added once the person is saved.</source>
        <translation>Jabatan dapat ditambahkan setelah orang ini disimpan.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation>%1, %2 (%3 s.d. %4)</translation>
    </message>
    <message>
        <source>Titles before the name</source>
        <translation>Gelar di depan nama</translation>
    </message>
    <message>
        <source>The name without titles</source>
        <translation>Nama tanpa gelar</translation>
    </message>
    <message>
        <source>Titles after the name</source>
        <translation>Gelar di belakang nama</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PersonEntryDialog</name>
    <message>
        <source>Invite a guest</source>
        <translation>Undang tamu</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Tambah peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Full name with titles</source>
        <translation>Nama lengkap dengan gelar</translation>
    </message>
    <message>
        <source>e.g. Tokoh Masyarakat</source>
        <translation>mis. Tokoh Masyarakat</translation>
    </message>
    <message>
        <source>e.g. Polsek Koba</source>
        <translation>mis. Polsek Koba</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>Institution &amp;kind:</source>
        <translation>&amp;Jenis instansi:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Jenis &amp;kelamin:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Undang</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Isi nama.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PhotosTab</name>
    <message>
        <source>&amp;Add photo...</source>
        <translation>&amp;Tambah foto...</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Geser ke &amp;kiri</translation>
    </message>
    <message>
        <source>Move ri&amp;ght</source>
        <translation>Geser ke k&amp;anan</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Hapus foto</translation>
    </message>
    <message>
        <source>Caption printed under the photo in the report (Enter saves)</source>
        <translation>Keterangan yang dicetak di bawah foto pada laporan (Enter menyimpan)</translation>
    </message>
    <message>
        <source>A JPEG or PNG file (Ctrl+Shift+F)</source>
        <translation>Berkas JPEG atau PNG (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>No photos yet. Add the documentation photos of the activity; the report lays them out two per row with their captions.</source>
        <translation>Belum ada foto. Tambahkan foto dokumentasi kegiatan; laporan menatanya dua per baris dengan keterangannya.</translation>
    </message>
    <message>
        <source>%1, %2 x %3 pixels</source>
        <translation>%1, %2 x %3 piksel</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Diambil %1</translation>
    </message>
    <message>
        <source>The file does not say when it was taken.</source>
        <translation>Berkas tidak menyebutkan kapan foto diambil.</translation>
    </message>
    <message>
        <source>Add a documentation photo</source>
        <translation>Tambah foto dokumentasi</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Photo date</source>
        <translation>Tanggal foto</translation>
    </message>
    <message>
        <source>%1

The photo was added; remove it if it belongs to another activity.</source>
        <translation>%1

Foto sudah ditambahkan; hapus bila foto itu milik kegiatan lain.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Reorder photos</source>
        <translation>Ubah urutan foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Remove photo %1 (%2) from the activity? Its stored copy is deleted; the file it was added from stays where it is.</source>
        <translation>Hapus foto %1 (%2) dari kegiatan? Salinan yang tersimpan dihapus; berkas asalnya tetap di tempatnya.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PlanDraftView</name>
    <message>
        <source>&amp;Move...</source>
        <translation>Pi&amp;ndahkan...</translation>
    </message>
    <message>
        <source>D&amp;rop visit</source>
        <translation>&amp;Keluarkan kunjungan</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Did not fit</source>
        <translation>Tidak tertampung</translation>
    </message>
    <message>
        <source>Leave the chosen visit out of the plan (Delete)</source>
        <translation>Keluarkan kunjungan yang dipilih dari rencana (Delete)</translation>
    </message>
    <message>
        <source>Choose the MoU and the window, then press &quot;Make draft&quot; to see the plan before anything is saved.</source>
        <translation>Pilih MoU dan rentang tanggal, lalu tekan &quot;Buat draf&quot; untuk melihat rencana sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>%1, visit %2: %3</source>
        <translation>%1, kunjungan ke-%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: left out, already visited under this MoU</source>
        <translation>%1: dilewati, sudah dikunjungi dalam MoU ini</translation>
    </message>
    <message>
        <source>Did not fit (%1)</source>
        <translation>Tidak tertampung (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) planned on working days from %1 to %2.</source>
        <translation>
            <numerusform>%n kunjungan direncanakan pada hari kerja tanggal %1 s.d. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) did not fit: see &quot;Did not fit&quot;.</source>
        <translation>
            <numerusform>%n kunjungan tidak tertampung: lihat &quot;Tidak tertampung&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) clash with the schedule.</source>
        <translation>
            <numerusform>%n kunjungan bentrok dengan jadwal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The MoU is still a draft: the visits are marked as planned under a draft.</source>
        <translation>MoU masih berupa draf: kunjungan ditandai sebagai direncanakan dengan MoU draf.</translation>
    </message>
    <message>
        <source>left out of the draft by the clerk</source>
        <translation>dikeluarkan dari draf oleh operator</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>Ubah jadwal kunjungan ke %1</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>The visit must end after it starts.</source>
        <translation>Kunjungan harus selesai setelah dimulai.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PositionDialog</name>
    <message>
        <source>Ended on:</source>
        <translation>Berakhir pada:</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Tambah jabatan</translation>
    </message>
    <message>
        <source>Kepala Desa</source>
        <translation>Kepala Desa</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <source>Held as:</source>
        <translation>Status jabatan:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Mulai:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::PrintOptionsDialog</name>
    <message>
        <source>Print %1</source>
        <translation>Cetak %1</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>One letter with the list of invitees attached</source>
        <translation>Satu surat dengan daftar undangan terlampir</translation>
    </message>
    <message>
        <source>One letter per invitee</source>
        <translation>Satu surat untuk setiap undangan</translation>
    </message>
    <message>
        <source>Ketua (chair)</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Kepala Sekretariat (head of the secretariat)</source>
        <translation>Kepala Sekretariat</translation>
    </message>
    <message>
        <source>Numbered empty rows after the invited, for walk-ins</source>
        <translation>Baris kosong bernomor setelah undangan, untuk peserta tanpa undangan</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation>&amp;Surat:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Ditandatangani oleh:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Baris kosong:</translation>
    </message>
    <message>
        <source>Pre&amp;view and print...</source>
        <translation>&amp;Pratinjau dan cetak...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF or ODT...</source>
        <translation>Simpan sebagai &amp;PDF atau ODT...</translation>
    </message>
    <message>
        <source>None yet: written in by hand</source>
        <translation>Belum ada: ditulis tangan</translation>
    </message>
    <message>
        <source>Gives the letter the next number of the office in this classification; the number stays with this invitation when it is printed again.</source>
        <translation>Memberi surat nomor berikutnya kantor dalam klasifikasi ini; nomor itu tetap milik undangan ini bila dicetak lagi.</translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation>&amp;Nomor surat:</translation>
    </message>
    <message>
        <source>Letter number:</source>
        <translation>Nomor surat:</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::RegionPage</name>
    <message>
        <source>Search province</source>
        <translation>Cari provinsi</translation>
    </message>
    <message>
        <source>Type to search, e.g. bangka tengah</source>
        <translation>Ketik untuk mencari, mis. bangka tengah</translation>
    </message>
    <message>
        <source>Where does the office work?</source>
        <translation>Di mana wilayah kerja kantor?</translation>
    </message>
    <message>
        <source>Choose the province, then the kabupaten/kota the office supervises. Its kecamatan and kelurahan/desa are what every list in SiSambang offers.</source>
        <translation>Pilih provinsi, lalu kabupaten/kota yang diawasi kantor. Kecamatan dan kelurahan/desanya menjadi pilihan di setiap daftar SiSambang.</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/Kota</source>
        <translation>&amp;Kabupaten/Kota</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <source>No kabupaten/kota chosen yet: pick one from the list.</source>
        <translation>Belum ada kabupaten/kota yang dipilih: pilih satu dari daftar.</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2), province %3</source>
        <translation>Terpilih: %1 (%2), Provinsi %3</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ReplaceHolderDialog</name>
    <message>
        <source>Replace holder</source>
        <translation>Ganti pejabat</translation>
    </message>
    <message>
        <source>%1 at %2, now held by %3.</source>
        <translation>%1 pada %2, saat ini dijabat oleh %3.</translation>
    </message>
    <message>
        <source>Search the successor by name</source>
        <translation>Cari pengganti berdasarkan nama</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Successor:</source>
        <translation>Pengganti:</translation>
    </message>
    <message>
        <source>In office from:</source>
        <translation>Menjabat sejak:</translation>
    </message>
    <message>
        <source>Held as:</source>
        <translation>Status jabatan:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
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
        <translation>Pilih pengganti dari daftar.</translation>
    </message>
    <message>
        <source>The successor must start after %1 took office.</source>
        <translation>Pengganti harus mulai menjabat setelah %1.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ReportPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Monthly recap for the province, and the year view</source>
        <translation>Rekap bulanan untuk provinsi, dan rekap tahunan</translation>
    </message>
    <message>
        <source>Coverage per kecamatan</source>
        <translation>Cakupan per kecamatan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Rekap</translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation>&amp;Bulanan</translation>
    </message>
    <message>
        <source>&amp;Yearly</source>
        <translation>&amp;Tahunan</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Mendatar</translation>
    </message>
    <message>
        <source>&amp;Preview and Print...</source>
        <translation>&amp;Pratinjau dan Cetak...</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <source>PDF, ODT, XLSX or CSV (Ctrl+E)</source>
        <translation>PDF, ODT, XLSX atau CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
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
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Desa visited in the period</source>
        <translation>Desa dikunjungi dalam periode</translation>
    </message>
    <message>
        <source>Desa visited so far</source>
        <translation>Desa dikunjungi sampai saat ini</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>Semua MoU</translation>
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
        <translation>Dicakup</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Dikunjungi</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Not visited yet: %1</source>
        <translation>Belum dikunjungi: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Monthly recap print preview</source>
        <translation>Pratinjau cetak rekap bulanan</translation>
    </message>
    <message>
        <source>Yearly recap print preview</source>
        <translation>Pratinjau cetak rekap tahunan</translation>
    </message>
    <message>
        <source>Export the monthly recap</source>
        <translation>Ekspor rekap bulanan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Dokumen OpenDocument (*.odt);;Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Export the yearly recap</source>
        <translation>Ekspor rekap tahunan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::RescheduleDialog</name>
    <message>
        <source>Reschedule %1</source>
        <translation>Jadwalkan ulang %1</translation>
    </message>
    <message>
        <source>Now: %1 %2 at %3</source>
        <translation>Saat ini: %1 %2 di %3</translation>
    </message>
    <message>
        <source>e.g. the kepala desa asked for another day</source>
        <translation>mis. kepala desa meminta hari lain</translation>
    </message>
    <message>
        <source>&amp;New date and time</source>
        <translation>Tanggal dan jam &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Earlier moves</source>
        <translation>Perpindahan sebelumnya</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation>Kegiatan harus selesai setelah dimulai.</translation>
    </message>
    <message>
        <source>Choose a date or time other than the current one.</source>
        <translation>Pilih tanggal atau jam yang berbeda dari jadwal sekarang.</translation>
    </message>
    <message>
        <source>Give the reason for the move; it is kept with the activity.</source>
        <translation>Isi alasan perpindahan; alasan ini disimpan bersama kegiatan.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Diubah di tempat lain</translation>
    </message>
    <message>
        <source>Someone else changed this activity after you opened it. It is reloaded; move it again if still needed.</source>
        <translation>Pengguna lain mengubah kegiatan ini setelah Anda membukanya. Data telah dimuat ulang; pindahkan lagi jika masih diperlukan.</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Jadwalkan ulang</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::ScheduleFilterBar</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Saring:</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
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
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>All MoUs</source>
        <translation>Semua MoU</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draf)</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Sambang visits and other activities: calendar, list, clashes and the generator</source>
        <translation>Kunjungan sambang dan kegiatan lain: kalender, daftar, bentrok, dan penyusun jadwal otomatis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Kegiatan baru</translation>
    </message>
    <message>
        <source>&amp;Generate...</source>
        <translation>Susun &amp;otomatis...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Reschedule...</source>
        <translation>Jadwalkan &amp;ulang...</translation>
    </message>
    <message>
        <source>&amp;Accept clash...</source>
        <translation>&amp;Terima bentrok...</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Hari &amp;ini</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>Bu&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Da&amp;ftar</translation>
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
        <translation>Ekspor:</translation>
    </message>
    <message>
        <source>Previous week (PgUp)</source>
        <translation>Minggu sebelumnya (PgUp)</translation>
    </message>
    <message>
        <source>Previous month (PgUp)</source>
        <translation>Bulan sebelumnya (PgUp)</translation>
    </message>
    <message>
        <source>Next week (PgDown)</source>
        <translation>Minggu berikutnya (PgDown)</translation>
    </message>
    <message>
        <source>Next month (PgDown)</source>
        <translation>Bulan berikutnya (PgDown)</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n kegiatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with open clashes</source>
        <translation>
            <numerusform>%1, %n dengan bentrok yang belum diterima</numerusform>
        </translation>
    </message>
    <message>
        <source>No activities in this period. New activity: Ctrl+N; a plan from an MoU: Ctrl+G.</source>
        <translation>Tidak ada kegiatan dalam periode ini. Kegiatan baru: Ctrl+N; rencana dari MoU: Ctrl+G.</translation>
    </message>
    <message>
        <source>Choose an activity in the calendar or the list to act on it.</source>
        <translation>Pilih kegiatan di kalender atau daftar untuk mengolahnya.</translation>
    </message>
    <message>
        <source>No officers assigned.</source>
        <translation>Belum ada petugas yang ditugaskan.</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>Petugas: %1</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Rencana disimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were added to the schedule.</source>
        <translation>
            <numerusform>%n kunjungan ditambahkan ke jadwal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sisambang::ui::SettingsPage</name>
    <message>
        <source>Office Profile</source>
        <translation>Profil Kantor</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari Libur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages. Printed documents (MoU, invitations, attendance sheets, minutes, recaps) are always in Bahasa Indonesia.</source>
        <translation>Bahasa menu, halaman, dan pesan. Dokumen yang dicetak (MoU, undangan, daftar hadir, notulen, rekap) selalu berbahasa Indonesia.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Bah&amp;asa:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work area:&lt;/b&gt; %1 (code %2). The kabupaten/kota is fixed when a database is set up; for another one create a new database (File &amp;gt; New Database).</source>
        <translation>&lt;b&gt;Wilayah kerja:&lt;/b&gt; %1 (kode %2). Kabupaten/kota ditetapkan saat database disiapkan; untuk kabupaten/kota lain buat database baru (Berkas &amp;gt; Database Baru).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work area:&lt;/b&gt; not set up.</source>
        <translation>&lt;b&gt;Wilayah kerja:&lt;/b&gt; belum disiapkan.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Cannot Save the Profile</source>
        <translation>Profil Tidak Dapat Disimpan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>&amp;Simpan Profil</translation>
    </message>
    <message>
        <source>Undo &amp;Changes</source>
        <translation>Bata&amp;lkan Perubahan</translation>
    </message>
    <message>
        <source>Letter Numbers</source>
        <translation>Penomoran Surat</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>The office profile printed on every document, the holidays schedules skip, letter numbers, the language of SiSambang, backups and the audit log.</source>
        <translation>Profil kantor yang tercetak di setiap dokumen, hari libur yang dilewati jadwal, nomor surat, bahasa SiSambang, cadangan, dan log audit.</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::SlotEdit</name>
    <message>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Jam selesai</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::StakeholderFilterBar</name>
    <message>
        <source>Show inactive</source>
        <translation>Tampilkan yang nonaktif</translation>
    </message>
    <message>
        <source>Search name, position, institution, desa (Ctrl+F)</source>
        <translation>Cari nama, jabatan, instansi, desa (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All kelurahan/desa</source>
        <translation>Semua kelurahan/desa</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::StakeholderModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
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
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::StakeholderPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Pemangku Kepentingan</translation>
    </message>
    <message>
        <source>People and institutions the office works with</source>
        <translation>Orang dan instansi yang bekerja sama dengan kantor</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Impor...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Ekspor...</translation>
    </message>
    <message>
        <source>Merge...</source>
        <translation>Gabungkan...</translation>
    </message>
    <message>
        <source>Select two rows that are the same person</source>
        <translation>Pilih dua baris yang merupakan orang yang sama</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the register? A person referred to by positions or documents is kept as inactive instead.</source>
        <translation>Hapus %1 dari daftar? Orang yang dirujuk oleh jabatan atau dokumen tetap disimpan sebagai nonaktif.</translation>
    </message>
    <message>
        <source>%1 was deleted: nothing referred to them.</source>
        <translation>%1 telah dihapus: tidak ada data yang merujuknya.</translation>
    </message>
    <message>
        <source>%1 is now inactive: their records are kept and they are hidden unless &quot;Show inactive&quot; is ticked.</source>
        <translation>%1 kini nonaktif: datanya tetap disimpan dan disembunyikan kecuali &quot;Tampilkan yang nonaktif&quot; dicentang.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Select the two rows that are the same person.</source>
        <translation>Pilih dua baris yang merupakan orang yang sama.</translation>
    </message>
    <message>
        <source>Which record is kept? The other one is merged into it and removed.</source>
        <translation>Data mana yang dipertahankan? Data lainnya digabungkan ke dalamnya lalu dihapus.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 is merged into %2:
- %3 position(s) move to %2
- %4 phone number(s) and any empty fields are taken over
- every other reference moves to %2
%1 is then removed; the merge is recorded.</source>
        <translation>%1 digabungkan ke %2:
- %3 jabatan pindah ke %2
- %4 nomor telepon dan isian yang kosong diambil alih
- semua rujukan lain pindah ke %2
%1 kemudian dihapus; penggabungan dicatat.</translation>
    </message>
    <message>
        <source>Merged: %1 position(s) moved, %2 phone number(s) added.</source>
        <translation>Digabungkan: %1 jabatan dipindahkan, %2 nomor telepon ditambahkan.</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Impor pemangku kepentingan</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Lembar kerja (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Ekspor pemangku kepentingan</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 sudah ada. Timpa?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n orang ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Menulis %1...</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::TeamEditor</name>
    <message>
        <source>Add team...</source>
        <translation>Tambah tim...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>No Bawaslu member or staff is in the register yet.</source>
        <translation>Belum ada anggota atau staf Bawaslu dalam daftar.</translation>
    </message>
    <message>
        <source>A team visits together, one desa per half day.</source>
        <translation>Satu tim berkunjung bersama, satu desa per setengah hari.</translation>
    </message>
    <message>
        <source>No teams: visits are planned without officers.</source>
        <translation>Belum ada tim: kunjungan direncanakan tanpa petugas.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Tim baru</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Tim %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>sisambang::ui::VillageChecklist</name>
    <message>
        <source>Kelurahan/desa covered</source>
        <translation>Kelurahan/desa tercakup</translation>
    </message>
</context>
</TS>
