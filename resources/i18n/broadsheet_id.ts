<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Langganan</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Tampilan pintar, folder, dan umpan beserta artikelnya yang belum dibaca</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pencarian</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Cari di judul dan teks artikel (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Daftar artikel dan pencarian</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Panel baca</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Bilah menu</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Semua tindakan Broadsheet: tekan Alt, lalu tombol panah</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Segarkan, berlangganan, tandai sudah dibaca</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Bilah alat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Pesan tentang penyegaran dan apa yang telah dilakukan</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Kemajuan penyegaran</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Umpan yang sudah disegarkan sejauh ini</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Hentikan penyegaran</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Terbaru dahulu. J dan K berpindah, S memberi bintang, M menandai sudah dibaca, O membuka</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Tidak ada artikel yang terbuka</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Akun sinkronisasi</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Hapus akun…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Tambahkan akun</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>API Google Reader (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>API Fever (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;Protokol:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Alamat &amp;server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nama &amp;pengguna:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Kata &amp;sandi atau kata sandi API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Izinkan http:// tidak aman ke komputer lain (kata sandi dikirim tanpa enkripsi)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever tidak dapat berlangganan atau berhenti berlangganan: tambah dan hapus umpan di halaman server itu sendiri; umpan akan muncul di sini pada sinkronisasi berikutnya.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Uji koneksi</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Tambahkan akun</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 di %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Belum pernah disinkronkan</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Sinkronisasi terakhir: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln perubahan menunggu dikirim</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Sinkronisasi terakhir gagal: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever tidak dapat berlangganan: tambahkan umpan di server.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Lokal: umpan yang Anda langgani di komputer ini</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Kata sandi disimpan di gantungan kunci desktop.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Kata sandi disimpan di %1 (hanya dapat dibaca oleh Anda).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Menghubungkan…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Menghapus…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Hapus akun</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Hapus akun ini? Umpan dan artikelnya akan dihapus dari komputer ini; tidak ada yang berubah di server.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Koneksi gagal: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Akun tidak ditambahkan: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Akun tidak dihapus: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Terhubung: server menerima nama pengguna dan kata sandi.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Akun ditambahkan. Gunakan Umpan &gt; Sinkronkan akun sekarang untuk mengambil umpan dan artikelnya.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Akun dihapus.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Tambah langganan</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Ketik alamat umpan atau situs web: umpan situs itu akan dicarikan untuk Anda.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(tanpa folder)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Berlangganan</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Mencari umpan…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Tidak dapat berlangganan: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>baru saja</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln mnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln j</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>sudah dibaca</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>belum dibaca</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>berbintang</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d MMM</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Juga di:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Tampilan pembaca tidak tersedia: halaman ini bukan artikel.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Dibuka di peramban Anda.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Tidak ada peramban web yang dapat dibuka untuk alamat ini.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Buka aslinya</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Salin tautan</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Oleh {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} mnt baca</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Menampilkan teks dari umpan; artikel lengkap sedang disiapkan.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Artikel lengkap tidak dapat disiapkan; menampilkan teks dari umpan.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Artikel ini tidak memiliki teks. Buka aslinya untuk membacanya.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Artikel ini terlalu panjang untuk ditampilkan seluruhnya. Buka aslinya untuk membaca sisanya.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Selamat datang di Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet mengumpulkan situs berita dan blog yang Anda ikuti dan menampilkan setiap artikel dalam tampilan yang tenang dan bersih, daring maupun luring. Tidak ada yang diunduh sampai Anda memintanya.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Tambahkan langganan</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>dengan alamat umpan atau situs.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Impor langganan</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>dari berkas OPML pembaca lain.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Tambahkan umpan berita yang disarankan</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>sedikit pilihan situs berita dalam beberapa bahasa.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Lalu: F5 menyegarkan, J dan K berpindah antarartikel, Spasi melanjutkan bacaan, Ctrl+Plus dan Ctrl+Minus mengubah ukuran teks.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Putar</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Unduh</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Mengunduh: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Terunduh</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Unduhan gagal: {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>{} KB</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>{} MB</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>Tautan jenis ini tidak dibuka.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Tidak dapat mengubah pengaturan mulai bersama sesi: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>Di latar belakang</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Menutup jendela membuat Broadsheet tetap berada di baki sistem</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Mulai tersembunyi di baki sistem</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Desktop ini tidak memiliki baki sistem: menutup jendela akan mengakhiri Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Mulai bersama sesi (belum tersedia di sini)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Mulai bersama sesi desktop</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Beri tahu tentang artikel baru</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Jam tenang dari</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Urungkan tandai semua sudah dibaca</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Tandai lagi artikel tersebut belum dibaca (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Belum dibaca lagi: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Tidak ada program yang dapat dibuka untuk berkas ini.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Tidak dapat mengunduh: proses latar belakang tidak berjalan.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Mengunduh %1 ke %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Mengunduh %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Diunduh ke %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Unduhan dibatalkan.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Unduhan gagal: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet sudah berjalan dengan profil ini.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Basis data tidak dapat dibuka; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: galat tak terduga</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Terjadi kesalahan, tetapi Broadsheet tetap berjalan. Rinciannya ada di berkas log:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Notifikasi:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Sesuai Pengaturan</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Selalu</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Tidak pernah</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Pilih semua</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Batalkan semua pilihan</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Properti umpan</translation>
        </message>
        <message>
            <source>never</source>
            <translation>tidak pernah</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Tampilan pembaca</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Teks umpan</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Halaman asli (di peramban)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Tampilkan artikel sebagai:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Segarkan:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Sejumlah artikel yang sudah dibaca</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Artikel yang sudah dibaca selama beberapa hari</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Simpan:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Artikel yang belum dibaca dan berbintang selalu disimpan.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Setiap jam</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Setiap 2 jam</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Setiap 4 jam</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Setiap 12 jam</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Hanya saat saya minta</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Setiap 15 menit</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Setiap 30 menit</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Sekali sehari</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Sesuai Pengaturan</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Alamat umpan:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Situs web:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Pembaruan terakhir:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Pemeriksaan terakhir:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Artikel belum dibaca:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Galat terakhir:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>umpan sudah tidak ada (server menjawab 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> artikel</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln berbintang</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln belum dibaca</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Link copied.</source>
            <translation>Tautan disalin.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Cari di judul dan teks (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v dari %Ln umpan</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Semua artikel</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Belum dibaca</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Berbintang</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Podcast</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Umpan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Ukuran teks: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Pengaturan tidak dapat disimpan: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Pekerjaan latar belakang tidak dapat dimulai.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Penyegaran gagal: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Tidak tersimpan: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Berkas OPML tidak dapat diimpor.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Langganan tidak dapat diekspor.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Tentang Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, pembaca berita untuk desktop.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Data: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Artikel ini tidak memiliki alamat web.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Umpan ini tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Tidak ada artikel yang cocok dengan pencarian.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Belum ada artikel di sini. Segarkan (F5) untuk mengambil yang terbaru.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Pindahkan ke folder</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(tanpa folder)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Artikel ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Edisi artikel tersebut tidak dapat diambil.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Tampilan pembaca.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Teks umpan.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Ditandai sudah dibaca.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Ditandai belum dibaca.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Diberi bintang.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Bintang dihapus.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Semua ditandai sudah dibaca.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Tidak ada lagi artikel belum dibaca di sini.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Tautan disalin.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Tidak ada peramban web yang dapat dibuka untuk alamat ini.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln artikel baru</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln cocok dengan aturan Anda: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 dan %Ln lainnya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>di %Ln umpan: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Broadsheet's database is damaged. What should be done?</source>
            <translation>Basis data Broadsheet rusak. Apa yang harus dilakukan?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>Cadangan terbaru berasal dari %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Pulihkan yang masih terbaca</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Pulihkan cadangan terbaru</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Cadangan terbaru telah dipulihkan.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln artikel dipulihkan. Berkas yang rusak disimpan sebagai %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln langganan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln folder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln tanda sudah dibaca atau berbintang</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Diselamatkan: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Disk penuh: Broadsheet hanya dapat membaca.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Profil ini hanya-baca: Broadsheet hanya dapat membaca, tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Basis data tidak dapat diperbaiki.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Penyegaran sudah berjalan.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Belum ada langganan untuk disegarkan.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Pekerjaan latar belakang tidak dapat dimulai.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Menyegarkan…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Mengambil artikel baru…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artikel %v dari %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln artikel baru</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Penyegaran dibatalkan: %1 disimpan.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln umpan diperbarui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln umpan tidak berubah</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln umpan gagal (lihat umpan yang ditandai)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Penyegaran selesai: %1.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>RemoteSubscriptions</name>
        <message>
            <source>This computer</source>
            <translation>Komputer ini</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Akun:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever tidak bisa berlangganan: tambahkan feed di halaman web server itu sendiri; feed akan muncul di sini pada sinkronisasi berikutnya.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever tidak bisa mengganti nama, memindahkan, atau berhenti berlangganan feed: lakukan di halaman web server itu sendiri; perubahannya akan muncul di sini pada sinkronisasi berikutnya.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever tidak bisa mengganti nama atau menghapus folder: lakukan di halaman web server itu sendiri; perubahannya akan muncul di sini pada sinkronisasi berikutnya.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Mengubah langganan di server…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Server tidak membuat perubahan: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Selesai di server, dan sudah disinkronkan.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Aturan</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Aturan baru</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Judul atau teks</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Penulis</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Nama umpan</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Berisi kata-kata</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Cocok dengan ekspresi reguler</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Contoh: transfer sepak bola*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Periksa:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Cara:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Pola:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Lalu:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Aktif untuk artikel baru</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Tandai sudah dibaca</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Beri bintang</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Sembunyikan (tidak pernah dicantumkan)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Beri tahu</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Terapkan ke artikel yang ada</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Simpan aturan</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (nonaktif)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Ketik kata atau pola untuk melihat apa yang cocok.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Aturan ini tidak dapat berfungsi: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Artikel tersimpan yang cocok: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Dari %2 artikel terbaru, yang cocok: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Pola terlalu lambat untuk beberapa artikel: artikel tersebut dilewati.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Disimpan. Aturan diterapkan pada artikel saat tiba.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Diterapkan. Artikel yang cocok: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Menerapkan…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Terapkan aturan</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Hapus aturan</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Membaca</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Mode baca:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Terang</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Gelap</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kontras tinggi</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistem</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Ukuran huruf:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Huruf:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Serif</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Sans serif</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Huruf lain</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Lebar baris:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Sempit</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Sedang</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Lebar</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Bahasa artikel:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Sama dengan antarmuka</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Asli (seperti yang diterbitkan)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Artikel ditampilkan dalam bahasa ini jika situsnya menerbitkannya.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Segarkan semua umpan saat mulai</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Segarkan setiap:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Mati</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 menit</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 menit</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 jam</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 jam</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Tandai sudah dibaca saat dibuka:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Segera</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Setelah jeda</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Tidak pernah</translation>
        </message>
        <message>
            <source> s</source>
            <translation> dtk</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Jeda sebelum menandai sudah dibaca</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Batas ukuran cache:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>Folder unduhan:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Dewan kota pada hari Selasa memutuskan untuk membangun pembangkit listrik tenaga surya terapung di waduk.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Folder unduhan</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln piksel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Pintasan papan ketik</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Mencari umpan di %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Berlangganan %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Tambah langganan</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Tidak dapat berlangganan.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nama folder:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nama baru:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Pilih umpan untuk memindahkannya.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Berhenti berlangganan umpan ini? Artikelnya akan dihapus.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Hapus langganan</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Hapus folder ini? Umpannya naik satu tingkat.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Hapus folder</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Impor OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Berkas OPML (*.opml *.xml);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>berkas terlalu besar</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Berkas tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Mengimpor…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln langganan ditambahkan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln sudah ada</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Tekan F5 (Segarkan) untuk mengambil artikelnya.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Beberapa entri dilewati:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Ekspor OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Berkas OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Langganan diekspor ke %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Itu tidak berhasil.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Penyegaran atau sinkronisasi sedang berjalan.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Belum ada akun sinkronisasi: tambahkan melalui Berkas &gt; Akun sinkronisasi…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Proses latar belakang tidak dapat dimulai.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Menyinkronkan…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Batalkan sinkronisasi</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Mengirim perubahan %v dari %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artikel %v dari %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Halaman %v dari %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Mengambil artikel baru…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Sinkronisasi gagal: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln artikel baru</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Sinkronisasi dibatalkan: %1 disimpan.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Sinkronisasi %1 gagal: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Sinkronisasi selesai: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Buka Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Segarkan sekarang</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Tandai semua sudah dibaca</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Jeda pemberitahuan</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln belum dibaca</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Terbaru dahulu</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Terlama dahulu</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Menurut judul</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Menurut umpan</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Menurut penulis</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Urutkan artikel</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Hanya yang &amp;belum dibaca</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Simpan pencarian ini sebagai &amp;tampilan…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Tag…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>A&amp;turan…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Ingat tampilan</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Simpan pencarian</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nama tampilan:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Pencarian disimpan sebagai tampilan.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Diberi tag “%1”.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Hapus tampilan</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Segarkan semua</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Segarkan &amp;umpan ini</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;Batalkan penyegaran</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Tambah langganan…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>&amp;Folder baru…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Impor OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Ekspor OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Tambahkan umpan &amp;saran</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Artikel &amp;berikutnya</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Artikel &amp;sebelumnya</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Berikutnya yang &amp;belum dibaca</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Sebelumnya yang belum &amp;dibaca</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Gulir, lalu berikutnya yang belum dibaca</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>Beri/hapus &amp;bintang</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Tandai sudah/&amp;belum dibaca</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Tandai &amp;semua sudah dibaca</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Buka di peramban</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Salin tautan</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>Tampilan &amp;pembaca</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Cari…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Teks lebih &amp;besar</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Teks lebih &amp;kecil</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Ukuran teks &amp;bawaan</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Tampilkan &amp;langganan</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Fokus pada artikel</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Pintasan &amp;papan ketik</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;Tentang Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Ganti &amp;nama…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Pindahkan ke folder…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;roperti</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>S&amp;inkronkan akun sekarang</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>Akun sin&amp;kronisasi…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Umpan</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Artikel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Segarkan semua umpan (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Berlangganan umpan atau situs (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Tandai semua yang tercantum sudah dibaca (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Alihkan artikel antara tampilan pembaca dan teks umpan (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Bilah alat</translation>
        </message>
    </context>
</TS>
