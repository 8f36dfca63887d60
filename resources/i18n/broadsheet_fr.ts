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
        <translation>Actualiser, s&apos;abonner, marquer comme lu</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Messages about refreshing and what was done</source>
        <translation>Messages sur l&apos;actualisation et sur ce qui vient d&apos;être fait</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progression de l&apos;actualisation</translation>
    </message>
    <message>
        <source>Feeds refreshed so far</source>
        <translation>Flux actualisés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Stop the refresh</source>
        <translation>Arrêter l&apos;actualisation</translation>
    </message>
    <message>
        <source>Newest first. J and K move, S stars, M marks read, O opens</source>
        <translation>Les plus récents d&apos;abord. J et K pour se déplacer, S pour les favoris, M pour marquer comme lu, O pour ouvrir</translation>
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
    <name>AddSubscriptionDialog</name>
    <message>
        <source>Add subscription</source>
        <translation>Ajouter un abonnement</translation>
    </message>
    <message>
        <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
        <translation>Saisissez l&apos;adresse d&apos;un flux ou d&apos;un site web : ses flux seront trouvés pour vous.</translation>
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
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <source>Looking for a feed…</source>
        <translation>Recherche d&apos;un flux…</translation>
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
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <source>No web browser could be opened for this address.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert pour cette adresse.</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Ouvrir l&apos;original</translation>
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
        <source>Showing the feed&apos;s text; the full article is being prepared.</source>
        <translation>Texte du flux affiché ; l&apos;article complet est en préparation.</translation>
    </message>
    <message>
        <source>The full article could not be prepared; showing the feed&apos;s text.</source>
        <translation>L&apos;article complet n&apos;a pas pu être préparé ; texte du flux affiché.</translation>
    </message>
    <message>
        <source>This article has no text. Open the original to read it.</source>
        <translation>Cet article n&apos;a pas de texte. Ouvrez l&apos;original pour le lire.</translation>
    </message>
    <message>
        <source>This article is too long to show in full. Open the original to read the rest.</source>
        <translation>Cet article est trop long pour être affiché en entier. Ouvrez l&apos;original pour lire la suite.</translation>
    </message>
    <message>
        <source>Welcome to Broadsheet</source>
        <translation>Bienvenue dans Broadsheet</translation>
    </message>
    <message>
        <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
        <translation>Broadsheet rassemble les sites d&apos;actualités et les blogs que vous suivez et affiche chaque article dans une vue calme et épurée, en ligne ou hors ligne. Rien n&apos;est téléchargé avant que vous ne le demandiez.</translation>
    </message>
    <message>
        <source>Add a subscription</source>
        <translation>Ajouter un abonnement</translation>
    </message>
    <message>
        <source>by the address of a feed or of a site.</source>
        <translation>par l&apos;adresse d&apos;un flux ou d&apos;un site.</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <source>from an OPML file of another reader.</source>
        <translation>depuis le fichier OPML d&apos;un autre lecteur.</translation>
    </message>
    <message>
        <source>Add suggested news feeds</source>
        <translation>Ajouter des flux d&apos;actualités suggérés</translation>
    </message>
    <message>
        <source>a small selection of news sites in several languages.</source>
        <translation>une petite sélection de sites d&apos;actualités en plusieurs langues.</translation>
    </message>
    <message>
        <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
        <translation>Ensuite : F5 actualise, J et K passent d&apos;un article à l&apos;autre, Espace poursuit la lecture, Ctrl+Plus et Ctrl+Moins changent la taille du texte.</translation>
    </message>
    <message>
        <source>This kind of link is not opened.</source>
        <translation>Ce type de lien n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>ChooseFeedDialog</name>
    <message>
        <source>Choose a feed</source>
        <translation>Choisir un flux</translation>
    </message>
    <message>
        <source>This site offers several feeds:</source>
        <translation>Ce site propose plusieurs flux :</translation>
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
        <translation>La base de données n&apos;a pas pu être ouverte ; rien n&apos;a été modifié.</translation>
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
        <translation>le flux n&apos;existe plus (le serveur a répondu 410)</translation>
    </message>
