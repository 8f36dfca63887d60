<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Abonelikler</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Akıllı görünümler, klasörler ve okunmamış makaleleriyle beslemeler</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Arama</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Makalelerin başlıklarında ve metninde ara (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Makale listesi ve arama</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Okuma bölmeleri</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Menü çubuğu</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet'in tüm eylemleri: Alt'a, ardından ok tuşlarına basın</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Yenile, abone ol, okundu işaretle</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Araç çubuğu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Yenileme ve yapılan işlemlerle ilgili iletiler</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Yenileme ilerlemesi</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Şu ana kadar yenilenen beslemeler</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Yenilemeyi durdur</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Önce en yeniler. J ve K gezinir, S yıldız ekler, M okundu işaretler, O açar</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Makaleler</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Makale</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Açık makale yok</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Eşitleme hesapları</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>Hesabı &amp;kaldır…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Hesap ekle</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>Google Reader API (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>Fever API (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;Protokol:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Sunucu adresi:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Kullanıcı adı:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>&amp;Parola veya API parolası:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Başka bir makineye güvenli olmayan http:// bağlantısına izin ver (parola şifrelenmeden gönderilir)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever abone olamaz veya aboneliği iptal edemez: beslemeleri sunucunun kendi sayfalarından ekleyip kaldırın; bir sonraki eşitlemede buraya gelirler.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Bağlantıyı &amp;sına</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>Hesap &amp;ekle</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1, %2 üzerinde</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Hiç eşitlenmedi</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Son eşitleme: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>Gönderilmeyi bekleyen %Ln değişiklik</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Son eşitleme başarısız oldu: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever abone olamaz: beslemeleri sunucuda ekleyin.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Yerel: bu bilgisayarda abone olduğunuz beslemeler</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Parolalar masaüstü anahtarlığında saklanır.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Parolalar %1 içinde saklanır (yalnızca siz okuyabilirsiniz).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Bağlanılıyor…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Kaldırılıyor…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Hesabı kaldır</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Bu hesap kaldırılsın mı? Beslemeleri ve makaleleri bu bilgisayardan silinir; sunucuda hiçbir şey değişmez.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Bağlantı başarısız oldu: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Hesap eklenmedi: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Hesap kaldırılmadı: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Bağlandı: sunucu kullanıcı adını ve parolayı kabul etti.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Hesap eklendi. Beslemelerini ve makalelerini almak için Beslemeler &gt; Hesapları şimdi eşitle'yi kullanın.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Hesap kaldırıldı.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Abonelik ekle</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Bir beslemenin ya da web sitesinin adresini yazın: sitenin beslemeleri sizin için bulunur.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adres:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(klasör yok)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Klasör:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Abone ol</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Besleme aranıyor…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Abone olunamadı: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>şimdi</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln dk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln sa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln g</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>okundu</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>okunmadı</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>yıldızlı</translation>
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
            <translation>Makale</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Ayrıca şurada:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Okuyucu görünümü kullanılamıyor: sayfa bir makale değil.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Tarayıcınızda açıldı.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Bu adres için hiçbir web tarayıcısı açılamadı.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Orijinalini aç</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(başlıksız)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Bağlantıyı kopyala</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Yazan: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} dk okuma</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Beslemedeki metin gösteriliyor; makalenin tamamı hazırlanıyor.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Makalenin tamamı hazırlanamadı; beslemedeki metin gösteriliyor.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Bu makalede metin yok. Okumak için orijinalini açın.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Bu makale tamamı gösterilemeyecek kadar uzun. Devamını okumak için orijinalini açın.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Broadsheet'e hoş geldiniz</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet takip ettiğiniz haber sitelerini ve blogları bir araya getirir, her makaleyi sakin ve sade bir görünümde gösterir; çevrimiçi de çevrimdışı da. Siz istemedikçe hiçbir şey indirilmez.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Abonelik ekleyin</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>bir beslemenin ya da sitenin adresiyle.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Abonelikleri içe aktarın</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>başka bir okuyucunun OPML dosyasından.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Önerilen haber beslemelerini ekleyin</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>birkaç dilde haber sitelerinden küçük bir seçki.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Sonra: F5 yeniler, J ve K makaleler arasında gezinir, Boşluk okumaya devam eder, Ctrl+Artı ve Ctrl+Eksi metin boyutunu değiştirir.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Ekler</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Ses</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Görüntü</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Belge</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Dosya</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Oynat</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>İndir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>İndiriliyor: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>İndirildi</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>İndirme başarısız oldu: {}</translation>
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
            <translation>Bu tür bağlantılar açılmaz.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Oturumla birlikte başlatma ayarı değiştirilemedi: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>Arka planda</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Pencereyi kapatmak Broadsheet'i sistem tepsisinde tutar</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Sistem tepsisinde gizli başlat</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Bu masaüstünde sistem tepsisi yok: pencereyi kapatmak Broadsheet'ten çıkar.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Oturumla birlikte başlat (burada henüz kullanılamıyor)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Masaüstü oturumuyla birlikte başlat</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Yeni makaleleri bildir</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Sessiz saatler: başlangıç</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bitiş</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>Tümünü okundu işaretlemeyi &amp;geri al</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Geri al</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Bu makaleleri yeniden okunmadı olarak işaretle (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Yeniden okunmadı: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Bu dosya için hiçbir program açılamadı.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>İndirme yapılamıyor: arka plan işi başlamadı.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1, %2 konumuna indiriliyor</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 indiriliyor: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>%1 konumuna indirildi</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>İndirme iptal edildi.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>İndirme başarısız oldu: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet bu profille zaten çalışıyor.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Veritabanı açılamadı; hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: beklenmeyen hata</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Bir şeyler ters gitti ama Broadsheet çalışmaya devam ediyor. Ayrıntılar günlük dosyasında:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Bildirimler:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Ayarlar'daki gibi</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Her zaman</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Hiçbir zaman</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Tümünü seç</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Hiçbirini seçme</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Besleme özellikleri</translation>
        </message>
        <message>
            <source>never</source>
            <translation>hiçbir zaman</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Ad:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Okuyucu görünümü</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Besleme metni</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Orijinal sayfa (tarayıcıda)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Makaleleri şöyle göster:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Yenile:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Belirli sayıda okunmuş makale</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Birkaç gün boyunca okunmuş makaleler</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Sakla:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Okunmamış ve yıldızlı makaleler her zaman saklanır.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Her saat</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>2 saatte bir</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>4 saatte bir</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>12 saatte bir</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Yalnızca ben istediğimde</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>15 dakikada bir</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>30 dakikada bir</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Günde bir kez</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Ayarlar'daki gibi</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Besleme adresi:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Web sitesi:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Son güncelleme:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Son denetim:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Okunmamış makaleler:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Son hata:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>yok</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Durum:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>besleme artık yok (sunucu 410 yanıtını verdi)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> gün</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> makale</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln yıldızlı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln okunmamış</numerusform>
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
            <translation>Bağlantı kopyalandı.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Başlıklarda ve metinde ara (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v / %Ln besleme</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Tüm makaleler</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Okunmamış</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Yıldızlı</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Podcast'ler</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlık</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Besleme</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Metin boyutu: %Ln piksel</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Ayarlar kaydedilemedi: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Arka plan işi başlatılamadı.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Yenileme başarısız: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Kaydedilmedi: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>OPML dosyası içe aktarılamadı.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Abonelikler dışa aktarılamadı.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Broadsheet hakkında</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, masaüstü haber okuyucusu.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Veriler: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Bu makalenin web adresi yok.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Bu besleme okunamadı: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Aramayla eşleşen makale yok.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Burada henüz makale yok. En yenilerini almak için yenileyin (F5).</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Klasöre taşı</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(klasör yok)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Bu makale artık yok.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Makalenin bu sürümü alınamadı.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Okuyucu görünümü.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Besleme metni.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Okundu olarak işaretlendi.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Okunmadı olarak işaretlendi.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Yıldız eklendi.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Yıldız kaldırıldı.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Tümü okundu olarak işaretlendi.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Burada başka okunmamış makale yok.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Bağlantı kopyalandı.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Bu adres için hiçbir web tarayıcısı açılamadı.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln yeni makale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln makale kurallarınıza uydu: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 ve %Ln besleme daha</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>%Ln beslemede: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
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
            <translation>Broadsheet veritabanı hasarlı. Ne yapılsın?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>En son yedek %1 tarihli.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Okunabilenleri kurtar</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>En son yedeği geri yükle</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Çık</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>En son yedek geri yüklendi.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln makale kurtarıldı. Hasarlı dosya %1 olarak saklandı.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln abonelik</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln klasör</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln makale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln okundu veya yıldız işareti</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Kurtarılanlar: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Disk dolu: Broadsheet yalnızca okuyabilir.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Bu profil salt okunur: Broadsheet yalnızca okuyabilir, hiçbir şey kaydedilmez.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Veritabanı onarılamadı.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Zaten bir yenileme sürüyor.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Henüz yenilenecek abonelik yok.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Arka plan işi başlatılamadı.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Yenileniyor…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Yeni makaleler alınıyor…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Makaleler %v / %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln yeni makale</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Yenileme iptal edildi: %1 saklandı.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln besleme güncellendi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln besleme değişmedi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln besleme başarısız oldu (işaretli beslemelere bakın)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Yenileme tamamlandı: %1.</translation>
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
            <translation>Bu bilgisayar</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Hesap:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever abone olamaz: beslemeyi sunucunun kendi web sayfasından ekleyin; bir sonraki eşitlemede buraya gelir.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever bir beslemeyi yeniden adlandıramaz, taşıyamaz veya aboneliğini kaldıramaz: bunu sunucunun kendi web sayfasında yapın; değişiklik bir sonraki eşitlemede buraya gelir.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever bir klasörü yeniden adlandıramaz veya kaldıramaz: bunu sunucunun kendi web sayfasında yapın; değişiklik bir sonraki eşitlemede buraya gelir.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Abonelik sunucuda değiştiriliyor…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Sunucu değişikliği yapmadı: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Sunucuda yapıldı ve eşitlendi.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Kurallar</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Yeni kural</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlık</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Metin</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Başlık veya metin</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Yazar</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Bağlantı</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Besleme adı</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Şu sözcükleri içerir</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Düzenli ifadeyle eşleşir</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Örneğin: futbol transfer*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Ad:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Nereye bakılsın:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Nasıl:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Desen:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Sonra:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Yeni makaleler için etkin</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Okundu olarak işaretle</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Yıldız ekle</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Gizle (hiç listeleme)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etiket:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Bildir</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Mevcut makalelere uygula</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Kuralı kaydet</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (kapalı)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Neyle eşleştiğini görmek için sözcükler veya bir desen yazın.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Bu kural çalışamaz: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Eşleştiği kayıtlı makaleler: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>En yeni %2 makaleden eşleşenler: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Desen bazı makalelerde çok yavaş: bu makaleler atlanır.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Kaydedildi. Makaleler geldikçe onlara uygulanır.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Uygulandı. Eşleşen makaleler: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Uygulanıyor…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Kuralı uygula</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Kuralı sil</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ayarlar</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Okuma</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Okuma modu:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Açık</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepya</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Koyu</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Yüksek karşıtlık</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistem</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Yazı tipi boyutu:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Yazı tipi:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Tırnaklı</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Tırnaksız</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Başka yazı tipi</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Satır genişliği:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Dar</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Orta</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Geniş</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Genel</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Dil:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Makale dili:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Arayüzle aynı</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Orijinal (yayımlandığı gibi)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Siteleri yayımlıyorsa makaleler bu dilde gösterilir.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Açılışta tüm beslemeleri yenile</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Yenileme sıklığı:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Kapalı</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 dakika</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 dakika</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 saat</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 saat</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Açılınca okundu olarak işaretle:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Hemen</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Biraz bekledikten sonra</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Hiçbir zaman</translation>
        </message>
        <message>
            <source> s</source>
            <translation> sn</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Okundu işaretlemeden önceki gecikme</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Önbellek boyutu sınırı:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>İndirme klasörü:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Belediye meclisi salı günü baraj gölüne yüzer bir güneş enerjisi santrali kurulmasını oyladı.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>İndirme klasörü</translation>
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
            <translation>Klavye kısayolları</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tuş</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Eylem</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>%1 adresinde besleme aranıyor…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1 beslemesine abone olundu.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Abonelik ekle</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Abone olunamadı.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Yeni klasör</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Klasör adı:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Yeniden adlandır</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Yeni ad:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Taşımak için bir besleme seçin.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Bu beslemeden abonelik çıkılsın mı? Makaleleri silinir.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Aboneliği kaldır</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Bu klasör kaldırılsın mı? Beslemeleri bir üst düzeye taşınır.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Klasörü kaldır</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML içe aktar</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML dosyaları (*.opml *.xml);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>dosya çok büyük</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Dosya okunamadı.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>İçe aktarılıyor…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln abonelik eklendi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln zaten var</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Makalelerini almak için F5'e (Yenile) basın.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Bazı girdiler atlandı:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML dışa aktar</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML dosyaları (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Abonelikler %1 konumuna dışa aktarıldı.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Bu işe yaramadı.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Bir yenileme veya eşitleme zaten çalışıyor.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Henüz eşitleme hesabı yok: Dosya &gt; Eşitleme hesapları… ile bir tane ekleyin</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Arka plan işi başlatılamadı.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Eşitleniyor…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Eşitlemeyi iptal et</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Değişiklikler gönderiliyor %v / %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Makaleler %v / %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Sayfalar %v / %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Yeni makaleler alınıyor…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Eşitleme başarısız oldu: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln yeni makale</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Eşitleme iptal edildi: %1 saklandı.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 eşitlemesi başarısız oldu: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Eşitleme tamamlandı: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet'i aç</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Şimdi yenile</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Tümünü okundu işaretle</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Bildirimleri duraklat</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Çık</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln okunmamış</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Önce en yeni</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Önce en eski</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Başlığa göre</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Beslemeye göre</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Yazara göre</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>Makaleleri &amp;sırala</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Yalnızca &amp;okunmamış</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Bu aramayı &amp;görünüm olarak kaydet…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Etiketle…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>&amp;Kurallar…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Görünümü hatırla</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Aramayı kaydet</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Görünümün adı:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Arama görünüm olarak kaydedildi.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiket</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etiket:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>“%1” olarak etiketlendi.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Görünümü kaldır</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Tümünü yenile</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Bu &amp;beslemeyi yenile</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>Yenilemeyi &amp;iptal et</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Abonelik ekle…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Yeni &amp;klasör…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML &amp;içe aktar…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML &amp;dışa aktar…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Önerilen beslemeleri &amp;ekle</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Çı&amp;k</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Sonraki makale</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Ö&amp;nceki makale</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Sonraki &amp;okunmamış makale</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Önceki okun&amp;mamış makale</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Kaydır, sonra sonraki okunmamış</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;Yıldız ekle / kaldır</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Okundu / okunmadı ola&amp;rak işaretle</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>&amp;Tümünü okundu işaretle</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Tarayıcıda aç</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>Bağlantıyı &amp;kopyala</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>Okuyucu &amp;görünümü</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Ara…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Metni &amp;büyüt</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Metni &amp;küçült</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Varsayılan metin boyutu</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>&amp;Abonelikleri göster</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>Makaleye &amp;odaklan</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ayarlar…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Klavye kısayolları</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Broadsheet &amp;hakkında</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Yeniden a&amp;dlandır…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>Klasöre &amp;taşı…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Kaldır…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>Ö&amp;zellikler</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>Hesapları şimdi &amp;eşitle</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>E&amp;şitleme hesapları…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Dosya</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Görünüm</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Beslemeler</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Makale</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Yardım</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Tüm beslemeleri yenile (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Bir beslemeye ya da siteye abone ol (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Listelenen her şeyi okundu işaretle (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Makaleyi okuyucu görünümü ile besleme metni arasında değiştir (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Araç çubuğu</translation>
        </message>
    </context>
</TS>
