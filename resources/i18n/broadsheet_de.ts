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
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
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
        <source>No web browser could be opened for this address.</source>
        <translation>Für diese Adresse konnte kein Webbrowser geöffnet werden.</translation>
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
        <source>Showing the feed&apos;s text; the full article is being prepared.</source>
        <translation>Der Text des Feeds wird angezeigt; der vollständige Artikel wird vorbereitet.</translation>
    </message>
    <message>
        <source>The full article could not be prepared; showing the feed&apos;s text.</source>
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
</context>
<context>
    <name>ChooseFeedDialog</name>
    <message>
        <source>Choose a feed</source>
        <translation>Feed auswählen</translation>
    </message>
    <message>
        <source>This site offers several feeds:</source>
        <translation>Diese Website bietet mehrere Feeds an:</translation>
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
</context>
<context>
    <name>FeedTreeModel</name>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n mit Stern</numerusform>
            <numerusform>%n mit Stern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
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
    <message>
        <source>Broadsheet</source>
        <translation>Broadsheet</translation>
    </message>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Titel und Text durchsuchen (Strg+F)</translation>
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
        <source>Text size: %1 px</source>
        <translation>Textgröße: %1 px</translation>
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
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Broadsheet&apos;s database is damaged. What should be done?</source>
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
    <message>
        <source>Recovered %1 articles. The damaged file was kept as %2.</source>
        <translation>%1 Artikel wiederhergestellt. Die beschädigte Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The database could not be repaired.</source>
        <translation>Die Datenbank konnte nicht repariert werden.</translation>
    </message>
    <message>
        <source>Saved: %1 subscriptions, %2 folders, %3 articles, %4 read or starred marks.</source>
        <translation>Gerettet: %1 Abonnements, %2 Ordner, %3 Artikel, %4 Gelesen- oder Stern-Markierungen.</translation>
    </message>
    <message>
        <source>The disk is full: Broadsheet can only read.</source>
        <translation>Der Datenträger ist voll: Broadsheet kann nur lesen.</translation>
    </message>
    <message>
        <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
        <translation>Dieses Profil ist schreibgeschützt: Broadsheet kann nur lesen, nichts wird gespeichert.</translation>
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
        <source>Refreshing…</source>
        <translation>Aktualisiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Articles %v of %m</source>
        <translation>Artikel %v von %m</translation>
    </message>
    <message>
        <source>%v of %m feeds</source>
        <translation>%v von %m Feeds</translation>
    </message>
    <message>
        <source>Fetching the new articles…</source>
        <translation>Neue Artikel werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled: %1 kept.</source>
        <translation>Aktualisierung abgebrochen, behalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) updated</source>
        <translation>
            <numerusform>%n Feed aktualisiert</numerusform>
            <numerusform>%n Feeds aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) unchanged</source>
        <translation>
            <numerusform>%n Feed unverändert</numerusform>
            <numerusform>%n Feeds unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed (see the marked feeds)</source>
        <translation>
            <numerusform>%n Feed fehlgeschlagen (siehe die markierten Feeds)</numerusform>
            <numerusform>%n Feeds fehlgeschlagen (siehe die markierten Feeds)</numerusform>
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
    <message>
        <source>Background work could not start.</source>
        <translation>Die Hintergrundarbeit konnte nicht starten.</translation>
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
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
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
        <source>Delay before marking read</source>
        <translation>Verzögerung bis „gelesen“</translation>
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
            <numerusform>%n px</numerusform>
            <numerusform>%n px</numerusform>
        </translation>
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
        <source>%1 subscriptions added, %2 already there.</source>
        <translation>%1 Abonnements hinzugefügt, %2 bereits vorhanden.</translation>
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
</context>
</TS>
