<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Dodaj subskrypcję</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Wpisz adres kanału lub witryny: jej kanały zostaną znalezione automatycznie.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adres:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(bez folderu)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Subskrybuj</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>teraz</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation type="unfinished">
                <numerusform>%Ln min</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation type="unfinished">
                <numerusform>%Ln godz.</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation type="unfinished">
                <numerusform>%Ln dzień</numerusform>
                <numerusform />
                <numerusform />
            </translation>
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
            <translation>Artykuł</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open original</source>
            <translation>Otwórz oryginał</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(bez tytułu)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Kopiuj odnośnik</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Autor: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} min czytania</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Wyświetlany jest tekst z kanału; pełny artykuł jest przygotowywany.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Nie udało się przygotować pełnego artykułu; wyświetlany jest tekst z kanału.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Ten artykuł nie ma treści. Otwórz oryginał, aby go przeczytać.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Ten artykuł jest zbyt długi, by pokazać go w całości. Otwórz oryginał, aby przeczytać resztę.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Witamy w Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet zbiera serwisy informacyjne i blogi, które obserwujesz, i pokazuje każdy artykuł w spokojnym, przejrzystym widoku, w trybie online i offline. Nic nie jest pobierane, dopóki o to nie poprosisz.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Dodaj subskrypcję</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>podając adres kanału lub witryny.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Zaimportuj subskrypcje</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>z pliku OPML innego czytnika.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Dodaj proponowane kanały informacyjne</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>niewielki wybór serwisów informacyjnych w kilku językach.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Potem: F5 odświeża, J i K przechodzą między artykułami, Spacja czyta dalej, Ctrl+Plus i Ctrl+Minus zmieniają rozmiar tekstu.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Anuluj</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>Odnośniki tego rodzaju nie są otwierane.</translation>
        </message>
    </context>
    <context>
        <name>ChooseFeedDialog</name>
        <message>
            <source>Choose a feed</source>
            <translation>Wybierz kanał</translation>
        </message>
        <message>
            <source>This site offers several feeds:</source>
            <translation>Ta witryna oferuje kilka kanałów:</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet jest już uruchomiony z tym profilem.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Nie udało się otworzyć bazy danych; niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: nieoczekiwany błąd</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Coś poszło nie tak, ale Broadsheet działa dalej. Szczegóły znajdują się w pliku dziennika:</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Właściwości kanału</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nigdy</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show articles as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number of read articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notify me of new articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only when I ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Adres kanału:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Witryna:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Ostatnia aktualizacja:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Ostatnie sprawdzenie:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Nieprzeczytane artykuły:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Ostatni błąd:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stan:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>kanał już nie istnieje (serwer odpowiedział 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> articles</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Link copied.</source>
            <translation>Skopiowano odnośnik.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Szukaj w tytułach i treści (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation type="unfinished">
                <numerusform>%v z %Ln kanału</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Wszystkie artykuły</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Nieprzeczytane</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Oznaczone gwiazdką</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Kanał</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation type="unfinished">
                <numerusform>Rozmiar tekstu: %Ln px</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Nie udało się zapisać ustawień: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Nie udało się uruchomić pracy w tle.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Odświeżanie nie powiodło się: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Nie zapisano: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Nie udało się zaimportować pliku OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Nie udało się wyeksportować subskrypcji.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>O programie Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, czytnik wiadomości na komputer.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Dane: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Ten artykuł nie ma adresu internetowego.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Nie udało się odczytać tego kanału: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Żaden artykuł nie pasuje do wyszukiwania.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Nie ma tu jeszcze artykułów. Odśwież (F5), aby pobrać najnowsze.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Przenieś do folderu</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(bez folderu)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Tego artykułu już nie ma.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reader view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Oznaczono jako przeczytany.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Oznaczono jako nieprzeczytany.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Oznaczono gwiazdką.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Usunięto gwiazdkę.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Wszystko oznaczono jako przeczytane.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Nie ma tu więcej nieprzeczytanych artykułów.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Skopiowano odnośnik.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Broadsheet's database is damaged. What should be done?</source>
            <translation>Baza danych Broadsheet jest uszkodzona. Co zrobić?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>Ostatnia kopia zapasowa pochodzi z %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Odzyskaj to, co da się odczytać</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Przywróć ostatnią kopię zapasową</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Zakończ</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Przywrócono ostatnią kopię zapasową.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation type="unfinished">
                <numerusform>Odzyskano %Ln artykuł. Uszkodzony plik zachowano jako %1.</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation type="unfinished">
                <numerusform>%Ln subskrypcja</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation type="unfinished">
                <numerusform>%Ln folder</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation type="unfinished">
                <numerusform>%Ln artykuł</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation type="unfinished">
                <numerusform>%Ln znacznik przeczytania lub gwiazdki</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Odzyskane dane: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Dysk jest pełny: Broadsheet może tylko czytać.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Ten profil jest tylko do odczytu: Broadsheet może tylko czytać, nic nie jest zapisywane.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Nie udało się naprawić bazy danych.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Odświeżanie już trwa.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Nie ma jeszcze subskrypcji do odświeżenia.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Nie udało się uruchomić pracy w tle.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Odświeżanie…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Tytuł</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title or text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contains the words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished">Nazwa:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pattern:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active for new articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Star</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete rule</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Czytanie</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Tryb czytania:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Jasny</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Ciemny</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Systemowy</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Rozmiar czcionki:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Czcionka:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Szeryfowa</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Bezszeryfowa</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Inna czcionka</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Szerokość wiersza:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Wąska</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Średnia</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Szeroka</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Ogólne</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Język:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original (as published)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Odświeżaj wszystkie kanały przy uruchomieniu</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Odświeżaj co:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Wyłączone</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minut</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minut</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 godzinę</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 godziny</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Oznacz jako przeczytany po otwarciu:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Natychmiast</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Po chwili</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nigdy</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Limit rozmiaru pamięci podręcznej:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>We wtorek rada miasta zagłosowała za budową pływającej farmy fotowoltaicznej na zbiorniku.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln px</numerusform>
                <numerusform>%Ln px</numerusform>
                <numerusform>%Ln px</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Klawisz</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Czynność</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Szukanie kanału pod adresem %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Zasubskrybowano %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Dodaj subskrypcję</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Nie udało się zasubskrybować.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Nowy folder</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nazwa folderu:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Zmień nazwę</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nowa nazwa:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Zaznacz kanał, aby go przenieść.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Anulować subskrypcję tego kanału? Jego artykuły zostaną usunięte.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Usuń subskrypcję</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Usunąć ten folder? Jego kanały przejdą poziom wyżej.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Usuń folder</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importuj OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Pliki OPML (*.opml *.xml);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>plik jest za duży</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Nie udało się odczytać pliku.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation type="unfinished">
                <numerusform>Dodano %Ln subskrypcję</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation type="unfinished">
                <numerusform>%Ln już istniała</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Naciśnij F5 (Odśwież), aby pobrać ich artykuły.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Pominięto niektóre wpisy:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Eksportuj OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Pliki OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Wyeksportowano subskrypcje do %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>To się nie udało.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation type="unfinished">Nie udało się uruchomić pracy w tle.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember the view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the view:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove view</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Odśwież wszystko</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Odśwież ten &amp;kanał</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;Anuluj odświeżanie</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Dodaj subskrypcję…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Nowy &amp;folder…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Importuj OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Eksportuj OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Dodaj &amp;proponowane kanały</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Następny artykuł</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Poprzedni artykuł</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Następny &amp;nieprzeczytany</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Poprzedni n&amp;ieprzeczytany</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Przewiń, potem następny nieprzeczytany</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;Gwiazdka / bez gwiazdki</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Oznacz jako p&amp;rzeczytany / nieprzeczytany</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Oznacz &amp;wszystko jako przeczytane</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Otwórz w przeglądarce</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Kopiuj odnośnik</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Szukaj…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>&amp;Większy tekst</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>&amp;Mniejszy tekst</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Domyślny rozmiar tekstu</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Pokaż &amp;subskrypcje</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>S&amp;kup się na artykule</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ustawienia…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Skróty &amp;klawiszowe</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;O programie Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Zmień &amp;nazwę…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>Prze&amp;nieś do folderu…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>Właś&amp;ciwości</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Kanały</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Artykuł</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Odśwież wszystkie kanały (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Subskrybuj kanał lub witrynę (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Oznacz wszystko z listy jako przeczytane (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Pasek narzędzi</translation>
        </message>
    </context>
</TS>
