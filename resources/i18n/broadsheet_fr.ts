<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Vues intelligentes, dossiers et flux, avec leurs articles non lus</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Rechercher dans les titres et le texte des articles (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Liste des articles et recherche</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Volets de lecture</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barre de menus</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Toutes les actions de Broadsheet : appuyez sur Alt, puis sur les touches fléchées</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Actualiser, s'abonner, marquer comme lu</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d'outils</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Messages sur l'actualisation et sur ce qui vient d'être fait</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Progression de l'actualisation</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Flux actualisés jusqu'ici</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Arrêter l'actualisation</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Les plus récents d'abord. J et K pour se déplacer, S pour les favoris, M pour marquer comme lu, O pour ouvrir</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Liste des articles</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Aucun article ouvert</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Comptes de synchronisation</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Supprimer le compte…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Ajouter un compte</translation>
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
            <translation>&amp;Protocole :</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Adresse du &amp;serveur :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>&amp;Mot de passe ou mot de passe d'API :</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Autoriser http:// non sécurisé vers une autre machine (le mot de passe circule en clair)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever ne peut ni abonner ni désabonner : ajoutez et retirez les flux sur les pages du serveur ; ils arrivent ici à la synchronisation suivante.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Ajouter le compte</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Dernière synchronisation : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln modification en attente d'envoi</numerusform>
                <numerusform>%Ln modifications en attente d'envoi</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>La dernière synchronisation a échoué : %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever ne peut pas abonner : ajoutez les flux sur le serveur.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Local : les flux auxquels vous vous abonnez sur cet ordinateur</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Les mots de passe sont gardés dans le trousseau du bureau.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Les mots de passe sont gardés dans %1 (lisible par vous seul).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Suppression…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Supprimer le compte</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Supprimer ce compte ? Ses flux et ses articles quittent cet ordinateur ; rien ne change sur le serveur.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>La connexion a échoué : %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Le compte n'a pas été ajouté : %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Le compte n'a pas été supprimé : %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Connecté : le serveur a accepté le nom d'utilisateur et le mot de passe.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Compte ajouté. Utilisez Flux &gt; Synchroniser les comptes pour récupérer ses flux et ses articles.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Compte supprimé.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Ajouter un abonnement</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Saisissez l'adresse d'un flux ou d'un site web : ses flux seront trouvés pour vous.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(aucun dossier)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>S'abonner</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Recherche d'un flux…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Abonnement impossible : %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
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
                <numerusform>%Ln j</numerusform>
                <numerusform>%Ln j</numerusform>
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
        <message>
            <source>read</source>
            <translation>lu</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>non lu</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>dans les favoris</translation>
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
            <translation>Article</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Ouvrir l'original</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copier le lien</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Par {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} min de lecture</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Texte du flux affiché ; l'article complet est en préparation.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>L'article complet n'a pas pu être préparé ; texte du flux affiché.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Cet article n'a pas de texte. Ouvrez l'original pour le lire.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Cet article est trop long pour être affiché en entier. Ouvrez l'original pour lire la suite.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Bienvenue dans Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet rassemble les sites d'actualités et les blogs que vous suivez et affiche chaque article dans une vue calme et épurée, en ligne ou hors ligne. Rien n'est téléchargé avant que vous ne le demandiez.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Ajouter un abonnement</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>par l'adresse d'un flux ou d'un site.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Importer des abonnements</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>depuis le fichier OPML d'un autre lecteur.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Ajouter des flux d'actualités suggérés</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>une petite sélection de sites d'actualités en plusieurs langues.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Ensuite : F5 actualise, J et K passent d'un article à l'autre, Espace poursuit la lecture, Ctrl+Plus et Ctrl+Moins changent la taille du texte.</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>Ce type de lien n'est pas ouvert.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Aucun navigateur web n'a pu être ouvert pour cette adresse.</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Vue lecture indisponible : la page n'est pas un article.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Ouvert dans votre navigateur.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lire</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Téléchargement : {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Téléchargé</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Échec du téléchargement : {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>{} Ko</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>{} Mo</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Aussi en :</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Impossible de modifier le démarrage avec la session : %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>En arrière-plan</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Fermer la fenêtre garde Broadsheet dans la zone de notification</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Démarrer masqué dans la zone de notification</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Ce bureau n’a pas de zone de notification : fermer la fenêtre quitte Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Démarrer avec la session (pas encore disponible ici)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Démarrer avec la session de bureau</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Notifier les nouveaux articles</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Heures calmes de</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Annuler « Tout marquer comme lu »</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Marquer de nouveau ces articles comme non lus (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>De nouveau non lus : %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Aucun programme n'a pu ouvrir ce fichier.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Téléchargements impossibles : le travail en arrière-plan n'a pas démarré.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Téléchargement de %1 dans %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Téléchargement de %1 : %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Téléchargé dans %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Téléchargement annulé.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Échec du téléchargement : %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet : erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Un problème est survenu, mais Broadsheet continue de fonctionner. Les détails se trouvent dans le journal :</translation>
        </message>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet est déjà ouvert avec ce profil.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>La base de données n'a pas pu être ouverte ; rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Notifications :</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Comme dans les réglages</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Toujours</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Tout cocher</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Tout décocher</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Propriétés du flux</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Adresse du flux :</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Site web :</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Dernière mise à jour :</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Dernière vérification :</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Articles non lus :</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Dernière erreur :</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>État :</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>le flux n'existe plus (le serveur a répondu 410)</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Vue lecture</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Texte du flux</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Page d'origine (dans le navigateur)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Afficher les articles en :</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Actualisation :</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Un nombre d'articles lus</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Les articles lus pendant quelques jours</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Conserver :</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Les articles non lus et favoris sont toujours conservés.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Toutes les heures</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Toutes les 2 heures</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Toutes les 4 heures</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Toutes les 12 heures</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Seulement quand je le demande</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Toutes les 15 minutes</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Toutes les 30 minutes</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Une fois par jour</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Comme dans les réglages</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> articles</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln dans les favoris</numerusform>
                <numerusform>%Ln dans les favoris</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln non lu</numerusform>
                <numerusform>%Ln non lus</numerusform>
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
            <translation>Lien copié.</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v flux sur %Ln</numerusform>
                <numerusform>%v flux sur %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Taille du texte : %Ln px</numerusform>
                <numerusform>Taille du texte : %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Rechercher dans les titres et le texte (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Tous les articles</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Non lus</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Favoris</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Impossible d'enregistrer les réglages : %1</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Ce flux n'a pas pu être lu : %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Aucun article ne correspond à la recherche.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Aucun article pour l'instant. Actualisez (F5) pour récupérer les derniers.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Le travail en arrière-plan n'a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Échec de l'actualisation : %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Non enregistré : %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Le fichier OPML n'a pas pu être importé.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Les abonnements n'ont pas pu être exportés.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>À propos de Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, un lecteur d'actualités pour le bureau.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Données : %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Cet article n'a pas d'adresse web.</translation>
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
            <translation>Déplacer vers un dossier</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(aucun dossier)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Cet article n'existe plus.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Marqué comme lu.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Marqué comme non lu.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Ajouté aux favoris.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Retiré des favoris.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Tout est marqué comme lu.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Plus d'articles non lus ici.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Lien copié.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Aucun navigateur web n'a pu être ouvert pour cette adresse.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Vue lecture.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Texte du flux.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Cette édition de l’article n’a pas pu être récupérée.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nouvel article</numerusform>
                <numerusform>%Ln nouveaux articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln correspond à vos règles : %1</numerusform>
                <numerusform>%Ln correspondent à vos règles : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 et %Ln autre</numerusform>
                <numerusform>%1 et %Ln autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>dans %Ln flux : %1</numerusform>
                <numerusform>dans %Ln flux : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
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
            <translation>La base de données de Broadsheet est endommagée. Que faire ?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>La dernière sauvegarde date du %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Récupérer ce qui est lisible</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Restaurer la dernière sauvegarde</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>La dernière sauvegarde a été restaurée.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln article récupéré. Le fichier endommagé a été conservé sous %1.</numerusform>
                <numerusform>%Ln articles récupérés. Le fichier endommagé a été conservé sous %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln abonnement</numerusform>
                <numerusform>%Ln abonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln dossier</numerusform>
                <numerusform>%Ln dossiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln marque de lecture ou d'étoile</numerusform>
                <numerusform>%Ln marques de lecture ou d'étoile</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Sauvé : %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Le disque est plein : Broadsheet peut seulement lire.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Ce profil est en lecture seule : Broadsheet peut seulement lire, rien n'est enregistré.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>La base de données n'a pas pu être réparée.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Une actualisation est déjà en cours.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Il n'y a pas encore d'abonnements à actualiser.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Le travail en arrière-plan n'a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Actualisation…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Articles %v sur %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Récupération des nouveaux articles…</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nouvel article</numerusform>
                <numerusform>%Ln nouveaux articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Actualisation annulée ; conservé : %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln flux mis à jour</numerusform>
                <numerusform>%Ln flux mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln flux inchangé</numerusform>
                <numerusform>%Ln flux inchangés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln flux en échec (voir les flux marqués)</numerusform>
                <numerusform>%Ln flux en échec (voir les flux marqués)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Actualisation terminée : %1.</translation>
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
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Compte :</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever ne permet pas de s'abonner : ajoutez le flux sur la page web du serveur ; il arrivera ici à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever ne permet pas de renommer, déplacer ni désabonner un flux : faites-le sur la page web du serveur ; le changement arrivera ici à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever ne permet pas de renommer ni de supprimer un dossier : faites-le sur la page web du serveur ; le changement arrivera ici à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Modification de l'abonnement sur le serveur…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Le serveur n'a pas fait la modification : %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Fait sur le serveur, et synchronisé.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nouvelle règle</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Titre ou texte</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Nom du flux</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Contient les mots</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Correspond à l'expression régulière</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Par exemple : football transfert*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Regarder :</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Comment :</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Marquer comme lu</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Ajouter une étoile</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Masquer (jamais listé)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Étiquette :</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Notifier</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Alors :</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Active pour les nouveaux articles</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Appliquer aux articles existants</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Enregistrer la règle</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (désactivée)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Saisissez des mots ou un motif pour voir ce qui correspond.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Cette règle ne peut pas fonctionner : %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Articles enregistrés correspondants : %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Parmi les %2 articles les plus récents, correspondants : %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Le motif est trop lent sur certains articles : ils sont ignorés.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Enregistrée. Elle s'applique aux articles dès leur arrivée.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Appliquée. Articles correspondants : %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Application…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Appliquer la règle</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Supprimer la règle</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Mode de lecture :</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sépia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Taille de police :</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Police :</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Avec empattements</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Sans empattements</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Autre police</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Largeur de ligne :</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Étroite</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Large</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Actualiser tous les flux au démarrage</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Actualiser toutes les :</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutes</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutes</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 heure</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 heures</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Marquer comme lu à l'ouverture :</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Immédiatement</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Après un délai</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Taille maximale du cache :</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> Mo</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Le conseil a voté mardi la construction d'une ferme solaire flottante sur le réservoir.</translation>
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
            <translation>Dossier des téléchargements :</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Dossier des téléchargements</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Langue des articles :</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Comme l’interface</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Originale (telle que publiée)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Les articles sont affichés dans cette langue quand leur site les y publie.</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Délai avant de marquer comme lu</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Recherche d'un flux à %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Abonné à %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Ajouter un abonnement</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Impossible de s'abonner.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nom du dossier :</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Sélectionnez un flux pour le déplacer.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Se désabonner de ce flux ? Ses articles seront supprimés.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Supprimer l'abonnement</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Supprimer ce dossier ? Ses flux remontent d'un niveau.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Supprimer le dossier</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln abonnement ajouté</numerusform>
                <numerusform>%Ln abonnements ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln déjà présent</numerusform>
                <numerusform>%Ln déjà présents</numerusform>
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
            <translation>Cela n'a pas fonctionné.</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importer un OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>le fichier est trop volumineux</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Le fichier n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Appuyez sur F5 (Actualiser) pour récupérer leurs articles.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Certaines entrées ont été ignorées :</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Exporter en OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Fichiers OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Abonnements exportés vers %1.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Une actualisation ou une synchronisation est déjà en cours.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Aucun compte de synchronisation : ajoutez-en un avec Fichier &gt; Comptes de synchronisation…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Le travail en arrière-plan n'a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Annuler la synchronisation</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Envoi des modifications %v sur %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Articles %v sur %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Pages %v sur %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Récupération des nouveaux articles…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>La synchronisation a échoué : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln nouvel article</numerusform>
                <numerusform>%Ln nouveaux articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Synchronisation annulée ; conservé : %1.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>La synchronisation de %1 a échoué : %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Synchronisation terminée : %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet : %Ln non lu</numerusform>
                <numerusform>Broadsheet : %Ln non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Broadsheet</source>
            <translation>Ouvrir Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Actualiser maintenant</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Tout marquer comme lu</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Suspendre les notifications</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Les plus récents d'abord</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Les plus anciens d'abord</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Par titre</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Par flux</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Par auteur</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Trier les articles</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>&amp;Non lus seulement</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Enregistrer cette recherche comme &amp;vue…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>É&amp;tiqueter…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>&amp;Règles…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Mémoriser l'affichage</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Enregistrer la recherche</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nom de la vue :</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Recherche enregistrée comme vue.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Étiquette :</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Étiqueté « %1 ».</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Supprimer la vue</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Tout actualiser</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Actualiser ce &amp;flux</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;Annuler l'actualisation</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Ajouter un abonnement…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Nouveau &amp;dossier…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Importer un OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Exporter en OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Ajouter des flux d'actualités &amp;suggérés</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Article &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Article &amp;précédent</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Article non lu s&amp;uivant</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Article &amp;non lu précédent</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Défiler, puis non lu suivant</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>Ajouter aux / retirer des &amp;favoris</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Marquer comme &amp;lu / non lu</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>&amp;Tout marquer comme lu</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copier le lien</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Texte plus &amp;petit</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Taille de texte par &amp;défaut</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Afficher les &amp;abonnements</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Se concentrer sur l'article</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Réglages…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>À &amp;propos de Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Déplacer vers un dossier…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;ropriétés</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>F&amp;lux</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rticle</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Actualiser tous les flux (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>S'abonner à un flux ou à un site (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Marquer tout ce qui est listé comme lu (Maj+A)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d'outils</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>&amp;Vue lecture</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Basculer l'article entre la vue lecture et le texte du flux (V)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>S&amp;ynchroniser les comptes</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;Comptes de synchronisation…</translation>
        </message>
    </context>
</TS>
