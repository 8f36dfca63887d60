<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Suscripciones</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Vistas inteligentes, carpetas y fuentes con sus artículos sin leer</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Buscar en los títulos y el texto de los artículos (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Lista de artículos y búsqueda</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Paneles de lectura</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra de menús</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Todas las acciones de Broadsheet: pulse Alt y luego las teclas de flecha</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Actualizar, suscribirse, marcar como leído</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra de herramientas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Mensajes sobre la actualización y lo que se ha hecho</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Progreso de la actualización</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Fuentes actualizadas hasta ahora</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Detener la actualización</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Más recientes primero. J y K para moverse, S destaca, M marca como leído, O abre</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Ningún artículo abierto</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Cuentas de sincronización</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Quitar cuenta…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Añadir una cuenta</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>API de Google Reader (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>API de Fever (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;Protocolo:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Dirección del &amp;servidor:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Contra&amp;seña o contraseña de la API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Permitir http:// no seguro hacia otro equipo (la contraseña viaja sin cifrar)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever no permite suscribirse ni cancelar suscripciones: añade y quita fuentes en las páginas del propio servidor; llegarán aquí con la siguiente sincronización.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Añadir cuenta</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Nunca sincronizada</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Última sincronización: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln cambio pendiente de enviar</numerusform>
                <numerusform>%Ln cambios pendientes de enviar</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Error en la última sincronización: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever no permite suscribirse: añade las fuentes en el servidor.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Local: las fuentes a las que te suscribes en este equipo</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Las contraseñas se guardan en el llavero del escritorio.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Las contraseñas se guardan en %1 (solo tú puedes leerlo).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Quitando…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Quitar cuenta</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>¿Quitar esta cuenta? Sus fuentes y artículos se eliminarán de este equipo; en el servidor no cambia nada.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Error de conexión: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>No se añadió la cuenta: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>No se quitó la cuenta: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Conectado: el servidor aceptó el nombre de usuario y la contraseña.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Cuenta añadida. Usa Fuentes &gt; Sincronizar cuentas ahora para obtener sus fuentes y artículos.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Cuenta quitada.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Añadir suscripción</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Escriba la dirección de una fuente o de un sitio web: se buscarán sus fuentes por usted.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(sin carpeta)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Suscribirse</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Buscando una fuente…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>No se pudo suscribir: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>ahora</translation>
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
                <numerusform>%Ln d</numerusform>
                <numerusform>%Ln d</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>leído</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>sin leer</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>destacado</translation>
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
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>También en:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>La vista de lectura no está disponible: la página no es un artículo.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Abierto en el navegador.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>No se pudo abrir ningún navegador web para esta dirección.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Abrir el original</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copiar enlace</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Por {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} min de lectura</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Se muestra el texto de la fuente; el artículo completo se está preparando.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>No se pudo preparar el artículo completo; se muestra el texto de la fuente.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Este artículo no tiene texto. Abra el original para leerlo.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Este artículo es demasiado largo para mostrarlo completo. Abra el original para leer el resto.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Bienvenido a Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet reúne los sitios de noticias y blogs que sigue y muestra cada artículo en una vista tranquila y limpia, con o sin conexión. No se descarga nada hasta que usted lo pida.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Añadir una suscripción</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>con la dirección de una fuente o de un sitio.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Importar suscripciones</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>desde un archivo OPML de otro lector.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Añadir fuentes de noticias sugeridas</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>una pequeña selección de sitios de noticias en varios idiomas.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Después: F5 actualiza, J y K pasan de un artículo a otro, Espacio sigue leyendo, Ctrl+Más y Ctrl+Menos cambian el tamaño del texto.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Descargando: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Descargado</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Error al descargar: {}</translation>
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
            <translation>Este tipo de enlace no se abre.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>No se pudo cambiar el inicio con la sesión: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>En segundo plano</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Al cerrar la ventana, Broadsheet sigue en la bandeja del sistema</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Iniciar oculto en la bandeja del sistema</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Este escritorio no tiene bandeja del sistema: al cerrar la ventana se cierra Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Iniciar con la sesión (aún no disponible aquí)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Iniciar con la sesión del escritorio</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Notificar los artículos nuevos</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Horas de silencio desde las</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta las</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Deshacer marcar todo como leído</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Volver a marcar esos artículos como no leídos (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>De nuevo sin leer: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>No se pudo abrir ningún programa para este archivo.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>No es posible descargar: el trabajo en segundo plano no se inició.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Descargando %1 en %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Descargando %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Descargado en %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Descarga cancelada.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Error al descargar: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet ya se está ejecutando con este perfil.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>No se pudo abrir la base de datos; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: error inesperado</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Algo ha fallado, pero Broadsheet sigue funcionando. Los detalles están en el archivo de registro:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Notificaciones:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Como en Configuración</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Siempre</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Seleccionar todo</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>No seleccionar nada</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Propiedades de la fuente</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Vista de lectura</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Texto de la fuente</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Página original (en el navegador)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Mostrar artículos como:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Actualizar:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Un número de artículos leídos</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Artículos leídos durante algunos días</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Conservar:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Los artículos sin leer y destacados se conservan siempre.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Cada hora</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Cada 2 horas</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Cada 4 horas</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Cada 12 horas</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Solo cuando lo pida</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Cada 15 minutos</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Cada 30 minutos</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Una vez al día</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Como en Configuración</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Dirección de la fuente:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Sitio web:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Última actualización:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Última comprobación:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Artículos sin leer:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Último error:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>la fuente ya no existe (el servidor respondió 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> artículos</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln destacado</numerusform>
                <numerusform>%Ln destacados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln sin leer</numerusform>
                <numerusform>%Ln sin leer</numerusform>
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
            <translation>Enlace copiado.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Buscar en títulos y texto (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v de %Ln fuente</numerusform>
                <numerusform>%v de %Ln fuentes</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Todos los artículos</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Sin leer</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Destacados</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Pódcasts</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Tamaño del texto: %Ln px</numerusform>
                <numerusform>Tamaño del texto: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>No se pudo guardar la configuración: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>No se pudo iniciar el trabajo en segundo plano.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Error al actualizar: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>No guardado: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>No se pudo importar el archivo OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>No se pudieron exportar las suscripciones.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Acerca de Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, un lector de noticias para el escritorio.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Datos: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Este artículo no tiene dirección web.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>No se pudo leer esta fuente: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Ningún artículo coincide con la búsqueda.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Aún no hay artículos aquí. Actualice (F5) para obtener los más recientes.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Mover a carpeta</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(sin carpeta)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Este artículo ya no está disponible.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>No se pudo obtener esa edición del artículo.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Vista de lectura.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Texto de la fuente.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Marcado como leído.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Marcado como no leído.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Destacado.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Destacado quitado.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Todo marcado como leído.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>No hay más artículos sin leer aquí.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Enlace copiado.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>No se pudo abrir ningún navegador web para esta dirección.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln artículo nuevo</numerusform>
                <numerusform>%Ln artículos nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln coincide con sus reglas: %1</numerusform>
                <numerusform>%Ln coinciden con sus reglas: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 y %Ln más</numerusform>
                <numerusform>%1 y %Ln más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>en %Ln fuente: %1</numerusform>
                <numerusform>en %Ln fuentes: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
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
            <translation>La base de datos de Broadsheet está dañada. ¿Qué desea hacer?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>La última copia de seguridad es del %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Recuperar lo que se pueda leer</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Restaurar la última copia de seguridad</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Se restauró la última copia de seguridad.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>Se recuperó %Ln artículo. El archivo dañado se guardó como %1.</numerusform>
                <numerusform>Se recuperaron %Ln artículos. El archivo dañado se guardó como %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln suscripción</numerusform>
                <numerusform>%Ln suscripciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln carpeta</numerusform>
                <numerusform>%Ln carpetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln artículo</numerusform>
                <numerusform>%Ln artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln marca de leído o destacado</numerusform>
                <numerusform>%Ln marcas de leído o destacado</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Se salvaron: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>El disco está lleno: Broadsheet solo puede leer.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Este perfil es de solo lectura: Broadsheet solo puede leer; no se guarda nada.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>No se pudo reparar la base de datos.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Ya hay una actualización en curso.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Todavía no hay suscripciones que actualizar.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>No se pudo iniciar el trabajo en segundo plano.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Actualizando…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Obteniendo los artículos nuevos…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artículos %v de %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln artículo nuevo</numerusform>
                <numerusform>%Ln artículos nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Actualización cancelada: se conservó %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln fuente actualizada</numerusform>
                <numerusform>%Ln fuentes actualizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln fuente sin cambios</numerusform>
                <numerusform>%Ln fuentes sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln fuente falló (consulta las fuentes marcadas)</numerusform>
                <numerusform>%Ln fuentes fallaron (consulta las fuentes marcadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Actualización terminada: %1.</translation>
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
            <translation>Este equipo</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Cuenta:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever no permite suscribirse: añade el feed en la propia página web del servidor; llegará aquí con la próxima sincronización.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever no permite renombrar, mover ni cancelar la suscripción de un feed: hazlo en la propia página web del servidor; el cambio llegará aquí con la próxima sincronización.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever no permite renombrar ni quitar una carpeta: hazlo en la propia página web del servidor; el cambio llegará aquí con la próxima sincronización.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Cambiando la suscripción en el servidor…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>El servidor no hizo el cambio: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Hecho en el servidor y sincronizado.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nueva regla</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Título o texto</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Nombre de la fuente</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Contiene las palabras</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Coincide con la expresión regular</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Por ejemplo: fichaje fútbol*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Buscar en:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Cómo:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Patrón:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Entonces:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Activa para artículos nuevos</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Marcar como leído</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Destacar</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Ocultar (no mostrar nunca)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Notificar</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Aplicar a los artículos existentes</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Guardar regla</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (desactivada)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Escribe palabras o un patrón para ver con qué coincide.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Esta regla no puede funcionar: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Artículos guardados con los que coincide: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>De los %2 artículos más recientes, coincide con: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>El patrón es demasiado lento con algunos artículos: se omiten.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Guardada. Actúa sobre los artículos a medida que llegan.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Aplicada. Artículos con los que coincidió: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Aplicando…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Aplicar regla</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Eliminar regla</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Modo de lectura:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Tamaño de letra:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Tipo de letra:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Con serifa</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Sin serifa</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Otro tipo de letra</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Ancho de línea:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Estrecho</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Ancho</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Idioma de los artículos:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>El mismo que la interfaz</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Original (tal como se publicó)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Los artículos se muestran en este idioma cuando su sitio lo publica.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Actualizar todas las fuentes al iniciar</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Actualizar cada:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutos</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutos</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 horas</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Marcar como leído al abrir:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Inmediatamente</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Tras una espera</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Espera antes de marcar como leído</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Límite de la caché:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>Carpeta de descargas:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>El ayuntamiento votó el martes construir una granja solar flotante en el embalse.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Carpeta de descargas</translation>
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
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Buscando una fuente en %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Suscrito a %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Añadir suscripción</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>No se pudo suscribir.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Carpeta nueva</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nombre de la carpeta:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renombrar</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nombre nuevo:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Seleccione una fuente para moverla.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>¿Cancelar la suscripción a esta fuente? Se eliminarán sus artículos.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Quitar suscripción</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>¿Quitar esta carpeta? Sus fuentes subirán un nivel.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Quitar carpeta</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importar OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Archivos OPML (*.opml *.xml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>el archivo es demasiado grande</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>No se pudo leer el archivo.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln suscripción añadida</numerusform>
                <numerusform>%Ln suscripciones añadidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln ya existía</numerusform>
                <numerusform>%Ln ya existían</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Pulse F5 (Actualizar) para obtener sus artículos.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Se omitieron algunas entradas:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Exportar OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Archivos OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Suscripciones exportadas a %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Eso no funcionó.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Ya hay una actualización o una sincronización en curso.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Aún no hay cuentas de sincronización: añade una con Archivo &gt; Cuentas de sincronización…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>No se pudo iniciar el trabajo en segundo plano.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Cancelar sincronización</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Enviando cambios %v de %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artículos %v de %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Páginas %v de %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Obteniendo los artículos nuevos…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Error de sincronización: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln artículo nuevo</numerusform>
                <numerusform>%Ln artículos nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Sincronización cancelada: se conservó %1.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Error al sincronizar %1: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Sincronización terminada: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Abrir Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Actualizar ahora</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Marcar todo como leído</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Pausar notificaciones</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln sin leer</numerusform>
                <numerusform>Broadsheet: %Ln sin leer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Más recientes primero</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Más antiguos primero</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Por título</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Por fuente</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Por autor</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Ordenar artículos</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Solo &amp;sin leer</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Guardar esta búsqueda como &amp;vista…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Etiquetar…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>Re&amp;glas…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Recordar la vista</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Guardar búsqueda</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nombre de la vista:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Búsqueda guardada como vista.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Etiquetado como «%1».</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Quitar vista</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Actualizar todo</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Actualizar esta &amp;fuente</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;Cancelar actualización</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Añadir suscripción…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Carpeta &amp;nueva…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Importar OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Exportar OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Añadir fuentes &amp;sugeridas</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Artículo &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Artículo &amp;anterior</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Siguiente &amp;no leído</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Anterior n&amp;o leído</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Desplazar y luego siguiente no leído</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;Destacar / quitar destacado</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Marcar como &amp;leído / no leído</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Marcar &amp;todo como leído</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Abrir en el navegador</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copiar enlace</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>&amp;Vista de lectura</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Tamaño de texto &amp;predeterminado</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Mostrar &amp;suscripciones</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Centrarse en el artículo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;Acerca de Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;nombrar…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Mover a carpeta…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;ropiedades</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>S&amp;incronizar cuentas ahora</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;Cuentas de sincronización…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Fuentes</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rtículo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Actualizar todas las fuentes (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Suscribirse a una fuente o a un sitio (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Marcar como leído todo lo listado (Mayús+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Alternar el artículo entre la vista de lectura y el texto de la fuente (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra de herramientas</translation>
        </message>
    </context>
</TS>
