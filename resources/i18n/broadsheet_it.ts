<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Iscrizioni</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Viste intelligenti, cartelle e feed con i loro articoli non letti</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Ricerca</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Cerca nei titoli e nel testo degli articoli (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Elenco degli articoli e ricerca</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Riquadri di lettura</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra dei menu</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Tutte le azioni di Broadsheet: premi Alt, poi i tasti freccia</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Aggiorna, iscriviti, segna come letto</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra degli strumenti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Messaggi sull'aggiornamento e sulle operazioni eseguite</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Avanzamento dell'aggiornamento</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Feed aggiornati finora</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Interrompi l'aggiornamento</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Prima i più recenti. J e K per spostarsi, S aggiunge agli speciali, M segna come letto, O apre</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Nessun articolo aperto</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Account di sincronizzazione</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Rimuovi account…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Aggiungi un account</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>API di Google Reader (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>API di Fever (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;Protocollo:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Indirizzo del &amp;server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nome &amp;utente:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Pass&amp;word o password API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Consenti http:// non sicuro verso un altro computer (la password viaggia in chiaro)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever non consente di iscriversi o annullare l'iscrizione: aggiungi e rimuovi i feed dalle pagine del server stesso; arriveranno qui con la sincronizzazione successiva.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Verifica connessione</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Aggiungi account</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 su %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Mai sincronizzato</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Ultima sincronizzazione: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln modifica in attesa di invio</numerusform>
                <numerusform>%Ln modifiche in attesa di invio</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Ultima sincronizzazione non riuscita: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever non consente di iscriversi: aggiungi i feed sul server.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Locale: i feed a cui ti iscrivi su questo computer</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Le password sono conservate nel portachiavi del desktop.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Le password sono conservate in %1 (leggibile solo da te).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connessione…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Rimozione…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Rimuovi account</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Rimuovere questo account? I suoi feed e articoli verranno rimossi da questo computer; sul server non cambia nulla.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Connessione non riuscita: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>L'account non è stato aggiunto: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>L'account non è stato rimosso: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Connesso: il server ha accettato nome utente e password.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Account aggiunto. Usa Feed &gt; Sincronizza account ora per scaricarne feed e articoli.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Account rimosso.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Aggiungi iscrizione</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Digita l'indirizzo di un feed o di un sito web: i suoi feed verranno trovati per te.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Indirizzo:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(nessuna cartella)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Cartella:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Iscriviti</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Ricerca di un feed…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Impossibile iscriversi: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>ora</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln h</numerusform>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln g</numerusform>
                <numerusform>%Ln g</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>letto</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>non letto</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>speciale</translation>
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
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Anche in:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Vista lettura non disponibile: la pagina non è un articolo.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Aperto nel browser.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Impossibile aprire un browser web per questo indirizzo.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Apri l'originale</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(senza titolo)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copia collegamento</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Di {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} min di lettura</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Viene mostrato il testo del feed; l'articolo completo è in preparazione.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Non è stato possibile preparare l'articolo completo; viene mostrato il testo del feed.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Questo articolo non ha testo. Apri l'originale per leggerlo.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Questo articolo è troppo lungo per essere mostrato per intero. Apri l'originale per leggere il resto.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Benvenuto in Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet raccoglie i siti di notizie e i blog che segui e mostra ogni articolo in una vista calma e pulita, online o offline. Non viene scaricato nulla finché non lo chiedi.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Aggiungi un'iscrizione</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>tramite l'indirizzo di un feed o di un sito.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Importa iscrizioni</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>da un file OPML di un altro lettore.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Aggiungi i feed di notizie suggeriti</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>una piccola selezione di siti di notizie in varie lingue.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Poi: F5 aggiorna, J e K passano da un articolo all'altro, Spazio prosegue la lettura, Ctrl+Più e Ctrl+Meno cambiano la dimensione del testo.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Allegati</translation>
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
            <translation>Immagine</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Riproduci</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Scarica</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Download in corso: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Scaricato</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Download non riuscito: {}</translation>
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
            <translation>Questo tipo di collegamento non viene aperto.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Impossibile modificare l'avvio con la sessione: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>In secondo piano</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Chiudendo la finestra, Broadsheet resta nell'area di notifica</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Avvia nascosto nell'area di notifica</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Questo desktop non ha un'area di notifica: chiudendo la finestra si esce da Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Avvia con la sessione (non ancora disponibile qui)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Avvia con la sessione del desktop</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Avvisa dei nuovi articoli</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Ore di silenzio dalle</translation>
        </message>
        <message>
            <source>to</source>
            <translation>alle</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Annulla segna tutto come letto</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Segna di nuovo quegli articoli come non letti (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Di nuovo non letti: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Impossibile aprire un programma per questo file.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Impossibile scaricare: le attività in background non sono state avviate.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Download di %1 in %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Download di %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Scaricato in %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Download annullato.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Download non riuscito: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet è già in esecuzione con questo profilo.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Impossibile aprire il database; non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: errore imprevisto</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Qualcosa è andato storto, ma Broadsheet continua a funzionare. I dettagli sono nel file di log:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Notifiche:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Come nelle Impostazioni</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Sempre</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Mai</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Seleziona tutto</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Deseleziona tutto</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Proprietà del feed</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Vista lettura</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Testo del feed</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Pagina originale (nel browser)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Mostra gli articoli come:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Aggiorna:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Un certo numero di articoli letti</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Gli articoli letti per alcuni giorni</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Conserva:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Gli articoli non letti e speciali vengono sempre conservati.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Ogni ora</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Ogni 2 ore</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Ogni 4 ore</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Ogni 12 ore</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Solo quando lo chiedo</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Ogni 15 minuti</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Ogni 30 minuti</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Una volta al giorno</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Come nelle Impostazioni</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Indirizzo del feed:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Sito web:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Ultimo aggiornamento:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Ultimo controllo:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Articoli non letti:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Ultimo errore:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stato:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>il feed non esiste più (il server ha risposto 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> articoli</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln speciale</numerusform>
                <numerusform>%Ln speciali</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln non letto</numerusform>
                <numerusform>%Ln non letti</numerusform>
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
            <translation>Collegamento copiato.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Cerca nei titoli e nel testo (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v di %Ln feed</numerusform>
                <numerusform>%v di %Ln feed</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Tutti gli articoli</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Non letti</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Speciali</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Podcast</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Feed</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Dimensione del testo: %Ln px</numerusform>
                <numerusform>Dimensione del testo: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Impossibile salvare le impostazioni: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Impossibile avviare le attività in background.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Aggiornamento non riuscito: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Non salvato: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Impossibile importare il file OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Impossibile esportare le iscrizioni.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Informazioni su Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, un lettore di notizie per il desktop.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Dati: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Questo articolo non ha un indirizzo web.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Impossibile leggere questo feed: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Nessun articolo corrisponde alla ricerca.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Ancora nessun articolo qui. Aggiorna (F5) per scaricare i più recenti.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Sposta nella cartella</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(nessuna cartella)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Questo articolo non è più disponibile.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Impossibile recuperare quella versione dell'articolo.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Vista lettura.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Testo del feed.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Segnato come letto.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Segnato come non letto.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Aggiunto agli speciali.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Rimosso dagli speciali.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Tutto segnato come letto.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Non ci sono altri articoli non letti qui.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Collegamento copiato.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Impossibile aprire un browser web per questo indirizzo.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nuovo articolo</numerusform>
                <numerusform>%Ln nuovi articoli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln corrisponde alle tue regole: %1</numerusform>
                <numerusform>%Ln corrispondono alle tue regole: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 e %Ln altro</numerusform>
                <numerusform>%1 e altri %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>in %Ln feed: %1</numerusform>
                <numerusform>in %Ln feed: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
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
            <translation>Il database di Broadsheet è danneggiato. Cosa vuoi fare?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>L'ultimo backup risale al %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Recupera ciò che è leggibile</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Ripristina l'ultimo backup</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>L'ultimo backup è stato ripristinato.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>Recuperato %Ln articolo. Il file danneggiato è stato conservato come %1.</numerusform>
                <numerusform>Recuperati %Ln articoli. Il file danneggiato è stato conservato come %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln iscrizione</numerusform>
                <numerusform>%Ln iscrizioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln cartella</numerusform>
                <numerusform>%Ln cartelle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln articolo</numerusform>
                <numerusform>%Ln articoli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln segno di letto o speciale</numerusform>
                <numerusform>%Ln segni di letto o speciale</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Salvati: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Il disco è pieno: Broadsheet può solo leggere.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Questo profilo è di sola lettura: Broadsheet può solo leggere, non viene salvato nulla.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Impossibile riparare il database.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>È già in corso un aggiornamento.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Non ci sono ancora iscrizioni da aggiornare.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Impossibile avviare le attività in background.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Aggiornamento…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Recupero dei nuovi articoli…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Articoli %v di %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nuovo articolo</numerusform>
                <numerusform>%Ln nuovi articoli</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Aggiornamento annullato: %1 conservati.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln feed aggiornato</numerusform>
                <numerusform>%Ln feed aggiornati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln feed invariato</numerusform>
                <numerusform>%Ln feed invariati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln feed non riuscito (vedi i feed segnalati)</numerusform>
                <numerusform>%Ln feed non riusciti (vedi i feed segnalati)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Aggiornamento completato: %1.</translation>
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
            <translation>Questo computer</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Iscrivi nell'account:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever non permette di iscriversi: aggiungi il feed dalla pagina web del server; arriverà qui con la prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever non permette di rinominare, spostare o annullare l'iscrizione a un feed: fallo dalla pagina web del server; la modifica arriverà qui con la prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever non permette di rinominare o rimuovere una cartella: fallo dalla pagina web del server; la modifica arriverà qui con la prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Modifica dell'iscrizione sul server…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Il server non ha apportato la modifica: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Fatto sul server e sincronizzato.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Regole</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nuova regola</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Titolo o testo</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autore</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Nome del feed</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Contiene le parole</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Corrisponde all'espressione regolare</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Per esempio: calcio mercato*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Cerca in:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Come:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Schema:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Quindi:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Attiva per i nuovi articoli</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Segna come letto</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Aggiungi agli speciali</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Nascondi (mai in elenco)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etichetta:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Avvisa</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Applica agli articoli esistenti</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Salva regola</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (disattivata)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Digita parole o uno schema per vedere a cosa corrisponde.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Questa regola non può funzionare: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Articoli salvati corrispondenti: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Tra i %2 articoli più recenti, corrispondenti: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Lo schema è troppo lento su alcuni articoli: vengono saltati.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Salvata. Agisce sugli articoli man mano che arrivano.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Applicata. Articoli corrispondenti: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Applicazione…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Applica regola</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Elimina regola</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lettura</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Modalità di lettura:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Chiara</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Seppia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Scura</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contrasto elevato</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Dimensione del carattere:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Carattere:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Con grazie</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Senza grazie</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Altro carattere</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Larghezza della riga:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Stretta</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Larga</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generale</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Lingua:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Lingua degli articoli:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Uguale all'interfaccia</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Originale (come pubblicato)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Gli articoli vengono mostrati in questa lingua quando il sito li pubblica in essa.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Aggiorna tutti i feed all'avvio</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Aggiorna ogni:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minuti</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minuti</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 ora</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 ore</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Segna come letto all'apertura:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Subito</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Dopo un'attesa</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Attesa prima di segnare come letto</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Limite della cache:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>Cartella dei download:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Martedì il consiglio comunale ha votato per costruire un impianto solare galleggiante sul bacino.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Cartella dei download</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln px</numerusform>
                <numerusform>%Ln px</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tasto</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Ricerca di un feed su %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Iscritto a %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Aggiungi iscrizione</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Impossibile iscriversi.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Nuova cartella</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nome della cartella:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rinomina</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nuovo nome:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Seleziona un feed per spostarlo.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Annullare l'iscrizione a questo feed? I suoi articoli verranno eliminati.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Rimuovi iscrizione</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Rimuovere questa cartella? I suoi feed salgono di un livello.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Rimuovi cartella</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importa OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>File OPML (*.opml *.xml);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>il file è troppo grande</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Impossibile leggere il file.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importazione…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln iscrizione aggiunta</numerusform>
                <numerusform>%Ln iscrizioni aggiunte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln già presente</numerusform>
                <numerusform>%Ln già presenti</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Premi F5 (Aggiorna) per scaricare i loro articoli.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Alcune voci sono state saltate:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Esporta OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>File OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Iscrizioni esportate in %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Non ha funzionato.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>È già in corso un aggiornamento o una sincronizzazione.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Nessun account di sincronizzazione: aggiungine uno con File &gt; Account di sincronizzazione…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Impossibile avviare le attività in background.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizzazione…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Annulla sincronizzazione</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Invio modifiche %v di %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Articoli %v di %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Pagine %v di %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Recupero dei nuovi articoli…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Sincronizzazione non riuscita: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nuovo articolo</numerusform>
                <numerusform>%Ln nuovi articoli</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Sincronizzazione annullata: %1 conservati.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Sincronizzazione di %1 non riuscita: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Sincronizzazione completata: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Apri Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Aggiorna ora</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Segna tutto come letto</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Sospendi le notifiche</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln non letto</numerusform>
                <numerusform>Broadsheet: %Ln non letti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Prima i più recenti</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Prima i meno recenti</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Per titolo</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Per feed</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Per autore</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Ordina articoli</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Solo &amp;non letti</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Salva questa ricerca come &amp;vista…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Etichetta…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>Re&amp;gole…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Ricorda la vista</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Salva ricerca</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nome della vista:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Ricerca salvata come vista.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etichetta</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etichetta:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Etichettato “%1”.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Rimuovi vista</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Aggiorna tutto</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Aggiorna questo &amp;feed</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>A&amp;nnulla aggiornamento</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>Aggiungi &amp;iscrizione…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Nuova &amp;cartella…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Importa OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Esporta OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Aggiungi feed &amp;suggeriti</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Articolo &amp;successivo</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Articolo &amp;precedente</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Successivo &amp;non letto</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Precedente n&amp;on letto</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Scorri, poi successivo non letto</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>Aggiungi/rimuovi &amp;speciale</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Segna come &amp;letto / non letto</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Segna &amp;tutto come letto</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>Apri nel &amp;browser</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copia collegamento</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>&amp;Vista lettura</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Cerca…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Testo più &amp;grande</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Testo più &amp;piccolo</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Dimensione del testo pre&amp;definita</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Mostra le &amp;iscrizioni</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Concentrati sull'articolo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>I&amp;mpostazioni…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Scorciatoie da &amp;tastiera</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>I&amp;nformazioni su Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Ri&amp;nomina…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Sposta nella cartella…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Ri&amp;muovi…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;roprietà</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>S&amp;incronizza account ora</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>A&amp;ccount di sincronizzazione…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>F&amp;eed</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Articolo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Aggiorna tutti i feed (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Iscriviti a un feed o a un sito (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Segna come letto tutto l'elenco (Maiusc+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Alterna l'articolo tra la vista lettura e il testo del feed (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra degli strumenti</translation>
        </message>
    </context>
</TS>
