<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Intelligente Ansichten, Ordner und Feeds mit ihren ungelesenen Artikeln</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Titel und Text der Artikel durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Artikelliste und Suche</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Lesebereiche</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Menüleiste</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Alle Aktionen von Broadsheet: Alt drücken, dann die Pfeiltasten</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Aktualisieren, abonnieren, als gelesen markieren</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Meldungen zur Aktualisierung und zu dem, was erledigt wurde</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Fortschritt der Aktualisierung</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Bisher aktualisierte Feeds</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Aktualisierung abbrechen</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Neueste zuerst. J und K blättern, S setzt einen Stern, M markiert als gelesen, O öffnet</translation>
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
            <translation>Kein Artikel geöffnet</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Sync-Konten</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>Konto &amp;entfernen…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Konto hinzufügen</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>Google-Reader-API (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>Fever-API (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;Protokoll:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Serveradresse:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Pass&amp;wort oder API-Passwort:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Unsicheres http:// zu einem anderen Rechner erlauben (das Passwort wird unverschlüsselt übertragen)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever kann nicht abonnieren oder abbestellen: Feeds auf den Seiten des Servers hinzufügen und entfernen; sie kommen mit der nächsten Synchronisierung hierher.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>Konto &amp;hinzufügen</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Noch nie synchronisiert</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Letzte Synchronisierung: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
                <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Letzte Synchronisierung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever kann nicht abonnieren: Feeds auf dem Server hinzufügen.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Lokal: die Feeds, die Sie auf diesem Computer abonnieren</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Passwörter werden im Schlüsselbund des Desktops aufbewahrt.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Passwörter werden in %1 aufbewahrt (nur für Sie lesbar).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Konto entfernen</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Dieses Konto entfernen? Seine Feeds und Artikel verschwinden von diesem Computer; auf dem Server ändert sich nichts.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Verbindung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Das Konto wurde nicht entfernt: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Verbunden: Der Server hat Benutzername und Passwort angenommen.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Konto hinzugefügt. Mit Feeds &gt; Konten jetzt synchronisieren holen Sie seine Feeds und Artikel.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Konto entfernt.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Abonnement hinzufügen</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Geben Sie die Adresse eines Feeds oder einer Website ein: deren Feeds werden für Sie gefunden.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(kein Ordner)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Ordner:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Abonnieren</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Suche nach einem Feed…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Abonnieren nicht möglich: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln Min.</numerusform>
                <numerusform>%Ln Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln Std.</numerusform>
                <numerusform>%Ln Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln Tag</numerusform>
                <numerusform>%Ln Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>read</source>
            <translation>gelesen</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>ungelesen</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>mit Stern</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Original öffnen</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Link kopieren</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Von {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} Min. Lesezeit</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Der Text des Feeds wird angezeigt; der vollständige Artikel wird vorbereitet.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Der vollständige Artikel konnte nicht vorbereitet werden; der Text des Feeds wird angezeigt.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Dieser Artikel hat keinen Text. Öffnen Sie das Original, um ihn zu lesen.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Dieser Artikel ist zu lang, um ihn vollständig anzuzeigen. Öffnen Sie das Original, um den Rest zu lesen.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Willkommen bei Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet sammelt die Nachrichtenseiten und Blogs, denen Sie folgen, und zeigt jeden Artikel in einer ruhigen, klaren Ansicht, online wie offline. Nichts wird abgerufen, bevor Sie es wünschen.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Abonnement hinzufügen</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>über die Adresse eines Feeds oder einer Website.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Abonnements importieren</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>aus der OPML-Datei eines anderen Readers.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Vorgeschlagene Nachrichten-Feeds hinzufügen</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>eine kleine Auswahl von Nachrichtenseiten in mehreren Sprachen.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Dann: F5 aktualisiert, J und K wechseln zwischen Artikeln, die Leertaste liest weiter, Strg+Plus und Strg+Minus ändern die Textgröße.</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>Diese Art von Link wird nicht geöffnet.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Für diese Adresse konnte kein Webbrowser geöffnet werden.</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Leseansicht nicht verfügbar: Die Seite ist kein Artikel.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>In Ihrem Browser geöffnet.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
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
            <translation>Bild</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Herunterladen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Wird heruntergeladen: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Heruntergeladen</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Herunterladen fehlgeschlagen: {}</translation>
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
            <source>Also in:</source>
            <translation>Auch auf:</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Der Start mit der Sitzung ließ sich nicht ändern: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>Im Hintergrund</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Beim Schließen des Fensters bleibt Broadsheet im Infobereich</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Versteckt im Infobereich starten</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Dieser Desktop hat keinen Infobereich: Schließen des Fensters beendet Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Mit der Sitzung starten (hier noch nicht verfügbar)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Mit der Desktop-Sitzung starten</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Über neue Artikel benachrichtigen</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Ruhezeit von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Alle als gelesen markieren rückgängig machen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Diese Artikel wieder als ungelesen markieren (Strg+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Wieder ungelesen: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Für diese Datei konnte kein Programm geöffnet werden.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Herunterladen nicht möglich: die Hintergrundarbeit ist nicht gestartet.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1 wird nach %2 heruntergeladen</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 wird heruntergeladen: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Heruntergeladen nach %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Herunterladen abgebrochen.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Herunterladen fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Etwas ist schiefgegangen, aber Broadsheet läuft weiter. Die Details stehen in der Protokolldatei:</translation>
        </message>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet läuft bereits mit diesem Profil.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Die Datenbank konnte nicht geöffnet werden; nichts wurde verändert.</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Benachrichtigungen:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Wie in den Einstellungen</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Immer</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Alle auswählen</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Keine auswählen</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Feed-Eigenschaften</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Feed-Adresse:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Website:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Letzte Aktualisierung:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Letzte Prüfung:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Ungelesene Artikel:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Letzter Fehler:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>der Feed existiert nicht mehr (Server antwortete 410)</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Leseansicht</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Text des Feeds</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Originalseite (im Browser)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Artikel anzeigen als:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Aktualisieren:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Eine Anzahl gelesener Artikel</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Gelesene Artikel einige Tage lang</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Behalten:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Ungelesene und markierte Artikel werden immer behalten.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Jede Stunde</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Alle 2 Stunden</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Alle 4 Stunden</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Alle 12 Stunden</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Nur wenn ich es möchte</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Alle 15 Minuten</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Alle 30 Minuten</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Einmal am Tag</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Wie in den Einstellungen</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> Artikel</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln mit Stern</numerusform>
                <numerusform>%Ln mit Stern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln ungelesen</numerusform>
                <numerusform>%Ln ungelesen</numerusform>
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
            <translation>Link kopiert.</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v von %Ln Feed</numerusform>
                <numerusform>%v von %Ln Feeds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Textgröße: %Ln px</numerusform>
                <numerusform>Textgröße: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Titel und Text durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Alle Artikel</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Ungelesen</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Mit Stern</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Feed</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Dieser Feed konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Keine Artikel entsprechen der Suche.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Hier gibt es noch keine Artikel. Aktualisieren Sie (F5), um die neuesten abzurufen.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Die Hintergrundarbeit konnte nicht starten.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Aktualisierung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Nicht gespeichert: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Die OPML-Datei konnte nicht importiert werden.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Die Abonnements konnten nicht exportiert werden.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Über Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, ein Nachrichtenleser für den Desktop.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Daten: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Dieser Artikel hat keine Webadresse.</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Podcasts</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>In Ordner verschieben</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(kein Ordner)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Dieser Artikel ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Als gelesen markiert.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Als ungelesen markiert.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Stern gesetzt.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Stern entfernt.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Alles als gelesen markiert.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Hier gibt es keine ungelesenen Artikel mehr.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Link kopiert.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Für diese Adresse konnte kein Webbrowser geöffnet werden.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Leseansicht.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Text des Feeds.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Diese Ausgabe des Artikels konnte nicht geladen werden.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln neuer Artikel</numerusform>
                <numerusform>%Ln neue Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln passt zu Ihren Regeln: %1</numerusform>
                <numerusform>%Ln passen zu Ihren Regeln: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %Ln weiterer</numerusform>
                <numerusform>%1 und %Ln weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>in %Ln Feed: %1</numerusform>
                <numerusform>in %Ln Feeds: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
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
            <translation>Die Datenbank von Broadsheet ist beschädigt. Was soll geschehen?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>Die letzte Sicherung stammt vom %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Lesbares wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Letzte Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Die letzte Sicherung wurde wiederhergestellt.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln Artikel wiederhergestellt. Die beschädigte Datei wurde als %1 aufbewahrt.</numerusform>
                <numerusform>%Ln Artikel wiederhergestellt. Die beschädigte Datei wurde als %1 aufbewahrt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln Abonnement</numerusform>
                <numerusform>%Ln Abonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln Ordner</numerusform>
                <numerusform>%Ln Ordner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln Artikel</numerusform>
                <numerusform>%Ln Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln Gelesen- oder Stern-Markierung</numerusform>
                <numerusform>%Ln Gelesen- oder Stern-Markierungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Gerettet: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Der Datenträger ist voll: Broadsheet kann nur lesen.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Dieses Profil ist schreibgeschützt: Broadsheet kann nur lesen, nichts wird gespeichert.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Die Datenbank konnte nicht repariert werden.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Eine Aktualisierung läuft bereits.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Es gibt noch keine Abonnements zum Aktualisieren.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Die Hintergrundarbeit konnte nicht starten.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Aktualisiere…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artikel %v von %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Neue Artikel werden geladen…</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln neuer Artikel</numerusform>
                <numerusform>%Ln neue Artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Aktualisierung abgebrochen, behalten: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln Feed aktualisiert</numerusform>
                <numerusform>%Ln Feeds aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln Feed unverändert</numerusform>
                <numerusform>%Ln Feeds unverändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln Feed fehlgeschlagen (siehe die markierten Feeds)</numerusform>
                <numerusform>%Ln Feeds fehlgeschlagen (siehe die markierten Feeds)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Aktualisierung fertig: %1.</translation>
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
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Konto:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever kann keine Abonnements anlegen: Fügen Sie den Feed auf der Webseite des Servers hinzu; er kommt mit der nächsten Synchronisierung hierher.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever kann Feeds weder umbenennen noch verschieben oder abbestellen: Tun Sie das auf der Webseite des Servers; die Änderung kommt mit der nächsten Synchronisierung hierher.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever kann Ordner weder umbenennen noch entfernen: Tun Sie das auf der Webseite des Servers; die Änderung kommt mit der nächsten Synchronisierung hierher.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Das Abonnement wird auf dem Server geändert…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Der Server hat die Änderung nicht vorgenommen: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Auf dem Server erledigt und synchronisiert.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Neue Regel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Titel oder Text</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Name des Feeds</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Enthält die Wörter</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Passt zum regulären Ausdruck</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Zum Beispiel: Fußball Transfer*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Prüfen:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Wie:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Muster:</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Als gelesen markieren</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Mit Stern markieren</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Ausblenden (nie aufgelistet)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Schlagwort:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Benachrichtigen</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Dann:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Für neue Artikel aktiv</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Auf vorhandene Artikel anwenden</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Regel speichern</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (aus)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Geben Sie Wörter oder ein Muster ein, um die Treffer zu sehen.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Diese Regel kann nicht funktionieren: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Passende gespeicherte Artikel: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Von den %2 neuesten Artikeln passend: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Das Muster ist bei einigen Artikeln zu langsam: Sie werden übersprungen.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Gespeichert. Sie wirkt auf Artikel, sobald sie eintreffen.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Angewendet. Passende Artikel: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Wird angewendet…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Regel anwenden</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Regel löschen</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Lesemodus:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Schriftgröße:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Schrift:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Serifenschrift</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Serifenlos</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Andere Schrift</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Zeilenbreite:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Schmal</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Breit</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Alle Feeds beim Start aktualisieren</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Aktualisieren alle:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 Minuten</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 Minuten</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 Stunden</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Beim Öffnen als gelesen markieren:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Sofort</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Nach einer Verzögerung</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Maximale Cache-Größe:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Der Rat hat am Dienstag beschlossen, auf dem Stausee einen schwimmenden Solarpark zu bauen.</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln px</numerusform>
                <numerusform>%Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>Download-Ordner:</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Download-Ordner</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Sprache der Artikel:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Wie die Oberfläche</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Original (wie veröffentlicht)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Artikel werden in dieser Sprache gezeigt, wenn ihre Website sie darin veröffentlicht.</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Verzögerung bis „gelesen“</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Suche nach einem Feed unter %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1 abonniert.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Abonnement hinzufügen</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Abonnieren nicht möglich.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Neuer Ordner</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Ordnername:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Wählen Sie einen Feed aus, um ihn zu verschieben.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Dieses Feed-Abonnement beenden? Seine Artikel werden gelöscht.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Abonnement entfernen</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Diesen Ordner entfernen? Seine Feeds rücken eine Ebene nach oben.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Ordner entfernen</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln Abonnement hinzugefügt</numerusform>
                <numerusform>%Ln Abonnements hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln bereits vorhanden</numerusform>
                <numerusform>%Ln bereits vorhanden</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Das hat nicht funktioniert.</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML importieren</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>die Datei ist zu groß</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importiere…</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Drücken Sie F5 (Aktualisieren), um ihre Artikel abzurufen.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Einige Einträge wurden übersprungen:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML exportieren</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML-Dateien (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Abonnements nach %1 exportiert.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Eine Aktualisierung oder Synchronisierung läuft bereits.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Noch keine Sync-Konten: Fügen Sie eines mit Datei &gt; Sync-Konten… hinzu</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Die Hintergrundarbeit konnte nicht starten.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisiere…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Synchronisierung abbrechen</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Änderungen senden %v von %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artikel %v von %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Seiten %v von %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Neue Artikel werden geladen…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Synchronisierung fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln neuer Artikel</numerusform>
                <numerusform>%Ln neue Artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Synchronisierung abgebrochen, behalten: %1.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Synchronisierung fertig: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln ungelesen</numerusform>
                <numerusform>Broadsheet: %Ln ungelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet öffnen</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Jetzt aktualisieren</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Alle als gelesen markieren</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Benachrichtigungen pausieren</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Neueste zuerst</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Älteste zuerst</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Nach Titel</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Nach Feed</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Nach Autor</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>Artikel s&amp;ortieren</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Nur &amp;ungelesene</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Diese Suche als &amp;Ansicht speichern…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Verschlagworten…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>Re&amp;geln…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Ansicht merken</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Suche speichern</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Name der Ansicht:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Suche als Ansicht gespeichert.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Schlagwort:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Verschlagwortet mit „%1“.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Ansicht entfernen</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>Alle &amp;aktualisieren</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Diesen &amp;Feed aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>Aktualisierung a&amp;bbrechen</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>Abonnement &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Neuer &amp;Ordner…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML &amp;exportieren…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>&amp;Vorgeschlagene Nachrichten-Feeds hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Nächster Artikel</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Vorheriger Artikel</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Nächster &amp;ungelesener Artikel</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Vorheriger u&amp;ngelesener Artikel</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Blättern, dann nächster ungelesener</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;Stern setzen / entfernen</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Als &amp;gelesen / ungelesen markieren</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>&amp;Alle als gelesen markieren</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>Im Browser ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>Link &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>&amp;Größerer Text</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>&amp;Kleinerer Text</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Standard-Textgröße</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>&amp;Abonnements anzeigen</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>Auf den Artikel &amp;konzentrieren</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Ü&amp;ber Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>In Ordner &amp;verschieben…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>Eigen&amp;schaften</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>F&amp;eeds</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rtikel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Alle Feeds aktualisieren (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Einen Feed oder eine Website abonnieren (Strg+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Alles Aufgelistete als gelesen markieren (Umschalt+A)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>Lese&amp;ansicht</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Den Artikel zwischen Leseansicht und Text des Feeds umschalten (V)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>Konten jetzt s&amp;ynchronisieren</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>Sync-&amp;Konten…</translation>
        </message>
    </context>
</TS>
