<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Subskrypcje</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Widoki inteligentne, foldery i kanały z nieprzeczytanymi artykułami</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Wyszukiwanie</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Szukaj w tytułach i treści artykułów (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Lista artykułów i wyszukiwanie</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Panele czytania</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Pasek menu</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Wszystkie działania Broadsheet: naciśnij Alt, a potem klawisze strzałek</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Odświeżanie, subskrybowanie, oznaczanie jako przeczytane</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Pasek narzędzi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Komunikaty o odświeżaniu i wykonanych czynnościach</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Postęp odświeżania</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Dotychczas odświeżone kanały</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Zatrzymaj odświeżanie</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Najnowsze na początku. J i K – przechodzenie, S – gwiazdka, M – oznacz jako przeczytany, O – otwórz</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artykuły</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Nie otwarto artykułu</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Konta synchronizacji</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Usuń konto…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Dodaj konto</translation>
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
            <translation>&amp;Protokół:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Adres &amp;serwera:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nazwa &amp;użytkownika:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>&amp;Hasło lub hasło API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Zezwalaj na niezabezpieczony http:// do innego komputera (hasło jest przesyłane bez szyfrowania)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever nie umożliwia subskrybowania ani anulowania subskrypcji: dodawaj i usuwaj kanały na stronach samego serwera; pojawią się tutaj przy następnej synchronizacji.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testuj połączenie</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Dodaj konto</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 na %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Nigdy nie synchronizowano</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Ostatnia synchronizacja: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln zmiana czeka na wysłanie</numerusform>
                <numerusform>%Ln zmiany czekają na wysłanie</numerusform>
                <numerusform>%Ln zmian czeka na wysłanie</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Ostatnia synchronizacja nie powiodła się: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever nie umożliwia subskrybowania: dodawaj kanały na serwerze.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Lokalne: kanały subskrybowane na tym komputerze</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Hasła są przechowywane w pęku kluczy pulpitu.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Hasła są przechowywane w %1 (do odczytu tylko przez Ciebie).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Usuwanie…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Usuń konto</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Usunąć to konto? Jego kanały i artykuły zostaną usunięte z tego komputera; na serwerze nic się nie zmieni.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Połączenie nie powiodło się: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Nie dodano konta: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Nie usunięto konta: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Połączono: serwer zaakceptował nazwę użytkownika i hasło.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Dodano konto. Użyj Kanały &gt; Synchronizuj konta teraz, aby pobrać jego kanały i artykuły.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Usunięto konto.</translation>
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
            <translation>Wyszukiwanie kanału…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Nie udało się zasubskrybować: %1</translation>
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
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln godz.</numerusform>
                <numerusform>%Ln godz.</numerusform>
                <numerusform>%Ln godz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln d</numerusform>
                <numerusform>%Ln d</numerusform>
                <numerusform>%Ln d</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>przeczytany</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>nieprzeczytany</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>z gwiazdką</translation>
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
            <translation>Artykuł</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Także w:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Widok czytnika jest niedostępny: ta strona nie jest artykułem.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Otwarto w przeglądarce.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Nie udało się otworzyć przeglądarki dla tego adresu.</translation>
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
            <translation>Załączniki</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Dźwięk</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Wideo</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Obraz</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Odtwórz</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwórz</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Pobierz</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Pobieranie: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Pobrano</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Pobieranie nie powiodło się: {}</translation>
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
            <translation>Odnośniki tego rodzaju nie są otwierane.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Nie udało się zmienić uruchamiania wraz z sesją: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>W tle</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Zamknięcie okna pozostawia Broadsheet w zasobniku systemowym</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Uruchamiaj ukryty w zasobniku systemowym</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>To środowisko nie ma zasobnika systemowego: zamknięcie okna kończy działanie Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Uruchamiaj wraz z sesją (tu jeszcze niedostępne)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Uruchamiaj wraz z sesją pulpitu</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Powiadamiaj o nowych artykułach</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Godziny ciszy od</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Cofnij oznaczenie wszystkich jako przeczytane</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Oznacz te artykuły ponownie jako nieprzeczytane (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Ponownie nieprzeczytane: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Nie udało się otworzyć żadnego programu dla tego pliku.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Pobieranie jest niemożliwe: nie udało się uruchomić pracy w tle.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Pobieranie %1 do %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Pobieranie %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Pobrano do %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Anulowano pobieranie.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Pobieranie nie powiodło się: %1</translation>
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
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Powiadomienia:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Jak w Ustawieniach</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Zawsze</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nigdy</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Zaznacz wszystkie</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Odznacz wszystkie</translation>
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
            <translation>Widok czytnika</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Tekst kanału</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Oryginalna strona (w przeglądarce)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Pokazuj artykuły jako:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Odświeżaj:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Określoną liczbę przeczytanych artykułów</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Przeczytane artykuły przez kilka dni</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Zachowuj:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Nieprzeczytane artykuły i oznaczone gwiazdką są zawsze zachowywane.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Co godzinę</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Co 2 godziny</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Co 4 godziny</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Co 12 godzin</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Tylko na żądanie</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Co 15 minut</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Co 30 minut</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Raz dziennie</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Jak w Ustawieniach</translation>
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
            <translation> dni</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> artykułów</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln z gwiazdką</numerusform>
                <numerusform>%Ln z gwiazdką</numerusform>
                <numerusform>%Ln z gwiazdką</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln nieprzeczytany</numerusform>
                <numerusform>%Ln nieprzeczytane</numerusform>
                <numerusform>%Ln nieprzeczytanych</numerusform>
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
            <translation>
                <numerusform>%v z %Ln kanału</numerusform>
                <numerusform>%v z %Ln kanałów</numerusform>
                <numerusform>%v z %Ln kanałów</numerusform>
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
            <translation>Podcasty</translation>
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
            <translation>
                <numerusform>Rozmiar tekstu: %Ln px</numerusform>
                <numerusform>Rozmiar tekstu: %Ln px</numerusform>
                <numerusform>Rozmiar tekstu: %Ln px</numerusform>
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
            <translation>Nie udało się pobrać tej wersji artykułu.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Widok czytnika.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Tekst kanału.</translation>
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
            <translation>Nie udało się otworzyć przeglądarki dla tego adresu.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nowy artykuł</numerusform>
                <numerusform>%Ln nowe artykuły</numerusform>
                <numerusform>%Ln nowych artykułów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln pasuje do Twoich reguł: %1</numerusform>
                <numerusform>%Ln pasują do Twoich reguł: %1</numerusform>
                <numerusform>%Ln pasuje do Twoich reguł: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 i %Ln inny</numerusform>
                <numerusform>%1 i %Ln inne</numerusform>
                <numerusform>%1 i %Ln innych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>w %Ln kanale: %1</numerusform>
                <numerusform>w %Ln kanałach: %1</numerusform>
                <numerusform>w %Ln kanałach: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwórz</translation>
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
            <translation>
                <numerusform>Odzyskano %Ln artykuł. Uszkodzony plik zachowano jako %1.</numerusform>
                <numerusform>Odzyskano %Ln artykuły. Uszkodzony plik zachowano jako %1.</numerusform>
                <numerusform>Odzyskano %Ln artykułów. Uszkodzony plik zachowano jako %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln subskrypcja</numerusform>
                <numerusform>%Ln subskrypcje</numerusform>
                <numerusform>%Ln subskrypcji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln folder</numerusform>
                <numerusform>%Ln foldery</numerusform>
                <numerusform>%Ln folderów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln artykuł</numerusform>
                <numerusform>%Ln artykuły</numerusform>
                <numerusform>%Ln artykułów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln oznaczenie przeczytania lub gwiazdki</numerusform>
                <numerusform>%Ln oznaczenia przeczytania lub gwiazdki</numerusform>
                <numerusform>%Ln oznaczeń przeczytania lub gwiazdki</numerusform>
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
            <translation>Pobieranie nowych artykułów…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artykuły %v z %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nowy artykuł</numerusform>
                <numerusform>%Ln nowe artykuły</numerusform>
                <numerusform>%Ln nowych artykułów</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Anulowano odświeżanie: zachowano %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>Zaktualizowano %Ln kanał</numerusform>
                <numerusform>Zaktualizowano %Ln kanały</numerusform>
                <numerusform>Zaktualizowano %Ln kanałów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln kanał bez zmian</numerusform>
                <numerusform>%Ln kanały bez zmian</numerusform>
                <numerusform>%Ln kanałów bez zmian</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln kanał z błędem (zobacz oznaczone kanały)</numerusform>
                <numerusform>%Ln kanały z błędem (zobacz oznaczone kanały)</numerusform>
                <numerusform>%Ln kanałów z błędem (zobacz oznaczone kanały)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Zakończono odświeżanie: %1.</translation>
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
            <translation>Ten komputer</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Konto:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever nie pozwala subskrybować: dodaj kanał na stronie internetowej serwera; pojawi się tutaj przy następnej synchronizacji.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever nie pozwala zmieniać nazwy, przenosić ani anulować subskrypcji kanału: zrób to na stronie internetowej serwera; zmiana pojawi się tutaj przy następnej synchronizacji.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever nie pozwala zmieniać nazwy ani usuwać folderów: zrób to na stronie internetowej serwera; zmiana pojawi się tutaj przy następnej synchronizacji.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Zmienianie subskrypcji na serwerze…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Serwer nie wprowadził zmiany: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Zrobione na serwerze i zsynchronizowane.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Reguły</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nowa reguła</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Treść</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Tytuł lub treść</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Odnośnik</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Nazwa kanału</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Zawiera słowa</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Pasuje do wyrażenia regularnego</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Na przykład: piłka transfer*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Szukaj w:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Jak:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Wzorzec:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Następnie:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Aktywna dla nowych artykułów</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Oznacz jako przeczytany</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Oznacz gwiazdką</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Ukryj (nigdy nie pokazuj)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etykieta:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Powiadom</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Zastosuj do istniejących artykułów</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Zapisz regułę</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (wyłączona)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Wpisz słowa lub wzorzec, aby zobaczyć, co pasuje.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Ta reguła nie może działać: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Pasujące zapisane artykuły: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Spośród %2 najnowszych artykułów pasuje: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Wzorzec działa zbyt wolno na niektórych artykułach: zostają one pominięte.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Zapisano. Reguła działa na artykuły w miarę ich napływania.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Zastosowano. Pasujące artykuły: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Stosowanie…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Zastosuj regułę</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Usuń regułę</translation>
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
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
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
            <translation>Język artykułów:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Taki sam jak interfejsu</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Oryginalny (jak opublikowano)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Artykuły są wyświetlane w tym języku, jeśli witryna go publikuje.</translation>
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
            <source>Delay before marking read</source>
            <translation>Opóźnienie przed oznaczeniem jako przeczytany</translation>
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
            <translation>Folder pobierania:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>We wtorek rada miasta zagłosowała za budową pływającej farmy fotowoltaicznej na zbiorniku.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Folder pobierania</translation>
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
            <translation>
                <numerusform>Dodano %Ln subskrypcję</numerusform>
                <numerusform>Dodano %Ln subskrypcje</numerusform>
                <numerusform>Dodano %Ln subskrypcji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln już istnieje</numerusform>
                <numerusform>%Ln już istnieją</numerusform>
                <numerusform>%Ln już istnieje</numerusform>
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
            <translation>Odświeżanie lub synchronizacja już trwa.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Brak kont synchronizacji: dodaj je w Plik &gt; Konta synchronizacji…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Nie udało się uruchomić pracy w tle.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronizowanie…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Anuluj synchronizację</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Wysyłanie zmian %v z %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artykuły %v z %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Strony %v z %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Pobieranie nowych artykułów…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Synchronizacja nie powiodła się: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nowy artykuł</numerusform>
                <numerusform>%Ln nowe artykuły</numerusform>
                <numerusform>%Ln nowych artykułów</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Anulowano synchronizację: zachowano %1.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Synchronizacja %1 nie powiodła się: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Zakończono synchronizację: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Otwórz Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Odśwież teraz</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Oznacz wszystko jako przeczytane</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Wstrzymaj powiadomienia</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Zakończ</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln nieprzeczytany</numerusform>
                <numerusform>Broadsheet: %Ln nieprzeczytane</numerusform>
                <numerusform>Broadsheet: %Ln nieprzeczytanych</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Najpierw najnowsze</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Najpierw najstarsze</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Według tytułu</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Według kanału</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Według autora</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>S&amp;ortuj artykuły</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Tylko &amp;nieprzeczytane</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Zapisz to wyszukiwanie jako &amp;widok…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Etykieta…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>&amp;Reguły…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Zapamiętaj widok</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Zapisz wyszukiwanie</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nazwa widoku:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Zapisano wyszukiwanie jako widok.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etykieta</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etykieta:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Oznaczono etykietą „%1”.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Usuń widok</translation>
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
            <translation>&amp;Widok czytnika</translation>
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
            <translation>&amp;Synchronizuj konta teraz</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>Konta s&amp;ynchronizacji…</translation>
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
            <translation>Przełącz artykuł między widokiem czytnika a tekstem kanału (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Pasek narzędzi</translation>
        </message>
    </context>
</TS>