</context>
<context>
    <name>FeedTreeModel</name>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n dans les favoris</numerusform>
            <numerusform>%n dans les favoris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
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
    <message>
        <source>Broadsheet</source>
        <translation>Broadsheet</translation>
    </message>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Rechercher dans les titres et le texte (Ctrl+F)</translation>
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
        <source>Text size: %1 px</source>
        <translation>Taille du texte : %1 px</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Impossible d&apos;enregistrer les réglages : %1</translation>
    </message>
    <message>
        <source>This feed could not be read: %1</source>
        <translation>Ce flux n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No articles match the search.</source>
        <translation>Aucun article ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
        <translation>Aucun article pour l&apos;instant. Actualisez (F5) pour récupérer les derniers.</translation>
    </message>
    <message>
        <source>Background work could not start.</source>
        <translation>Le travail en arrière-plan n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Échec de l&apos;actualisation : %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Non enregistré : %1 (%2)</translation>
    </message>
    <message>
        <source>The OPML file could not be imported.</source>
        <translation>Le fichier OPML n&apos;a pas pu être importé.</translation>
    </message>
    <message>
        <source>The subscriptions could not be exported.</source>
        <translation>Les abonnements n&apos;ont pas pu être exportés.</translation>
    </message>
    <message>
        <source>About Broadsheet</source>
        <translation>À propos de Broadsheet</translation>
    </message>
    <message>
        <source>Broadsheet %1, a desktop news reader.</source>
        <translation>Broadsheet %1, un lecteur d&apos;actualités pour le bureau.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>This article has no web address.</source>
        <translation>Cet article n&apos;a pas d&apos;adresse web.</translation>
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
        <translation>Cet article n&apos;existe plus.</translation>
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
        <translation>Plus d&apos;articles non lus ici.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>No web browser could be opened for this address.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert pour cette adresse.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Broadsheet&apos;s database is damaged. What should be done?</source>
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
    <message>
        <source>Recovered %1 articles. The damaged file was kept as %2.</source>
        <translation>%1 articles récupérés. Le fichier endommagé a été conservé sous %2.</translation>
    </message>
    <message>
        <source>The database could not be repaired.</source>
        <translation>La base de données n&apos;a pas pu être réparée.</translation>
    </message>
    <message>
        <source>Saved: %1 subscriptions, %2 folders, %3 articles, %4 read or starred marks.</source>
        <translation>Sauvé : %1 abonnements, %2 dossiers, %3 articles, %4 marques de lecture ou d&apos;étoile.</translation>
    </message>
    <message>
        <source>The disk is full: Broadsheet can only read.</source>
        <translation>Le disque est plein : Broadsheet peut seulement lire.</translation>
    </message>
    <message>
        <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
        <translation>Ce profil est en lecture seule : Broadsheet peut seulement lire, rien n&apos;est enregistré.</translation>
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
        <translation>Il n&apos;y a pas encore d&apos;abonnements à actualiser.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Articles %v of %m</source>
        <translation>Articles %v sur %m</translation>
    </message>
    <message>
        <source>%v of %m feeds</source>
        <translation>%v flux sur %m</translation>
    </message>
    <message>
        <source>Fetching the new articles…</source>
        <translation>Récupération des nouveaux articles…</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled: %1 kept.</source>
        <translation>Actualisation annulée ; conservé : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) updated</source>
        <translation>
            <numerusform>%n flux mis à jour</numerusform>
            <numerusform>%n flux mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) unchanged</source>
        <translation>
            <numerusform>%n flux inchangé</numerusform>
            <numerusform>%n flux inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed (see the marked feeds)</source>
        <translation>
            <numerusform>%n flux en échec (voir les flux marqués)</numerusform>
            <numerusform>%n flux en échec (voir les flux marqués)</numerusform>
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
    <message>
        <source>Background work could not start.</source>
        <translation>Le travail en arrière-plan n&apos;a pas pu démarrer.</translation>
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
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
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
        <translation>Marquer comme lu à l&apos;ouverture :</translation>
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
        <source>Delay before marking read</source>
        <translation>Délai avant de marquer comme lu</translation>
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
        <translation>Le conseil a voté mardi la construction d&apos;une ferme solaire flottante sur le réservoir.</translation>
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
        <translation>Recherche d&apos;un flux à %1…</translation>
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
        <translation>Impossible de s&apos;abonner.</translation>
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
        <translation>Supprimer l&apos;abonnement</translation>
    </message>
    <message>
        <source>Remove this folder? Its feeds move up one level.</source>
        <translation>Supprimer ce dossier ? Ses flux remontent d&apos;un niveau.</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Broadsheet</source>
        <translation>Broadsheet</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Cela n&apos;a pas fonctionné.</translation>
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
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>%1 subscriptions added, %2 already there.</source>
        <translation>%1 abonnements ajoutés, %2 déjà présents.</translation>
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
        <translation>&amp;Annuler l&apos;actualisation</translation>
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
        <translation>Ajouter des flux d&apos;actualités &amp;suggérés</translation>
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
        <translation>&amp;Se concentrer sur l&apos;article</translation>
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
        <translation>S&apos;abonner à un flux ou à un site (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mark everything listed read (Shift+A)</source>
        <translation>Marquer tout ce qui est listé comme lu (Maj+A)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
</context>
</TS>
